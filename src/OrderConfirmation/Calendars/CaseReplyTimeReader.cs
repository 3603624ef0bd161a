using NodaTime;
using NodaTime.Text;

namespace OrderConfirmation.Calendars;

/// <summary>
/// Reads the calendar file's optional <c>caseReplyTime</c>: per kind of customer case, the business time within which
/// it must be answered (articles 5 and 6.1), each written and converted exactly like <c>standardTime</c>
/// (<see cref="StandardTimeReader"/>). A kind left out keeps its default; a kind the library does not know, a null and a
/// wrong duration are problems at their position.
/// </summary>
internal static class CaseReplyTimeReader
{
    private const string Path = "caseReplyTime";

    /// <summary>
    /// The case kinds, by the names of <c>OrderConfirmation.Kpis.CaseKind</c> (a layer above, so named here, once; a test
    /// holds the two together), with their default reply times: a query within 8 business hours, a complaint within 2
    /// business days, a report within 5.
    /// </summary>
    public static IReadOnlyList<(string Kind, string Default)> Kinds { get; } = [("Query", "PT8H"), ("Complaint", "P2D"), ("Report", "P5D")];

    /// <summary>The default reply times on <paramref name="week"/>: its average working day is a business day.</summary>
    public static IReadOnlyDictionary<string, Duration> Defaults(IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>> week) =>
        Kinds.ToDictionary(k => k.Kind, k => StandardTimeReader.BusinessTime(PeriodPattern.NormalizingIso.Parse(k.Default).Value, week), StringComparer.Ordinal).AsReadOnly();

    /// <summary>Reads and checks the reply times; a kind the file leaves out gets its default.</summary>
    /// <param name="document">The <c>caseReplyTime</c> object as written, or <see langword="null"/> when the file has none.</param>
    /// <param name="week">The checked weekly schedule, or <see langword="null"/> when it has problems.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>The reply time of every kind, or <see langword="null"/> when a problem was reported or the week cannot be read.</returns>
    public static IReadOnlyDictionary<string, Duration>? Read(Dictionary<string, string?>? document, IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<WorkingHours>>? week, CalendarDiagnostics diagnostics)
    {
        var problems = diagnostics.Count;
        var times = new Dictionary<string, Duration>(StringComparer.Ordinal);
        foreach (var (name, text) in document ?? [])
        {
            var path = $"{Path}.{name}";
            if (!Kinds.Any(k => k.Kind == name))
            {
                var suggestion = Kinds.FirstOrDefault(k => k.Kind.Equals(name, StringComparison.OrdinalIgnoreCase)).Kind is { } match ? $" (did you mean '{match}'?)" : string.Empty;
                diagnostics.Report(path, CalendarDiagnosticCodes.UnknownCaseKind, $"'{name}' is not a kind of customer case{suggestion}; the kinds are {KindList} (names are case-sensitive).");
            }
            else if (text is null)
            {
                diagnostics.Report(path, CalendarDiagnosticCodes.InvalidCaseReplyTime, $"{path} is null: give the reply time as an ISO-8601 duration of business time such as \"PT8H\" or \"P2D\", or leave the kind out for its default.");
            }
            else if (StandardTimeReader.Read(text, week, new StandardTimeReader.DurationField(path, CalendarDiagnosticCodes.InvalidCaseReplyTime, "a reply time"), diagnostics) is { } time)
            {
                times[name] = time;
            }
        }

        if (week is null || diagnostics.Count > problems)
        {
            return null;
        }

        foreach (var (kind, time) in Defaults(week))
        {
            times.TryAdd(kind, time);
        }

        return times.AsReadOnly();
    }

    private static string KindList => string.Join(", ", Kinds.Select(k => k.Kind));
}
