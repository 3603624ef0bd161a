using NodaTime;
using OrderConfirmation.Calendars;

namespace OrderConfirmation.Cli;

/// <summary>
/// Loads the working calendar a command uses: a calendar file, the <c>calendar.json</c> of a rules directory, or the
/// calendar shipped in the package. An invalid calendar is reported like invalid rules (exit code 3).
/// </summary>
internal static class CalendarOption
{
    /// <summary>The calendar in <paramref name="file"/>, or the shipped one; <see langword="null"/> after writing every problem to <paramref name="error"/>.</summary>
    /// <param name="file">The calendar file, or <see langword="null"/> for the calendar shipped in the package.</param>
    /// <param name="error">Receives the problems.</param>
    /// <param name="notDone">What the command did not do, such as "nothing was computed".</param>
    public static CalendarSettings? Load(string? file, TextWriter error, string notDone)
    {
        try
        {
            return file is null ? CalendarFile.LoadDefault() : CalendarFile.Load(file);
        }
        catch (CalendarLoadException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                error.WriteLine(diagnostic);
            }

            error.WriteLine($"error: the calendar is invalid ({e.Diagnostics.Count} problem(s)); {notDone}.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {file}: cannot be read ({e.Message})");
        }

        return null;
    }

    /// <summary>
    /// The company's time zone for the rules of <paramref name="rulesDirectory"/>: the zone of its <c>calendar.json</c>
    /// when it has one, else that of the calendar shipped in the package; <see langword="null"/> after writing every
    /// problem of an invalid calendar to <paramref name="error"/>. Requests that name no time zone are read in it.
    /// </summary>
    /// <param name="rulesDirectory">The <c>--rules</c> directory, or <see langword="null"/> for the shipped rules.</param>
    /// <param name="error">Receives the problems.</param>
    /// <param name="notDone">What the command did not do, such as "nothing was reviewed".</param>
    public static DateTimeZone? ZoneOfRules(string? rulesDirectory, TextWriter error, string notDone)
    {
        var file = rulesDirectory is null ? null : Path.Combine(rulesDirectory, CalendarFile.FileName);
        return file is not null && File.Exists(file) ? Load(file, error, notDone)?.Calendar.Zone : CalendarFile.DefaultZone;
    }
}
