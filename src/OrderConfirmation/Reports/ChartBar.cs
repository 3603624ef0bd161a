namespace OrderConfirmation.Reports;

/// <summary>One bar of a <see cref="SvgBarChart"/>, or one point of a <see cref="SvgTrendChart"/>.</summary>
/// <param name="Label">The group or period.</param>
/// <param name="Value">The figure, or <see langword="null"/> when there is none (no bar, "n/a").</param>
/// <param name="ValueText">The figure as the report writes it.</param>
/// <param name="Status">Where the figure stands against its target.</param>
internal sealed record ChartBar(string Label, decimal? Value, string ValueText, TargetStatus Status);
