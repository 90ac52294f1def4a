// Each test class hosts its own app, but Hangfire keeps its storage in a process-wide static
// (JobStorage.Current): hosts running side by side would share — and dispose — each other's storage.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
