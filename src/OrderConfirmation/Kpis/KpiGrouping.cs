namespace OrderConfirmation.Kpis;

/// <summary>How KPI figures are broken down. Periods are taken in the calendar's time zone: orders and customer cases by their receipt, survey responses by their answer.</summary>
public enum KpiGrouping
{
    /// <summary>One figure over everything, named <c>all</c>.</summary>
    None = 0,

    /// <summary>Per responsible department.</summary>
    Department = 1,

    /// <summary>Per responsible employee.</summary>
    Employee = 2,

    /// <summary>Per day, named like <c>2026-11-20</c>.</summary>
    Day = 3,

    /// <summary>Per ISO week, named like <c>2026-W47</c>.</summary>
    Week = 4,

    /// <summary>Per month, named like <c>2026-11</c>.</summary>
    Month = 5,
}
