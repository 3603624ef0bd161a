namespace OrderConfirmation.Calendars;

/// <summary>The stable codes of working-calendar file diagnostics (<c>rules/calendar.json</c>), for tools and documentation.</summary>
internal static class CalendarDiagnosticCodes
{
    /// <summary>The file is not well-formed JSON, is not a JSON object, or has a value of the wrong JSON type.</summary>
    public const string InvalidJson = "OC1100";

    /// <summary>A property the calendar file does not have (usually a typo); it would otherwise be silently ignored.</summary>
    public const string UnknownProperty = "OC1101";

    /// <summary>A property appears twice in the same object.</summary>
    public const string DuplicateProperty = "OC1102";

    /// <summary>A required property (<c>timeZone</c>, <c>week</c>, <c>standardTime</c>, a make-up day's <c>date</c>) is missing or null.</summary>
    public const string MissingField = "OC1103";

    /// <summary>The time zone is not a TZDB (IANA) zone.</summary>
    public const string UnknownTimeZone = "OC1104";

    /// <summary>A key of <c>week</c> is not an English day name (Monday to Sunday).</summary>
    public const string UnknownDay = "OC1105";

    /// <summary>Working hours are not <c>HH:mm-HH:mm</c>, are empty, null, unsorted or overlapping.</summary>
    public const string InvalidHours = "OC1106";

    /// <summary>The week has no working hours at all, or a make-up working day has none.</summary>
    public const string NoWorkingHours = "OC1107";

    /// <summary>A date is not an ISO date (<c>yyyy-MM-dd</c>).</summary>
    public const string InvalidDate = "OC1108";

    /// <summary>A date is listed twice among the holidays or among the make-up working days.</summary>
    public const string DuplicateDate = "OC1109";

    /// <summary>A date is both a holiday and a make-up working day.</summary>
    public const string HolidayAndMakeUpDay = "OC1110";

    /// <summary>The standard time is not a positive ISO-8601 duration in days, hours, minutes and seconds.</summary>
    public const string InvalidStandardTime = "OC1111";

    /// <summary>A key of <c>caseReplyTime</c> is not a kind of customer case (<c>Query</c>, <c>Complaint</c>, <c>Report</c>).</summary>
    public const string UnknownCaseKind = "OC1112";

    /// <summary>A case reply time is null, or not a positive ISO-8601 duration in days, hours, minutes and seconds.</summary>
    public const string InvalidCaseReplyTime = "OC1113";

    /// <summary>A KPI target is out of its range: a rate outside [0, 1], a satisfaction score outside the survey's 1 to 5.</summary>
    public const string InvalidKpiTarget = "OC1114";
}
