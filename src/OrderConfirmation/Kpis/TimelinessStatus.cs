namespace OrderConfirmation.Kpis;

/// <summary>Where an order stands for the timely processing rate.</summary>
public enum TimelinessStatus
{
    /// <summary>Still open and within the standard time: not yet due, excluded from the rate and counted separately.</summary>
    NotYetDue = 0,

    /// <summary>Processed (confirmed or rejected) within the standard time: numerator and denominator.</summary>
    OnTime = 1,

    /// <summary>Processed (confirmed or rejected) after the standard time, or still open past it: denominator only.</summary>
    Late = 2,

    /// <summary>Cancelled: left out of the timeliness figures, neither due nor on time nor counted as not yet due.</summary>
    Cancelled = 3,
}
