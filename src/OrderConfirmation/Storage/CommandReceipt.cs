using NodaTime;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Storage;

/// <summary>
/// What a store keeps of a command once carried out or refused, under the command's id, so that a retried command
/// returns its first result and writes nothing new.
/// </summary>
/// <param name="CommandId">The id the caller gave the command (for a change request, derived from its change id).</param>
/// <param name="OrderId">The order it was given on.</param>
/// <param name="Kind">The last command applied: the one refused, or the last one carried out.</param>
/// <param name="ActorId">Who gave it.</param>
/// <param name="Role">The role they acted in.</param>
/// <param name="At">When it was applied.</param>
/// <param name="Refusal">Why it was refused, or <see langword="null"/> when it was carried out.</param>
/// <param name="Version">The order's version after the command.</param>
/// <param name="Revision">The order's revision after the command.</param>
/// <param name="Status">The order's status after the command (<see langword="null"/> for a refused entry: there is no order).</param>
/// <param name="Fingerprint">A digest of the request, to tell a retry from a different command given the same id.</param>
public sealed record CommandReceipt(
    string CommandId,
    string OrderId,
    LifecycleCommandKind Kind,
    string ActorId,
    Role Role,
    Instant At,
    Refusal? Refusal,
    long Version,
    int Revision,
    OrderStatus? Status,
    string Fingerprint)
{
    /// <summary>Whether the command was carried out.</summary>
    public bool IsAccepted => Refusal is null;
}
