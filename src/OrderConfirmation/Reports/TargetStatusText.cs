namespace OrderConfirmation.Reports;

/// <summary>How a <see cref="TargetStatus"/> is shown: in words and a symbol first, colour only besides them.</summary>
internal static class TargetStatusText
{
    /// <summary>The status in words, as the tables and tiles show it.</summary>
    public static string Words(TargetStatus status) => status switch
    {
        TargetStatus.Met => "meets target",
        TargetStatus.Near => "near target",
        TargetStatus.Below => "below target",
        TargetStatus.NoTarget => "no target",
        _ => "no data",
    };

    /// <summary>A symbol that tells the statuses apart without colour.</summary>
    public static string Symbol(TargetStatus status) => status switch
    {
        TargetStatus.Met => "\u2713",
        TargetStatus.Near => "!",
        TargetStatus.Below => "\u2717",
        _ => "\u2013",
    };

    /// <summary>The suffix of the style classes (<c>status-good</c>, <c>tile-good</c>, <c>bar-good</c>…).</summary>
    public static string CssSuffix(TargetStatus status) => status switch
    {
        TargetStatus.Met => "good",
        TargetStatus.Near => "warn",
        TargetStatus.Below => "bad",
        _ => "none",
    };
}
