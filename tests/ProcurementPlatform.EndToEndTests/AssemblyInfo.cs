// Each journey class hosts its own app, but Hangfire keeps its storage in a process-wide static
// (JobStorage.Current), and two Chromiums plus two apps on a 2-core machine time out: one class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
