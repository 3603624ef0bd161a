using NodaTime;
using NodaTime.Calendars;

namespace OrderConfirmation.Kpis;

/// <summary>A group's identity without building its name per record: a department or employee name, or a period number.</summary>
internal readonly record struct KpiGroupKey(string? Text, int Number)
{
    public const string Unassigned = "(none)";

    /// <summary>Periods in time order, names in ordinal order.</summary>
    public static IComparer<KpiGroupKey> Order { get; } = Comparer<KpiGroupKey>.Create(static (a, b) =>
        a.Number != b.Number ? a.Number.CompareTo(b.Number) : string.CompareOrdinal(a.Text, b.Text));

    public static KpiGroupKey For(KpiGrouping grouping, string? department, string? employee, LocalDate date) => grouping switch
    {
        KpiGrouping.Department => new(department ?? Unassigned, 0),
        KpiGrouping.Employee => new(employee ?? Unassigned, 0),
        KpiGrouping.Day => new(null, date.Year * 10_000 + date.Month * 100 + date.Day),
        KpiGrouping.Week => new(null, WeekYearRules.Iso.GetWeekYear(date) * 100 + WeekYearRules.Iso.GetWeekOfWeekYear(date)),
        KpiGrouping.Month => new(null, date.Year * 100 + date.Month),
        _ => new("all", 0),
    };

    public string Name(KpiGrouping grouping) => grouping switch
    {
        KpiGrouping.Day => FormattableString.Invariant($"{Number / 10_000:D4}-{Number / 100 % 100:D2}-{Number % 100:D2}"),
        KpiGrouping.Week => FormattableString.Invariant($"{Number / 100:D4}-W{Number % 100:D2}"),
        KpiGrouping.Month => FormattableString.Invariant($"{Number / 100:D4}-{Number % 100:D2}"),
        _ => Text!,
    };
}
