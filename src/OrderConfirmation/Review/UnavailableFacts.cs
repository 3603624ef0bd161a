using OrderConfirmation.Findings;

namespace OrderConfirmation.Review;

/// <summary>
/// Facts a provider could not give in time (or failed to give): the review still answers, but the stage that needs
/// them reports a system finding (held, <see cref="ReviewAction.InvestigateSystemError"/>) instead of findings built on
/// missing data.
/// </summary>
/// <param name="Stage">The stage whose facts are missing.</param>
/// <param name="Department">The department that owns the provider.</param>
/// <param name="Provider">Which facts: credit profile, supply or capabilities.</param>
/// <param name="Problem">What went wrong (time-out or the provider's error), without the customer's data.</param>
internal sealed record UnavailableFacts(ReviewStage Stage, Department Department, string Provider, string Problem)
{
    /// <summary>The decision with the stages whose facts are missing replaced by a system finding each.</summary>
    public static ReviewDecision Apply(ReviewDecision decision, IReadOnlyList<UnavailableFacts> unavailable)
    {
        if (unavailable.Count == 0)
        {
            return decision;
        }

        var findings = decision.Findings.Where(f => !unavailable.Any(u => u.Stage == f.Stage)).ToList();
        foreach (var missing in unavailable.Where(u => decision.StagesRun.Contains(u.Stage)))
        {
            var values = new OrderedDictionary<string, object?>(StringComparer.Ordinal) { ["provider"] = missing.Provider, ["problem"] = missing.Problem };
            findings.Add(ReviewFinding.SystemError(
                $"{missing.Provider}Unavailable",
                missing.Stage,
                missing.Department,
                $"The {missing.Provider} could not be obtained ({missing.Problem}); the {missing.Stage} was not done and the order is held until it can be.",
                values));
        }

        return new ReviewDecision(decision.OrderId, decision.StagesRun, findings, decision.RuleSetVersion, decision.EvaluatedAt, decision.RuleSetLabel, decision.RuleSetEffectiveDate) { JudgedAs = decision };
    }
}
