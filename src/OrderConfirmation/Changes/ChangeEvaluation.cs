using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Changes;

/// <summary>
/// The assessment of a change request: eligibility, the re-review of the changed order and the impact.
/// A feasible change carries the new <see cref="Revision"/>; an infeasible one leaves the order untouched and
/// gives the <see cref="Reasons"/> for Sales to explain.
/// </summary>
public sealed record ChangeEvaluation
{
    internal ChangeEvaluation(OrderSnapshot current, ChangeRequest request, IReadOnlyList<ReviewFinding> eligibility, IReadOnlyList<Department> requiredApprovals, ReviewDecision? before, ReviewDecision? review, ChangeImpact impact, OrderRevision? revision)
    {
        Current = current;
        Request = request;
        Eligibility = eligibility;
        RequiredApprovals = requiredApprovals;
        Before = before;
        Review = review;
        Impact = impact;
        Revision = revision;
    }

    /// <summary>The order as it stood.</summary>
    public OrderSnapshot Current { get; }

    /// <summary>The change request.</summary>
    public ChangeRequest Request { get; }

    /// <summary>The order's identifier.</summary>
    public string? OrderId => Current.Order.OrderId;

    /// <summary>The change request's identifier.</summary>
    public string ChangeId => Request.ChangeId;

    /// <summary>Whether the change may be considered: no eligibility finding is an error.</summary>
    public bool Eligible => !Eligibility.Any(f => f.IsBlocking);

    /// <summary>The findings of the change-eligibility rules.</summary>
    public IReadOnlyList<ReviewFinding> Eligibility { get; }

    /// <summary>Departments whose approval the change needs: those of eligibility findings with action <see cref="ReviewAction.RequireFinanceApproval"/>, each once, in the order of <see cref="Department"/>.</summary>
    public IReadOnlyList<Department> RequiredApprovals { get; }

    /// <summary>The review of the order before the change, with the same facts; <see langword="null"/> when not eligible.</summary>
    public ReviewDecision? Before { get; }

    /// <summary>The re-review of the changed order; <see langword="null"/> when not eligible.</summary>
    public ReviewDecision? Review { get; }

    /// <summary>The change's impact.</summary>
    public ChangeImpact Impact { get; }

    /// <summary>Whether the change is feasible: eligible, and the changed order is ready to confirm.</summary>
    public bool Feasible => Revision is not null;

    /// <summary>The new revision when feasible; otherwise <see langword="null"/>.</summary>
    public OrderRevision? Revision { get; }

    /// <summary>The same evaluation when some facts could not be obtained: the reviews carry a system finding instead, and the change is not feasible.</summary>
    internal ChangeEvaluation WithUnavailableFacts(IReadOnlyList<UnavailableFacts> unavailable) =>
        new(Current, Request, Eligibility, RequiredApprovals,
            Before is null ? null : UnavailableFacts.Apply(Before, unavailable),
            Review is null ? null : UnavailableFacts.Apply(Review, unavailable),
            Impact,
            revision: null);

    /// <summary>
    /// Why the change is not feasible: the blocking eligibility findings, else the blocking findings of the re-review.
    /// Empty when feasible, since a feasible change is eligible and its re-review, ready to confirm, has no blocking finding.
    /// </summary>
    public IReadOnlyList<ReviewFinding> Reasons =>
        [.. Eligibility.Where(f => f.IsBlocking), .. (Review?.Findings ?? []).Where(f => f.IsBlocking)];
}
