using Microsoft.Extensions.Logging;
using OrderConfirmation.Diagnostics;
using OrderConfirmation.Rules.Loading;

namespace OrderConfirmation.Rules.Reloading;

/// <summary>
/// Loads a rules directory to replace the rule set serving, and says what came of it: a different rule set to swap
/// in, the same version again, or a rejection with its diagnostics (which it logs, one warning per diagnostic line,
/// never the files' content). Swapping is the caller's business.
/// </summary>
/// <param name="rulesDirectory">The rules directory.</param>
/// <param name="stages">The stages the rules are written for.</param>
/// <param name="logger">Where rejections are reported.</param>
internal sealed class RuleSetReplacementLoader(string rulesDirectory, RuleStageCatalog stages, ILogger logger)
{
    /// <summary>What the last load compiled: a reload recompiles only the files that changed.</summary>
    private readonly CompiledRuleReuse _reuse = new();

    /// <summary>Loads the directory's files for the first time.</summary>
    /// <exception cref="RuleSetLoadException">A file is invalid; the exception lists every problem.</exception>
    public RuleSet LoadFirst() => RuleSetCompiler.Load(RuleFile.FromDirectory(rulesDirectory), stages, _reuse);

    /// <summary>Loads the directory's files.</summary>
    /// <param name="currentVersion">The version serving now.</param>
    /// <returns>
    /// The outcome, with the rule set to swap in when it is <see cref="RuleSetReloadOutcome.Swapped"/>; invalid or
    /// unreadable files are a <see cref="RuleSetReloadOutcome.Rejected"/> outcome, not an exception.
    /// </returns>
    public (RuleSetReloadResult Result, RuleSet? Replacement) Load(string currentVersion)
    {
        RuleSet loaded;
        try
        {
            loaded = RuleSetCompiler.Load(RuleFile.FromDirectory(rulesDirectory), stages, _reuse);
        }
        catch (RuleSetLoadException e)
        {
            RuleSetReloadLog.Rejected(logger, rulesDirectory, e.Diagnostics.Count, currentVersion);
            foreach (var diagnostic in e.Diagnostics)
            {
                RuleSetReloadLog.Diagnostic(logger, diagnostic);
            }

            return (Rejected(currentVersion, e.Diagnostics, e.Diagnostics.Count == 0 ? e.Message : null), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Includes a file half-written by an editor (on Windows, still locked) and a removed directory.
            RuleSetReloadLog.Unreadable(logger, rulesDirectory, currentVersion, e);
            return (Rejected(currentVersion, [], e.Message), null);
        }

        if (string.Equals(loaded.Version, currentVersion, StringComparison.Ordinal))
        {
            RuleSetReloadLog.Unchanged(logger, rulesDirectory, currentVersion);
            return (new RuleSetReloadResult(RuleSetReloadOutcome.Unchanged, currentVersion, currentVersion, [], null), null);
        }

        foreach (var warning in loaded.Warnings)
        {
            RuleSetReloadLog.Diagnostic(logger, warning);
        }

        return (new RuleSetReloadResult(RuleSetReloadOutcome.Swapped, loaded.Version, currentVersion, loaded.Warnings, null), loaded);
    }

    private static RuleSetReloadResult Rejected(string currentVersion, IReadOnlyList<RuleDiagnostic> diagnostics, string? problem) =>
        new(RuleSetReloadOutcome.Rejected, currentVersion, currentVersion, diagnostics, problem);
}
