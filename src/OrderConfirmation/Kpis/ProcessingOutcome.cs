namespace OrderConfirmation.Kpis;

/// <summary>
/// How an order's processing ended, for the KPIs of article 6.2. Timely processing counts an order as processed at its
/// confirmation or its rejection; a cancelled order is left out of the timeliness figures; only confirmed orders count
/// for accuracy. In KPI record files the outcome is written by name (<c>"Confirmed"</c>, <c>"Rejected"</c>,
/// <c>"Cancelled"</c>); an open order has none.
/// </summary>
public enum ProcessingOutcome
{
    /// <summary>Neither confirmed, rejected nor cancelled: late once the standard time has passed.</summary>
    Open = 0,

    /// <summary>Confirmed (and possibly in execution or completed since): processed at its confirmation.</summary>
    Confirmed = 1,

    /// <summary>Rejected in review: processed at its rejection, never confirmed.</summary>
    Rejected = 2,

    /// <summary>Cancelled, before or after confirmation: left out of the timeliness and accuracy figures.</summary>
    Cancelled = 3,
}
