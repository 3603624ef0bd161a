using NodaTime;

namespace OrderConfirmation.Supervision;

/// <summary>An order drawn into a supervision sample, with the key it was ranked by.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="RankKey">The lowercase hex SHA-256 of <c>&lt;seed&gt;:&lt;orderId&gt;</c> (UTF-8): anyone can recompute it.</param>
/// <param name="ConfirmedAt">When the order was confirmed (its first confirmation in the period).</param>
public sealed record SampledOrder(string OrderId, string RankKey, Instant ConfirmedAt);
