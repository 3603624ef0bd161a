using NodaTime;

namespace OrderConfirmation.Lifecycle.State;

/// <summary>
/// What an order in execution did not deliver and why: the unshipped remainder cancelled when the order was cancelled in
/// execution or short-closed (article 4.4), with who decided it, when and why.
/// </summary>
/// <param name="Reason">Why the remainder was cancelled.</param>
/// <param name="Note">The words of the head of Order Confirmation: what was agreed with the customer.</param>
/// <param name="By">Who decided it.</param>
/// <param name="Role">The role they acted in.</param>
/// <param name="At">When.</param>
/// <param name="Remainder">The quantity cancelled per line number: each line's ordered quantity less what had shipped; lines shipped in full are absent.</param>
public sealed record RemainderCancellation(ExecutionExceptionReason Reason, string Note, string By, Role Role, Instant At, IReadOnlyDictionary<int, decimal> Remainder);
