using OrderConfirmation.Kpis;

namespace OrderConfirmation.Reports;

/// <summary>The figures of one breakdown and, per group, the records behind them.</summary>
/// <param name="Groups">The groups, in name order.</param>
/// <param name="Explanations">The records behind each group's counts.</param>
internal sealed record KpiBreakdown(IReadOnlyList<KpiGroup> Groups, IReadOnlyList<KpiExplanation> Explanations);
