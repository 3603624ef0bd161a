using OrderConfirmation.Calendars;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Reports;

/// <summary>
/// The report's first section: a tile per figure (the value, its status in words and a symbol, the target, what it is
/// counted from), coloured green, amber or red, and the same numbers in a table.
/// </summary>
internal static class KpiHeadlineWriter
{
    public static void Write(HtmlPageWriter page, KpiTally total, KpiTargets targets)
    {
        page.BeginSection("headline", "Headline figures");
        page.Paragraph(
            "Each figure against the target set in the calendar file: green meets the target, amber is below it by no more than " +
            "2 percentage points (0.2 points for satisfaction), red is further below; without a target the figure is shown alone.",
            "note");
        page.Raw("<div class=\"tiles\">\n");
        foreach (var measure in KpiMeasure.All)
        {
            var value = measure.Value(total);
            var status = measure.Status(value, targets);
            var css = TargetStatusText.CssSuffix(status);
            page.Raw($"<div class=\"tile tile-{css}\" id=\"tile-{measure.Id}\">\n<h3>");
            page.Text(measure.Name);
            page.Raw("</h3>\n<p class=\"tile-value\">");
            page.Text(measure.Format(value));
            page.Raw($"</p>\n<p class=\"tile-status status-{css}\">");
            page.Text($"{TargetStatusText.Symbol(status)} {Capitalised(TargetStatusText.Words(status))}");
            page.Raw("</p>\n<p class=\"tile-target\">");
            page.Text(measure.Target(targets) is { } target ? $"Target {measure.Format(target)}" : "No target set");
            page.Raw("</p>\n<p class=\"tile-basis\">");
            page.Text(measure.Basis(total));
            page.Raw("</p>\n</div>\n");
        }

        page.Raw("</div>\n");
        page.Table(
            "Headline figures against their targets",
            ["Figure", "Value", "Target", "Status", "Counted from"],
            KpiMeasure.All.Select(m => (IReadOnlyList<string>)
            [
                m.Name,
                m.Format(m.Value(total)),
                m.Target(targets) is { } target ? m.Format(target) : "none",
                TargetStatusText.Words(m.Status(m.Value(total), targets)),
                m.Basis(total),
            ]),
            new HashSet<int> { 1, 2 });
        page.EndSection();
    }

    private static string Capitalised(string words) => string.Concat(words[..1].ToUpperInvariant(), words.AsSpan(1));
}
