namespace OrderConfirmation.Lifecycle;

/// <summary>A record missing from an audit log, found by <see cref="AuditCompleteness.Check"/>.</summary>
/// <param name="OrderId">The order concerned; empty when the entry does not say.</param>
/// <param name="Sequence">The entry that lacks its counterpart: the accepted Confirm command, or the change outcome with a revision.</param>
/// <param name="Kind">Which record is missing.</param>
/// <param name="Problem">The gap in plain language, naming the order and the entry.</param>
public sealed record AuditGap(string OrderId, long Sequence, AuditGapKind Kind, string Problem);
