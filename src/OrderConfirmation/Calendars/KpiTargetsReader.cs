using System.Globalization;

namespace OrderConfirmation.Calendars;

/// <summary>
/// Reads the calendar file's optional <c>targets</c>: rates as fractions in [0, 1], the satisfaction score on the
/// survey's scale of 1 to 5 (the scale of <c>KpiTally.Overall</c>, the mean of all scores). A value out of range and an
/// unknown property are problems at their position; a target left out (or null) is no target.
/// </summary>
internal static class KpiTargetsReader
{
    private const string Path = "targets";

    private static readonly string[] Properties = ["accuracy", "timeliness", "satisfaction", "caseReply"];

    /// <summary>Reads and checks the targets.</summary>
    /// <param name="document">The <c>targets</c> object as written, or <see langword="null"/> when the file has none.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The targets (<see cref="KpiTargets.None"/> without the object), or <see langword="null"/> when a problem was reported.</returns>
    public static KpiTargets? Read(KpiTargetsDocument? document, CalendarDiagnostics diagnostics)
    {
        if (document is null)
        {
            return KpiTargets.None;
        }

        var problems = diagnostics.Count;
        UnknownPropertyReporter.Report(document.UnknownProperties, Path, "the KPI targets", Properties, diagnostics);
        var targets = new KpiTargets
        {
            Accuracy = Rate(document.Accuracy, "accuracy", "confirmation accuracy rate", diagnostics),
            Timeliness = Rate(document.Timeliness, "timeliness", "timely processing rate", diagnostics),
            Satisfaction = Score(document.Satisfaction, diagnostics),
            CaseReply = Rate(document.CaseReply, "caseReply", "timely reply rate of customer cases", diagnostics),
        };
        return diagnostics.Count > problems ? null : targets;
    }

    private static decimal? Rate(decimal? value, string name, string what, CalendarDiagnostics diagnostics)
    {
        if (value is not { } rate || rate is >= 0m and <= 1m)
        {
            return value;
        }

        var hint = rate is > 1m and <= 100m ? string.Create(CultureInfo.InvariantCulture, $" (for {rate} %, write {rate / 100m})") : string.Empty;
        diagnostics.Report(
            $"{Path}.{name}",
            CalendarDiagnosticCodes.InvalidKpiTarget,
            string.Create(CultureInfo.InvariantCulture, $"{Path}.{name} is {rate}: the target {what} is a fraction between 0 and 1{hint}."));
        return null;
    }

    private static decimal? Score(decimal? value, CalendarDiagnostics diagnostics)
    {
        if (value is not { } score || score is >= KpiTargets.LowestScore and <= KpiTargets.HighestScore)
        {
            return value;
        }

        diagnostics.Report(
            $"{Path}.satisfaction",
            CalendarDiagnosticCodes.InvalidKpiTarget,
            string.Create(CultureInfo.InvariantCulture, $"{Path}.satisfaction is {score}: the target overall satisfaction score is on the survey's scale, between 1 and 5 (e.g. 4.5)."));
        return null;
    }
}
