namespace OrderConfirmation.Kpis;

/// <summary>The KPI tally of one group of a breakdown.</summary>
/// <param name="Name">The group: <c>all</c>, a department, an employee (<c>(none)</c> when the record names none) or a period.</param>
/// <param name="Tally">The counts and the figures derived from them.</param>
public sealed record KpiGroup(string Name, KpiTally Tally);
