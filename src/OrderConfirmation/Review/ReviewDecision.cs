using NodaTime;
using OrderConfirmation.Findings;

namespace OrderConfirmation.Review;

/// <summary>
/// The result of reviewing one order: the outcome, what was checked and everything found.
/// The outcome is the most severe outcome implied by an <see cref="FindingSeverity.Error"/> finding,
/// or <see cref="ReviewOutcome.ReadyToConfirm"/> when there is none.
/// </summary>
public sealed record ReviewDecision
{
    /// <summary>Creates a decision; the outcome is derived from the findings.</summary>
    /// <exception cref="ArgumentNullException">A collection or <paramref name="ruleSetVersion"/> is <see langword="null"/>.</exception>
    /// <param name="orderId">The reviewed order's identifier.</param>
    /// <param name="stagesRun">The stages that ran.</param>
    /// <param name="findings">Every finding.</param>
    /// <param name="ruleSetVersion">The content hash of the rule set used.</param>
    /// <param name="evaluatedAt">The instant of the review.</param>
    /// <param name="ruleSetLabel">The rule set's version label, if its files give one.</param>
    /// <param name="ruleSetEffectiveDate">The rule set's effective date, if its files give one.</param>
    public ReviewDecision(string? orderId, IReadOnlyList<ReviewStage> stagesRun, IReadOnlyList<ReviewFinding> findings, string ruleSetVersion, Instant evaluatedAt, string? ruleSetLabel = null, LocalDate? ruleSetEffectiveDate = null)
    {
        ArgumentNullException.ThrowIfNull(stagesRun);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(ruleSetVersion);
        OrderId = orderId;
        StagesRun = stagesRun;
        Findings = findings;
        RuleSetVersion = ruleSetVersion;
        EvaluatedAt = evaluatedAt;
        RuleSetLabel = ruleSetLabel;
        RuleSetEffectiveDate = ruleSetEffectiveDate;
        Outcome = MostSevere(findings);
    }

    /// <summary>The reviewed order's identifier, as entered.</summary>
    public string? OrderId { get; }

    /// <summary>The overall outcome.</summary>
    public ReviewOutcome Outcome { get; }

    /// <summary>The stages that ran, in order. The detailed stages do not run when the preliminary review fails.</summary>
    public IReadOnlyList<ReviewStage> StagesRun { get; }

    /// <summary>Every finding: stage by stage; within a stage, the order rules in declaration order, then line by line the line rules.</summary>
    public IReadOnlyList<ReviewFinding> Findings { get; }

    /// <summary>The version (content hash) of the rule set used.</summary>
    public string RuleSetVersion { get; }

    /// <summary>The analysts' label of the rule set used (<c>VersionLabel</c> in its files), if any.</summary>
    public string? RuleSetLabel { get; }

    /// <summary>The effective date of the rule set used (<c>EffectiveDate</c> in its files), if any.</summary>
    public LocalDate? RuleSetEffectiveDate { get; }

    /// <summary>The instant the review was evaluated at.</summary>
    public Instant EvaluatedAt { get; }

    /// <summary>Whether some rule could not be evaluated (see <see cref="FindingKind.EvaluationError"/>).</summary>
    public bool HasEvaluationErrors => Findings.Any(f => f.Kind == FindingKind.EvaluationError);

    private static ReviewOutcome MostSevere(IReadOnlyList<ReviewFinding> findings)
    {
        var outcome = ReviewOutcome.ReadyToConfirm;
        foreach (var finding in findings)
        {
            if (finding.IsBlocking)
            {
                outcome = (ReviewOutcome)Math.Max((int)outcome, (int)finding.Outcome);
            }
        }

        return outcome;
    }
}
