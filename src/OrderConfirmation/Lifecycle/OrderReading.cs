using NodaTime;

namespace OrderConfirmation.Lifecycle;

/// <summary>One read of an order's data through the need-to-know view, as the audit trail records it.</summary>
/// <param name="OrderId">The order read.</param>
/// <param name="ReaderId">Who read it.</param>
/// <param name="Role">The role they read it in.</param>
/// <param name="At">When.</param>
/// <param name="Masked">The kinds of confidential data hidden from them (such as <c>customerData</c>); empty when they saw everything.</param>
/// <param name="Sequence">The audit entry's sequence number.</param>
public sealed record OrderReading(string OrderId, string ReaderId, string Role, Instant At, IReadOnlyList<string> Masked, long Sequence);
