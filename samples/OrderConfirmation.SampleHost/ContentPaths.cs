using OrderConfirmation.Calendars;

namespace OrderConfirmation.SampleHost;

/// <summary>Where the configured files are: relative paths are taken from the host's content root.</summary>
internal static class ContentPaths
{
    /// <summary>The full path of a configured path, or <see langword="null"/> when none is configured.</summary>
    public static string? Resolve(string contentRoot, string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? null : Path.GetFullPath(Path.Combine(contentRoot, configured));

    /// <summary>The analysts' working-calendar file in the rules directory, or <see langword="null"/> when there is none.</summary>
    public static string? CalendarIn(string? rulesDirectory) =>
        rulesDirectory is not null && Path.Combine(rulesDirectory, CalendarFile.FileName) is var path && File.Exists(path) ? path : null;
}
