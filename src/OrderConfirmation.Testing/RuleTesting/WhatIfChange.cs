using OrderConfirmation.Findings;
using OrderConfirmation.Review;

namespace OrderConfirmation.Testing.RuleTesting;

/// <summary>One order whose review changes between the baseline and the candidate rules.</summary>
/// <param name="Index">The request's position in the input, from 0.</param>
/// <param name="Baseline">The decision under the baseline rules.</param>
/// <param name="Candidate">The decision under the candidate rules.</param>
/// <param name="NewFindings">Findings of rules (and lines) that only the candidate rules give.</param>
/// <param name="ResolvedFindings">Findings of rules (and lines) that only the baseline rules give.</param>
/// <param name="ChangedFindings">Findings both give for the same rule and line, but with another severity, outcome, action or message.</param>
public sealed record WhatIfChange(
    int Index,
    ReviewDecision Baseline,
    ReviewDecision Candidate,
    IReadOnlyList<ReviewFinding> NewFindings,
    IReadOnlyList<ReviewFinding> ResolvedFindings,
    IReadOnlyList<(ReviewFinding Baseline, ReviewFinding Candidate)> ChangedFindings)
{
    /// <summary>The order's identifier.</summary>
    public string? OrderId => Candidate.OrderId;

    /// <summary>Whether the outcome changes (otherwise only findings do).</summary>
    public bool OutcomeChanged => Baseline.Outcome != Candidate.Outcome;
}
