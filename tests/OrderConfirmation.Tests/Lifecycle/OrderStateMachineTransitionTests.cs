using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

public sealed class OrderStateMachineTransitionTests
{
    private readonly LifecycleScenario _scenario = new();

    private TransitionResult Apply(OrderState? state, LifecycleCommand command, Actor actor) => _scenario.Apply(state, command, actor);

    private static void AssertMoved(TransitionResult result, OrderStatus to, LifecycleEventKind raised)
    {
        Assert.True(result.IsAccepted, result.Refusal?.Message);
        Assert.Equal(to, result.State!.Status);
        var first = result.Events[0];
        Assert.Equal((raised, result.Before?.Status ?? OrderStatus.Draft, to), (first.Kind, first.From, first.To));
        Assert.Equal((result.Actor, result.At), (first.Actor, first.At));
    }

    [Fact]
    public void Enter_BySales_CreatesDraftEnteredByThem()
    {
        var result = Apply(null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);

        AssertMoved(result, OrderStatus.Draft, LifecycleEventKind.OrderEntered);
        Assert.Equal(("SO-1001", "sales.li", LifecycleScenario.Friday10, 1), (result.State!.OrderId, result.State.EnteredBy, result.State.EnteredAt, result.State.Revision));
    }

    [Fact]
    public void EditDraft_CorrectedOrder_ReplacesTheDraft()
    {
        var corrected = LifecycleScenario.Order with { SpecialRequirements = "None" };

        var result = Apply(_scenario.Draft(), new EditDraft(corrected), LifecycleScenario.Sales);

        AssertMoved(result, OrderStatus.Draft, LifecycleEventKind.DraftEdited);
        Assert.Same(corrected, result.State!.Order);
    }

    [Fact]
    public void EditDraft_AnotherOrder_IsRefused() =>
        Assert.Equal(RefusalReason.PreconditionFailed, Apply(_scenario.Draft(), new EditDraft(LifecycleScenario.Order with { OrderId = "SO-9" }), LifecycleScenario.Sales).Refusal?.Reason);

    [Fact]
    public void Submit_PreliminaryReviewPassed_MovesToSubmitted() =>
        AssertMoved(Apply(_scenario.Draft(), new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales), OrderStatus.Submitted, LifecycleEventKind.OrderSubmitted);

    [Fact]
    public void Submit_DetailedReviewProblemsOnly_StillSubmits() =>
        Assert.True(Apply(_scenario.Draft(), new SubmitOrder(LifecycleScenario.CreditHold), LifecycleScenario.Sales).IsAccepted);

