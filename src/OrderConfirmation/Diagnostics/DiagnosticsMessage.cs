namespace OrderConfirmation.Diagnostics;

/// <summary>The message of an exception that carries load diagnostics: a title, then one diagnostic per line.</summary>
internal static class DiagnosticsMessage
{
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is <see langword="null"/>.</exception>
    public static string Describe(string what, IReadOnlyList<RuleDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return diagnostics.Count == 0
            ? $"{what} could not be loaded."
            : $"{what} could not be loaded ({diagnostics.Count} problem(s)):{Environment.NewLine}" + string.Join(Environment.NewLine, diagnostics);
    }
}
