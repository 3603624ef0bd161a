namespace OrderConfirmation.Kpis;

/// <summary>Where an order stands for the timely processing rate.</summary>
public enum TimelinessStatus
{
    /// <summary>Still open and within the standard time: not yet due, excluded from the rate and counted separately.</summary>
    NotYetDue = 0,

    /// <summary>Confirmed within the standard time: numerator and denominator.</summary>
    OnTime = 1,

    /// <summary>Confirmed after the standard time, or still open past it: denominator only.</summary>
    Late = 2,
}
