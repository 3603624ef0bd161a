namespace OrderConfirmation.Reports;

/// <summary>
/// Where a figure stands against its target in a report: green when it meets the target, amber when it falls short by
/// no more than the measure's near band (<see cref="KpiMeasure.NearBand"/>: 2 percentage points for a rate, 0.2 for the
/// satisfaction score), red below that. Without a target or without data there is no colour.
/// </summary>
internal enum TargetStatus
{
    /// <summary>No figure: nothing counted for it.</summary>
    NoData = 0,

    /// <summary>A figure, but no target set for it.</summary>
    NoTarget = 1,

    /// <summary>At or above the target (green).</summary>
    Met = 2,

    /// <summary>Below the target by no more than the near band (amber).</summary>
    Near = 3,

    /// <summary>Below the target by more than the near band (red).</summary>
    Below = 4,
}
