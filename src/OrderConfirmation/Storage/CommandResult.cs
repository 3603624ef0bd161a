using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Storage;

/// <summary>The result of a request given to an <see cref="OrderCommandProcessor"/>.</summary>
/// <param name="Status">What became of it.</param>
/// <param name="Receipt">The command's receipt: the one just stored, or for a replay or a reused id the one stored before; <see langword="null"/> on a conflict.</param>
/// <param name="Order">The order as stored now, or <see langword="null"/> when there is none (a refused entry).</param>
/// <param name="Transitions">The commands applied by this call, in order; empty for a replay, a reused id or a conflict.</param>
public sealed record CommandResult(CommandStatus Status, CommandReceipt? Receipt, StoredOrder? Order, IReadOnlyList<TransitionResult> Transitions)
{
    /// <summary>Whether the command was carried out, now or (for a replay) the first time.</summary>
    public bool IsAccepted => Status is CommandStatus.Accepted || (Status is CommandStatus.Replayed && Receipt!.IsAccepted);

    /// <summary>Why the lifecycle refused the command, now or the first time; <see langword="null"/> otherwise.</summary>
    public Refusal? Refusal => Status is CommandStatus.Refused or CommandStatus.Replayed ? Receipt!.Refusal : null;
}
