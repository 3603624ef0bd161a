using OrderConfirmation.Diagnostics;

namespace OrderConfirmation.Rules.Reloading;

/// <summary>The result of one reload of a rules directory (see <see cref="ReloadingRuleSetProvider"/>).</summary>
/// <param name="Outcome">Whether the rule set was replaced, left as it was, or the files were rejected.</param>
/// <param name="Version">The version of the rule set serving after the reload.</param>
/// <param name="PreviousVersion">The version of the rule set serving before the reload; equal to <paramref name="Version"/> unless the rule set was replaced.</param>
/// <param name="Diagnostics">Every problem found in the rule files when they were rejected, or the warnings of a rule set swapped in; empty otherwise.</param>
/// <param name="Problem">
/// Why the files could not be loaded when there are no rule-file diagnostics to say it, such as an I/O error while a
/// file is being written or a rules directory that was removed; <see langword="null"/> otherwise.
/// </param>
public sealed record RuleSetReloadResult(
    RuleSetReloadOutcome Outcome,
    string Version,
    string PreviousVersion,
    IReadOnlyList<RuleDiagnostic> Diagnostics,
    string? Problem)
{
    /// <summary>Whether a new rule set replaced the previous one.</summary>
    public bool Swapped => Outcome == RuleSetReloadOutcome.Swapped;
}
