using System.Globalization;
using OrderConfirmation.Calendars;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Reports;

/// <summary>
/// One of the four figures the KPI report sets against a target: what it is called, how it is read from a
/// <see cref="KpiTally"/>, its target in <see cref="KpiTargets"/>, its scale and how it is written, and the counts shown
/// beside it (each named like its field in <c>orderconfirm kpi --json</c>).
/// </summary>
internal sealed class KpiMeasure
{
    private readonly Func<KpiTally, decimal?> _value;
    private readonly Func<KpiTargets, decimal?> _target;

    private KpiMeasure(
        string id,
        string name,
        string valueHeader,
        bool isScore,
        Func<KpiTally, decimal?> value,
        Func<KpiTargets, decimal?> target,
        Func<KpiTally, string> basis,
        IReadOnlyList<(string Header, Func<KpiTally, string> Text)> details)
    {
        Id = id;
        Name = name;
        ValueHeader = valueHeader;
        IsScore = isScore;
        _value = value;
        _target = target;
        Basis = basis;
        Details = details;
    }

    /// <summary>Confirmation accuracy: accurate ÷ assessed confirmations.</summary>
    public static KpiMeasure Accuracy { get; } = new(
        "accuracy",
        "Confirmation accuracy",
        "Accuracy",
        isScore: false,
        t => t.AccuracyRate,
        t => t.Accuracy,
        t => Invariant($"{t.Accurate} of {t.Assessed} assessed confirmations accurate; {t.NotAssessed} not assessed"),
        [("Accurate", t => Count(t.Accurate)), ("Assessed", t => Count(t.Assessed)), ("Not assessed", t => Count(t.NotAssessed))]);

    /// <summary>Timely processing: orders processed within the standard time ÷ orders due.</summary>
    public static KpiMeasure Timeliness { get; } = new(
        "timeliness",
        "Timely processing",
        "Timely",
        isScore: false,
        t => t.TimelinessRate,
        t => t.Timeliness,
        t => Invariant($"{t.OnTime} of {t.Due} due orders processed on time; {t.NotYetDue} not yet due"),
        [("On time", t => Count(t.OnTime)), ("Due", t => Count(t.Due)), ("Not yet due", t => Count(t.NotYetDue))]);

    /// <summary>Customer satisfaction: the mean of all survey scores, 1 to 5.</summary>
    public static KpiMeasure Satisfaction { get; } = new(
        "satisfaction",
        "Customer satisfaction",
        "Overall score",
        isScore: true,
        t => t.Overall,
        t => t.Satisfaction,
        t => Invariant($"mean of {t.Responses} survey responses (1 to 5); CSAT {Rate(t.Csat)}"),
        [("Responses", t => Count(t.Responses)), ("Communication", t => Score(t.Communication)), ("Efficiency", t => Score(t.Efficiency)), ("Attitude", t => Score(t.Attitude)), ("CSAT", t => Rate(t.Csat))]);

    /// <summary>Case replies: customer cases answered within the reply time of their kind ÷ cases due.</summary>
    public static KpiMeasure CaseReply { get; } = new(
        "case-reply",
        "Case replies on time",
        "Timely replies",
        isScore: false,
        t => t.Cases.Rate,
        t => t.CaseReply,
        t => Invariant($"{t.Cases.AnsweredOnTime} of {t.Cases.Due} due customer cases answered on time; {t.Cases.NotYetDue} not yet due"),
        [("Answered on time", t => Count(t.Cases.AnsweredOnTime)), ("Due", t => Count(t.Cases.Due)), ("Not yet due", t => Count(t.Cases.NotYetDue)), ("Received", t => Count(t.Cases.Received))]);

    /// <summary>The four, in the order the report shows them.</summary>
    public static IReadOnlyList<KpiMeasure> All { get; } = [Accuracy, Timeliness, Satisfaction, CaseReply];

    /// <summary>A name for element ids: lowercase letters and hyphens.</summary>
    public string Id { get; }

    /// <summary>The figure's name for people.</summary>
    public string Name { get; }

    /// <summary>The header of the figure's column in a table.</summary>
    public string ValueHeader { get; }

    /// <summary>Whether the figure is a score from 1 to 5 rather than a rate from 0 to 1.</summary>
    public bool IsScore { get; }

    /// <summary>The lowest value the figure can take: 0 for a rate, 1 for a score.</summary>
    public decimal Minimum => IsScore ? KpiTargets.LowestScore : 0m;

    /// <summary>The highest value the figure can take: 1 for a rate, 5 for a score.</summary>
    public decimal Maximum => IsScore ? KpiTargets.HighestScore : 1m;

    /// <summary>How far below its target a figure is still amber: 2 percentage points for a rate, 0.2 for a score.</summary>
    public decimal NearBand => IsScore ? 0.2m : 0.02m;

    /// <summary>What the figure is computed from, in words with its counts.</summary>
    public Func<KpiTally, string> Basis { get; }

    /// <summary>The counts (and for satisfaction, the dimension means) shown beside the figure in tables.</summary>
    public IReadOnlyList<(string Header, Func<KpiTally, string> Text)> Details { get; }

    /// <summary>The figure, or <see langword="null"/> when nothing was counted for it.</summary>
    public decimal? Value(KpiTally tally) => _value(tally);

    /// <summary>The figure's target, or <see langword="null"/> when none is set.</summary>
    public decimal? Target(KpiTargets targets) => _target(targets);

    /// <summary>The figure as the report writes it: a percentage with one decimal, or a score with two; "n/a" for none.</summary>
    public string Format(decimal? value) => IsScore ? Score(value) : Rate(value);

    /// <summary>Where the figure stands against its target.</summary>
    public TargetStatus Status(decimal? value, KpiTargets targets) =>
        (value, Target(targets)) switch
        {
            (null, _) => TargetStatus.NoData,
            (_, null) => TargetStatus.NoTarget,
            ({ } v, { } t) when v >= t => TargetStatus.Met,
            ({ } v, { } t) when v >= t - NearBand => TargetStatus.Near,
            _ => TargetStatus.Below,
        };

    /// <summary>The amber band in words, for the report's legend.</summary>
    public string NearBandText => IsScore ? "0.2 points" : "2 percentage points";

    /// <summary>A rate as a percentage with one decimal, like the tool's text output; "n/a" for none.</summary>
    public static string Rate(decimal? rate) =>
        rate is { } value ? (value * 100m).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "n/a";

    /// <summary>A score or mean with two decimals; "n/a" for none.</summary>
    public static string Score(decimal? score) =>
        score is { } value ? value.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    private static string Count(long count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
