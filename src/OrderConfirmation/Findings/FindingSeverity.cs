namespace OrderConfirmation.Findings;

/// <summary>How much a finding matters. Only <see cref="Error"/> findings change the outcome.</summary>
public enum FindingSeverity
{
    /// <summary>A problem: the finding's outcome applies to the order.</summary>
    Error = 0,

    /// <summary>Something people should look at; the outcome is unchanged.</summary>
    Warning = 1,

    /// <summary>For information; the outcome is unchanged.</summary>
    Info = 2,
}
