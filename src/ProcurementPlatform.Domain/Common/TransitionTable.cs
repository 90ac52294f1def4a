namespace ProcurementPlatform.Domain.Common;

/// <summary>
/// The allowed (state, trigger) → state moves of a lifecycle. Entities consult it before every
/// transition; pages ask it which actions to offer; tests enumerate it.
/// </summary>
public sealed class TransitionTable<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Dictionary<(TState, TTrigger), TState> _moves = [];

    public TransitionTable<TState, TTrigger> Allow(TState from, TTrigger trigger, TState to)
    {
        _moves.Add((from, trigger), to);
        return this;
    }

    public bool CanFire(TState from, TTrigger trigger) => _moves.ContainsKey((from, trigger));

    public bool TryGetTarget(TState from, TTrigger trigger, out TState to) => _moves.TryGetValue((from, trigger), out to);

    public IEnumerable<TTrigger> PermittedTriggers(TState from) =>
        _moves.Keys.Where(k => EqualityComparer<TState>.Default.Equals(k.Item1, from)).Select(k => k.Item2);

    public IReadOnlyDictionary<(TState From, TTrigger Trigger), TState> Moves => _moves;

    /// <summary>Returns the target state or throws a <see cref="DomainException"/> built by <paramref name="refusal"/>.</summary>
    public TState Fire(TState from, TTrigger trigger, Func<TState, TTrigger, string> refusal) =>
        _moves.TryGetValue((from, trigger), out var to) ? to : throw new DomainException(refusal(from, trigger));
}
