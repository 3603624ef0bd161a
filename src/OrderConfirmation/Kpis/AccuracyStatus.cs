namespace OrderConfirmation.Kpis;

/// <summary>Where an order stands for the confirmation accuracy rate.</summary>
public enum AccuracyStatus
{
    /// <summary>Not confirmed (as of the instant asked about), rejected, or cancelled: not counted.</summary>
    NotConfirmed = 0,

    /// <summary>Confirmed but not yet assessed: excluded from the rate and counted separately.</summary>
    NotAssessed = 1,

    /// <summary>Confirmed, assessed, and no defect attributable to the confirmation: numerator and denominator.</summary>
    Accurate = 2,

    /// <summary>Confirmed, assessed, with a defect attributable to the confirmation: denominator only.</summary>
    Inaccurate = 3,
}
