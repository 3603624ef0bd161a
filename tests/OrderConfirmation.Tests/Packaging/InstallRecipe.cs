namespace OrderConfirmation.Tests.Packaging;

/// <summary>
/// The README's recipe for installing from a clone: the command lines of the <c>sh</c> block between
/// <c>&lt;!-- install-from-source --&gt;</c> and <c>&lt;!-- /install-from-source --&gt;</c>, as written (comment lines left out).
/// </summary>
public static class InstallRecipe
{
    public const string StartMarker = "<!-- install-from-source -->";

    public const string EndMarker = "<!-- /install-from-source -->";

    /// <exception cref="InvalidOperationException">The README has no such block.</exception>
    public static IReadOnlyList<string> Commands(string readme)
    {
        var start = readme.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = start < 0 ? -1 : readme.IndexOf(EndMarker, start, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new InvalidOperationException($"README.md has no install recipe between {StartMarker} and {EndMarker}.");
        }

        return [.. readme[(start + StartMarker.Length)..end]
            .Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .SkipWhile(line => !line.StartsWith("```", StringComparison.Ordinal))
            .Skip(1)
            .TakeWhile(line => !line.StartsWith("```", StringComparison.Ordinal))
            .Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#'))];
    }
}
