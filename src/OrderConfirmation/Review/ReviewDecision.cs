using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;

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

    /// <summary>
    /// The revision of the order the decision judged (1 as entered, plus one per applied change), or <see langword="null"/>
    /// when it is not known. The lifecycle records the order's revision when it takes the decision; a change's re-review
    /// records the revision the change would create.
    /// </summary>
    public int? OrderRevision { get; internal init; }

    /// <summary>
    /// A SHA-256 digest of the content of the order the decision judged (<c>sha256:</c> and 64 hex digits), so that a
    /// decision can be matched to what it judged rather than to an order id: any change to the order's data gives another
    /// digest. Computed when first read, for decisions made by <see cref="ReviewEvaluator"/>; <see langword="null"/> for a
    /// decision created without its order (and for decisions stored before digests were kept).
    /// </summary>
    public string? OrderDigest
    {
        get => _judged?.Digest;
        internal init => _judged = value is null ? null : new JudgedOrder(value);
    }

    /// <summary>The order the decision judged, kept so that <see cref="OrderDigest"/> is computed only when someone asks for it.</summary>
    internal Order ReviewedOrder
    {
        init => _judged = new JudgedOrder(value);
    }

    /// <summary>Binds this decision to what <paramref name="value"/> judged: the same order revision and content.</summary>
    internal ReviewDecision JudgedAs
    {
        init
        {
            _judged = value._judged;
            OrderRevision = value.OrderRevision;
        }
    }

    /// <summary>Whether some rule could not be evaluated (see <see cref="FindingKind.EvaluationError"/>).</summary>
    public bool HasEvaluationErrors => Findings.Any(f => f.Kind == FindingKind.EvaluationError);

    private JudgedOrder? _judged;

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

    /// <summary>The judged order's digest, computed at most once (a race computes the same text twice) and compared by value.</summary>
    private sealed class JudgedOrder
    {
        private readonly Order? _order;
        private string? _digest;

        public JudgedOrder(Order order) => _order = order;

        public JudgedOrder(string digest) => _digest = digest;

        public string Digest => _digest ??= OrderContentDigest.Of(_order!);

        public override bool Equals(object? obj) => obj is JudgedOrder other && string.Equals(Digest, other.Digest, StringComparison.Ordinal);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Digest);
    }
}
