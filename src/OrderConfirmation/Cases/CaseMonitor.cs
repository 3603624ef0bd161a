using NodaTime;

namespace OrderConfirmation.Cases;

/// <summary>Finds the cases that need chasing (article 5: queries and complaints are answered promptly).</summary>
public static class CaseMonitor
{
    /// <summary>The cases still unanswered whose reply due has passed at <paramref name="asOf"/> (due strictly before it), earliest due first, then by case id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<CaseState> Overdue(IEnumerable<CaseState> cases, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return [.. cases.Where(c => c.IsOverdue(asOf)).OrderBy(c => c.ReplyDueAt).ThenBy(c => c.CaseId, StringComparer.Ordinal)];
    }
}
