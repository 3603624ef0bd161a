using OrderConfirmation.Kpis;

namespace OrderConfirmation.Reports;

/// <summary>
/// Writes, per group of a breakdown, the records behind its late and inaccurate counts (from
/// <see cref="KpiCalculator.Explain"/>): the inaccurate confirmations (assessed, not accurate), the orders processed late
/// or open past the standard time (due, not on time) and the customer cases answered late or unanswered past their
/// reply time. One <c>details</c> element per group with any, open when its lists are short, so that a long list of
/// employees stays readable; groups with none are left out and counted in a sentence.
/// </summary>
internal static class KpiRecordIdsWriter
{
    /// <summary>The most ids a group may have for its lists to be open at first.</summary>
    public const int OpenUpTo = 20;

    public static void Write(HtmlPageWriter page, string groupHeader, IReadOnlyList<KpiExplanation> explanations)
    {
        page.Heading($"Records behind the late and inaccurate counts, by {groupHeader.ToLowerInvariant()}");
        var shown = 0;
        foreach (var explanation in explanations)
        {
            var lists = Lists(explanation);
            var total = lists.Sum(l => l.Ids.Count);
            if (total == 0)
            {
                continue;
            }

            shown++;
            page.Raw(total <= OpenUpTo ? "<details class=\"ids\" open>\n<summary>" : "<details class=\"ids\">\n<summary>");
            page.Text($"{explanation.Group}: {string.Join(", ", lists.Select(l => $"{l.Short} {l.Ids.Count}"))}");
            page.Raw("</summary>\n<dl>\n");
            foreach (var (title, _, ids) in lists.Where(l => l.Ids.Count > 0))
            {
                page.Raw("<dt>");
                page.Text($"{title} ({ids.Count})");
                page.Raw("</dt>\n<dd class=\"id-list\">");
                page.Text(string.Join(", ", ids));
                page.Raw("</dd>\n");
            }

            page.Raw("</dl>\n</details>\n");
        }

        var clean = explanations.Count - shown;
        if (shown == 0)
        {
            page.Paragraph($"No {groupHeader.ToLowerInvariant()} has a late or inaccurate record.", "note");
        }
        else if (clean > 0)
        {
            page.Paragraph($"{clean} {groupHeader.ToLowerInvariant()} group(s) without a late or inaccurate record are not listed.", "note");
        }
    }

    /// <summary>The three lists of a group, each in record order.</summary>
    internal static IReadOnlyList<(string Title, string Short, IReadOnlyList<string> Ids)> Lists(KpiExplanation explanation) =>
    [
        ("Inaccurate confirmations", "inaccurate", Except(explanation.Assessed, explanation.Accurate)),
        ("Orders processed late or open past the standard time", "late orders", Except(explanation.Due, explanation.OnTime)),
        ("Customer cases answered late or unanswered past their reply time", "late case replies", explanation.LateCases),
    ];

    /// <summary>The ids of <paramref name="all"/> not in <paramref name="these"/>, each as often as it is left over, in order.</summary>
    private static List<string> Except(IReadOnlyList<string> all, IReadOnlyList<string> these)
    {
        var left = these.CountBy(id => id, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var id in all)
        {
            if (left.TryGetValue(id, out var count) && count > 0)
            {
                left[id] = count - 1;
            }
            else
            {
                result.Add(id);
            }
        }

        return result;
    }
}