    [Fact]
    public void Submit_PreliminaryReviewFailed_IsRefusedNamingTheFindings()
    {
        var result = Apply(_scenario.Draft(), new SubmitOrder(LifecycleScenario.PreliminaryFails), LifecycleScenario.Sales);

        Assert.Equal(RefusalReason.PreconditionFailed, result.Refusal?.Reason);
        Assert.Contains("ContactEmailWellFormed", result.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_DecisionForAnotherOrder_IsRefused()
    {
        var other = DefaultRules.Review(new FactsBuilder().WithOrder(o => o.With(x => x with { OrderId = "SO-2" })));

        Assert.Contains("SO-2", Apply(_scenario.Draft(), new SubmitOrder(other), LifecycleScenario.Sales).Refusal?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartReview_Submitted_MovesToUnderReviewWithTheDecision()
    {
        var result = Apply(_scenario.Submitted(), new StartReview(LifecycleScenario.CreditHold), LifecycleScenario.Officer);

        AssertMoved(result, OrderStatus.UnderReview, LifecycleEventKind.ReviewStarted);
        AssertBoundToRevision1(LifecycleScenario.CreditHold, result.State!.LatestReview);
    }

    [Fact]
    public void RequestClarification_FridayMorning_IsDueWednesdayCloseOfBusiness()
    {
        var result = Apply(_scenario.UnderReview(LifecycleScenario.NeedsClarification), new RequestClarification("Can you do without IPv6?"), LifecycleScenario.Officer);

        AssertMoved(result, OrderStatus.AwaitingCustomer, LifecycleEventKind.ClarificationRequested);
        var clarification = result.State!.Clarification!;
        Assert.Equal(Instant.FromUtc(2026, 12, 2, 10, 0), clarification.Deadline); // 18:00 in Shanghai
        Assert.Equal(("conf.wang", LifecycleScenario.Friday10), (clarification.AskedBy, clarification.AskedAt));
    }

    [Fact]
    public void RequestClarification_ConfiguredReplyDays_ExtendsTheDeadline()
    {
        var scenario = new LifecycleScenario(new LifecycleScenario().Policy with { ReplyBusinessDays = 5 });

        var state = scenario.Accept(scenario.UnderReview(), new RequestClarification("q"), LifecycleScenario.Officer);

        Assert.Equal(Instant.FromUtc(2026, 12, 4, 10, 0), state.Clarification!.Deadline);
    }

    [Fact]
    public void RecordCustomerReply_WithCorrectedOrder_GoesBackToReviewWithNewDecision()
    {
        var corrected = LifecycleScenario.Order with { SpecialRequirements = "No IPv6 needed" };

        var result = Apply(_scenario.AwaitingCustomer(), new RecordCustomerReply("IPv6 not needed.", LifecycleScenario.Ready, corrected), LifecycleScenario.Sales);

        AssertMoved(result, OrderStatus.UnderReview, LifecycleEventKind.CustomerReplied);
        Assert.Same(corrected, result.State!.Order);
        AssertBoundToRevision1(LifecycleScenario.Ready, result.State.LatestReview);
        Assert.Null(result.State.Clarification);
    }

    [Fact]
    public void PlaceHold_ByFinance_HoldsWithReason()
    {
        var result = Apply(_scenario.UnderReview(LifecycleScenario.CreditHold), new PlaceHold("prepayment needed"), LifecycleScenario.Finance);

        AssertMoved(result, OrderStatus.OnHold, LifecycleEventKind.HoldPlaced);
        Assert.Equal(("fin.zhao", "prepayment needed"), (result.State!.Hold!.By, result.State.Hold.Note));
    }

    [Fact]
    public void ReleaseHold_ByFinance_ReturnsToReviewWithTheRelease()
    {
        var result = Apply(_scenario.OnHold(), new ReleaseHold("prepayment received"), LifecycleScenario.Finance);

        AssertMoved(result, OrderStatus.UnderReview, LifecycleEventKind.HoldReleased);
        Assert.Null(result.State!.Hold);
        Assert.Equal("fin.zhao", result.State.HoldRelease!.By);
    }

    [Fact]
    public void Confirm_ReadyToConfirm_RecordsWhoWhenRulesDecisionAndPromise()
    {
        var result = Apply(_scenario.UnderReview(), new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);

        AssertMoved(result, OrderStatus.Confirmed, LifecycleEventKind.OrderConfirmed);
        var record = result.State!.Confirmation!;
        Assert.Equal(("SO-1001", 1, "head.chen", Role.HeadOfOrderConfirmation, LifecycleScenario.Friday10), (record.OrderId, record.Revision, record.ConfirmedBy, record.Role, record.ConfirmedAt));
        Assert.Equal(LifecycleScenario.Ready.RuleSetVersion, record.RuleSetVersion);
        AssertBoundToRevision1(LifecycleScenario.Ready, record.Decision);
        Assert.Equal(LifecycleScenario.Promised, record.PromisedDeliveryDate);
        Assert.Equal(LifecycleScenario.Promised, result.State.PromisedDeliveryDate);
    }

    [Fact]
    public void Confirm_NeedsClarification_IsRefusedNamingTheFindings()
    {
        var result = Apply(_scenario.UnderReview(LifecycleScenario.NeedsClarification), new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);

        Assert.Equal(RefusalReason.PreconditionFailed, result.Refusal?.Reason);
        Assert.Contains("RequirementsSupported", result.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Confirm_CreditHoldNotReleased_IsRefused() =>
        Assert.Contains("until Finance releases the hold", Apply(_scenario.UnderReview(LifecycleScenario.CreditHold), new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head).Refusal?.Message, StringComparison.Ordinal);

    [Fact]
    public void Confirm_CreditHoldReleasedByFinance_ConfirmsRelyingOnTheRelease()
    {
        var released = _scenario.Accept(_scenario.OnHold(), new ReleaseHold("prepayment received"), LifecycleScenario.Finance);

        var result = Apply(released, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);

        Assert.True(result.IsAccepted, result.Refusal?.Message);
        Assert.Equal("fin.zhao", result.State!.Confirmation!.HoldReleasedBy!.By);
    }

    [Fact]
    public void Confirm_ReleaseDoesNotCoverTechnicalFindings()
    {
        var mixed = DefaultRules.Review(new FactsBuilder().WithCredit(null).WithCapabilities("SLA-99.9"));
        var held = _scenario.Accept(_scenario.UnderReview(mixed), new PlaceHold("credit"), LifecycleScenario.Finance);
        var released = _scenario.Accept(held, new ReleaseHold("prepaid"), LifecycleScenario.Finance);

        Assert.Equal(RefusalReason.PreconditionFailed, Apply(released, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head).Refusal?.Reason);
    }

    [Fact]
    public void Confirm_PromisedDateInThePast_IsRefused() =>
        Assert.Contains("before today", Apply(_scenario.UnderReview(), new ConfirmOrder(new LocalDate(2026, 11, 26)), LifecycleScenario.Head).Refusal?.Message, StringComparison.Ordinal);

    [Fact]
    public void StartExecution_Confirmed_MovesToInExecution() =>
        AssertMoved(Apply(_scenario.Confirmed(), new StartExecution(), LifecycleScenario.Executor), OrderStatus.InExecution, LifecycleEventKind.ExecutionStarted);

    [Fact]
    public void ReportProgress_Milestone_StaysInExecutionAndKeepsTheReport()
    {
        var report = ProgressReport.Milestone("Hosts racked");

        var result = Apply(_scenario.InExecution(), new ReportProgress(report), LifecycleScenario.Executor);

        AssertMoved(result, OrderStatus.InExecution, LifecycleEventKind.ProgressReported);
        Assert.Equal([report], result.State!.Reports);
    }

    [Fact]
    public void ReportProgress_Shipments_AccumulatePerLine()
    {
        var once = _scenario.Accept(_scenario.InExecution(), new ReportProgress(ProgressReport.Shipped([new LineShipment(1, 4m)])), LifecycleScenario.Executor);

        var twice = _scenario.Accept(once, new ReportProgress(ProgressReport.Shipped([new LineShipment(1, 6m)])), LifecycleScenario.Executor);

        Assert.Equal(10m, twice.Shipped[1]);
        Assert.True(twice.IsFullyShipped);
        Assert.False(once.IsFullyShipped);
    }

    [Fact]
    public void ReportProgress_ShipmentOverOrderedQuantity_IsRefused() =>
        Assert.Contains("more than the 10 ordered", Apply(_scenario.InExecution(), new ReportProgress(ProgressReport.Shipped([new LineShipment(1, 11m)])), LifecycleScenario.Executor).Refusal?.Message, StringComparison.Ordinal);

    [Fact]
    public void ReportProgress_ShipmentOnUnknownLine_IsRefused() =>
        Assert.Contains("line 7", Apply(_scenario.InExecution(), new ReportProgress(ProgressReport.Shipped([new LineShipment(7, 1m)])), LifecycleScenario.Executor).Refusal?.Message, StringComparison.Ordinal);

    [Fact]
    public void ReportProgress_DeliveredBeforeFullShipment_IsRefused() =>
        Assert.Equal(RefusalReason.PreconditionFailed, Apply(_scenario.InExecution(), new ReportProgress(ProgressReport.Delivered()), LifecycleScenario.Executor).Refusal?.Reason);

    [Fact]
    public void ReportProgress_Delivered_RecordsDeliveryTime() =>
        Assert.Equal(LifecycleScenario.Friday10, _scenario.Delivered().DeliveredAt);

    [Theory]
    [InlineData(ExecutionIssueKind.Delay)]
    [InlineData(ExecutionIssueKind.Quality)]
    [InlineData(ExecutionIssueKind.ForceMajeure)]
    public void ReportProgress_Issue_RaisesCustomerNotification(ExecutionIssueKind issue)
    {
        var result = Apply(_scenario.InExecution(), new ReportProgress(ProgressReport.IssueRaised(issue, "Typhoon closed the port")), LifecycleScenario.Executor);

        var notification = Assert.Single(result.Events, e => e.Kind == LifecycleEventKind.CustomerNotificationRequired);
        Assert.Equal((issue, "Typhoon closed the port"), (notification.Issue, notification.Note));
    }

    [Fact]
    public void ReportProgress_Milestone_RaisesNoCustomerNotification() =>
        Assert.DoesNotContain(Apply(_scenario.InExecution(), new ReportProgress(ProgressReport.Milestone("racked")), LifecycleScenario.Executor).Events, e => e.Kind == LifecycleEventKind.CustomerNotificationRequired);

    [Fact]
    public void Complete_Delivered_MovesToCompleted() =>
        AssertMoved(Apply(_scenario.Delivered(), new CompleteOrder(), LifecycleScenario.Executor), OrderStatus.Completed, LifecycleEventKind.OrderCompleted);

    [Fact]
    public void Complete_NotDelivered_IsRefused() =>
        Assert.Equal(RefusalReason.PreconditionFailed, Apply(_scenario.InExecution(), new CompleteOrder(), LifecycleScenario.Executor).Refusal?.Reason);

    [Theory]
    [InlineData(OrderStatus.Draft)]
    [InlineData(OrderStatus.Submitted)]
    [InlineData(OrderStatus.UnderReview)]
    [InlineData(OrderStatus.AwaitingCustomer)]
    [InlineData(OrderStatus.OnHold)]
    [InlineData(OrderStatus.Confirmed)]
    public void Cancel_BeforeExecution_MovesToCancelled(OrderStatus status) =>
        AssertMoved(Apply(_scenario.In(status), new CancelOrder("customer withdrew"), LifecycleScenario.Head), OrderStatus.Cancelled, LifecycleEventKind.OrderCancelled);

    [Theory]
    [InlineData(OrderStatus.UnderReview)]
    [InlineData(OrderStatus.AwaitingCustomer)]
    [InlineData(OrderStatus.OnHold)]
    public void Reject_InReview_MovesToRejected(OrderStatus status) =>
        AssertMoved(Apply(_scenario.In(status), new RejectOrder("blocked customer"), LifecycleScenario.Officer), OrderStatus.Rejected, LifecycleEventKind.OrderRejected);

    [Fact]
    public void ApplyChange_Feasible_RecordsNewRevisionAndPromise()
    {
        var change = new ChangeScenario().Evaluate(ChangeScenario.Change(LineChange.Modify(1, quantity: 12m)) with { RequestedDeliveryDate = new LocalDate(2026, 12, 20) });

        var result = Apply(_scenario.Confirmed(), new ApplyChange(change), LifecycleScenario.Officer);

        AssertMoved(result, OrderStatus.Confirmed, LifecycleEventKind.ChangeApplied);
        Assert.Equal((2, 12m, new LocalDate(2026, 12, 20)), (result.State!.Revision, result.State.Order.Lines[0].Quantity!.Value, result.State.PromisedDeliveryDate!.Value));
        Assert.Same(change.Revision, Assert.Single(result.State.Revisions));
        Assert.Same(change.Review, result.State.LatestReview);
    }

    [Fact]
    public void ApplyChange_Infeasible_IsRefusedWithTheReasons()
    {
        var change = new ChangeScenario().Evaluate(ChangeScenario.Change(LineChange.Modify(1, quantity: 80m)));

        Assert.Contains("WithinCreditLimit", Apply(_scenario.Confirmed(), new ApplyChange(change), LifecycleScenario.Officer).Refusal?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyChange_PriceChangeWithoutFinanceApproval_IsRefused()
    {
        var change = new ChangeScenario().Evaluate(ChangeScenario.Change(LineChange.Modify(1, unitPrice: 1100m)));
        var confirmed = _scenario.Confirmed();

        Assert.Contains("Finance", Apply(confirmed, new ApplyChange(change), LifecycleScenario.Officer).Refusal?.Message, StringComparison.Ordinal);
        Assert.True(Apply(confirmed, new ApplyChange(change, [new ChangeApproval(Department.Finance, "fin.zhao")]), LifecycleScenario.Officer).IsAccepted);
    }

    [Fact]
    public void ApplyChange_EvaluatedAgainstOlderRevision_IsRefused()
    {
        var change = LifecycleCommands.FeasibleChange;
        var revised = _scenario.Accept(_scenario.Confirmed(), new ApplyChange(change), LifecycleScenario.Officer);

        Assert.Contains("revision 1", Apply(revised, new ApplyChange(change), LifecycleScenario.Officer).Refusal?.Message, StringComparison.Ordinal);
    }

    /// <summary>The lifecycle keeps the decision it was given, bound to the order's revision 1.</summary>
    private static void AssertBoundToRevision1(ReviewDecision given, ReviewDecision? kept)
    {
        Assert.NotNull(kept);
        Assert.Same(given.Findings, kept.Findings);
        Assert.Equal((given.EvaluatedAt, given.OrderDigest, (int?)1), (kept.EvaluatedAt, kept.OrderDigest, kept.OrderRevision));
    }
}
