using NodaTime;

namespace OrderConfirmation.Calendars;

/// <summary>
/// Turns a parsed calendar file into <see cref="CalendarSettings"/>, checking every part and reporting every problem;
/// nothing is built unless the whole file is valid.
/// </summary>
internal static class CalendarDocumentReader
{
    private static readonly string[] Properties = ["description", "timeZone", "week", "holidays", "makeUpWorkdays", "standardTime", "pauseWhileAwaitingCustomer", "caseReplyTime", "targets"];

    /// <summary>Checks the document and builds the settings.</summary>
    /// <returns>The settings, or <see langword="null"/> when a problem was reported.</returns>
    public static CalendarSettings? Read(CalendarFileDocument document, CalendarDiagnostics diagnostics)
    {
        UnknownPropertyReporter.Report(document.UnknownProperties, string.Empty, "the calendar file", Properties, diagnostics);
        var zone = Zone(document.TimeZone, diagnostics);
        var week = WeekReader.Read(document.Week, diagnostics);
        var holidays = CalendarDatesReader.Holidays(document.Holidays, diagnostics);
        var makeUpWorkdays = CalendarDatesReader.MakeUpWorkdays(document.MakeUpWorkdays, holidays, diagnostics);
        var standardTime = StandardTimeReader.Read(document.StandardTime, week, diagnostics);
        var caseReplyTimes = CaseReplyTimeReader.Read(document.CaseReplyTime, week, diagnostics);
        var targets = KpiTargetsReader.Read(document.Targets, diagnostics);
        if (diagnostics.Count > 0 || zone is null || week is null || standardTime is not { } standard || caseReplyTimes is null || targets is null)
        {
            return null;
        }

        var calendar = new WorkingCalendar(zone, week, holidays, makeUpWorkdays);
        return new CalendarSettings(calendar, standard, document.PauseWhileAwaitingCustomer ?? true) { CaseReplyTimes = caseReplyTimes, KpiTargets = targets };
    }

    private static DateTimeZone? Zone(string? id, CalendarDiagnostics diagnostics)
    {
        if (id is null)
        {
            diagnostics.Report("timeZone", CalendarDiagnosticCodes.MissingField, "The file has no 'timeZone': give the company's TZDB time zone, e.g. \"Asia/Shanghai\".");
            return null;
        }

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is { } zone)
        {
            return zone;
        }

        var suggestion = DateTimeZoneProviders.Tzdb.Ids.FirstOrDefault(known => known.Equals(id, StringComparison.OrdinalIgnoreCase)) is { } match
            ? $" (did you mean '{match}'?)"
            : string.Empty;
        diagnostics.Report("timeZone", CalendarDiagnosticCodes.UnknownTimeZone, $"'{id}' is not a TZDB time zone{suggestion}; use an IANA zone name such as \"Asia/Shanghai\" or \"Europe/Berlin\".");
        return null;
    }
}
