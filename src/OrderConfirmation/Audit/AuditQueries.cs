using NodaTime;

namespace OrderConfirmation.Audit;

/// <summary>
/// What the supervision group asks of an audit log (article 6.1): the entries about an order, by a person, or in a
/// period. Entries are taken in the order given (log order); results keep it.
/// </summary>
public static class AuditQueries
{
    /// <summary>The entries about an order.</summary>
    /// <param name="entries">The log's entries.</param>
    /// <param name="orderId">The order id, compared exactly.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<AuditEntry> ByOrder(IEnumerable<AuditEntry> entries, string orderId)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(orderId);
        return [.. entries.Where(e => string.Equals(e.OrderId, orderId, StringComparison.Ordinal))];
    }

    /// <summary>The entries of what one person (or system component) did.</summary>
    /// <param name="entries">The log's entries.</param>
    /// <param name="actor">The actor, compared exactly.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<AuditEntry> ByActor(IEnumerable<AuditEntry> entries, string actor)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(actor);
        return [.. entries.Where(e => string.Equals(e.Actor, actor, StringComparison.Ordinal))];
    }

    /// <summary>The entries of what happened in a period: from its start (inclusive) to its end (exclusive).</summary>
    /// <param name="entries">The log's entries.</param>
    /// <param name="period">The period; an interval without a start or end is unbounded on that side.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<AuditEntry> InPeriod(IEnumerable<AuditEntry> entries, Interval period)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return [.. entries.Where(e => period.Contains(e.At))];
    }
}
