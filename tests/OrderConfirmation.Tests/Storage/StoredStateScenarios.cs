using NodaTime;
using OrderConfirmation.Changes;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Storage;

/// <summary>
/// Hand-built lifecycles for storage tests, each through the real state machine from <see cref="Start"/> (Friday
/// 2026-11-27 10:00:00.123456789 in Shanghai), one minute per command: a two-line order (10 hosts at 1,200.50 and
/// 5.50 TB of backup at 300.125) confirmed, changed twice, executed and completed; an order clarified and asked again;
/// an order held for credit and released.
/// </summary>
public sealed class StoredStateScenarios
{
    public static readonly Instant Start = LifecycleScenario.Friday10.PlusNanoseconds(123_456_789);

    public static readonly Order TwoLineOrder = new OrderBuilder()
        .WithLines(
            new OrderLine(1, "CLOUD-HOST-8C", "Cloud host, 8 vCPU", 10m, 1200.50m, ["IPV6"]),
            new OrderLine(2, "BACKUP-1TB", "Backup storage, 1 TB", 5.50m, 300.125m))
        .With(o => o with { RequestedDeliveryAddress = new PostalAddress("88 Dock Rd", "Shanghai", "200000", "CN") })
        .Build();

    public StoredStateScenarios() => Lifecycle = new LifecycleScenario { At = Start };

    public LifecycleScenario Lifecycle { get; }

    /// <summary>Applies a command that must be accepted, a minute after the one before.</summary>
    public OrderState Accept(OrderState? state, LifecycleCommand command, Actor actor)
    {
        Lifecycle.At += Duration.FromMinutes(1);
        return Lifecycle.Accept(state, command, actor);
    }

    /// <summary>The facts now: the default customer within credit, enough hosts and backup units, every capability the order needs.</summary>
    public FactsBuilder Facts(Order order) =>
        new FactsBuilder().WithOrder(order).WithSupply("BACKUP-1TB", new SupplyPosition(20m, 5)).WithAsOf(Lifecycle.At);

    public ReviewDecision Ready(Order order) => DefaultRules.Review(Facts(order));

    public ChangeEvaluation Evaluate(OrderState state, ChangeRequest change) =>
        ChangeEvaluator.Evaluate(DefaultRules.RuleSet, state.ToSnapshot(), change, Facts(state.Order).Build());

    public OrderState UnderReview()
    {
        var state = Accept(null, new EnterOrder(TwoLineOrder), LifecycleScenario.Sales);
        state = Accept(state, new SubmitOrder(Ready(TwoLineOrder)), LifecycleScenario.Sales);
        return Accept(state, new StartReview(Ready(TwoLineOrder)), LifecycleScenario.Officer);
    }

    public OrderState Confirmed() => Accept(UnderReview(), new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);

    /// <summary>The price of line 1 cut from 1,200.50 to 1,150.25, which Finance must approve.</summary>
    public static ChangeRequest PriceCut => new("CR-1", Start, "sales.li", "customer negotiated", [LineChange.Modify(1, unitPrice: 1150.25m)]);

    /// <summary>Delivery a week later, to another address, with new special requirements.</summary>
    public static ChangeRequest LaterDelivery => new("CR-2", Start, "sales.li", null, [new LineChange(2, description: "Backup storage, 1 TB, encrypted")])
    {
        RequestedDeliveryDate = new LocalDate(2026, 12, 22),
        DeliveryAddress = new PostalAddress("9 Harbour Rd", "Ningbo", "315000", "CN"),
        SpecialRequirements = "Call the site manager an hour ahead",
    };

    public OrderState ChangedOnce() =>
        Apply(Confirmed(), PriceCut, [new ChangeApproval(Department.Finance, LifecycleScenario.Finance.Id)]);

    /// <summary>Changed, in execution with a milestone, 10 hosts and 2.25 TB shipped and a delay reported, then changed again.</summary>
    public OrderState InExecutionChangedTwice()
    {
        var state = Accept(ChangedOnce(), new StartExecution(), LifecycleScenario.Executor);
        state = Accept(state, new ReportProgress(ProgressReport.Milestone("Hosts racked")), LifecycleScenario.Executor);
        state = Accept(state, new ReportProgress(ProgressReport.Shipped([new LineShipment(2, 2.25m), new LineShipment(1, 10m)], "first truck")), LifecycleScenario.Executor);
        state = Accept(state, new ReportProgress(ProgressReport.IssueRaised(ExecutionIssueKind.Delay, "Backup units held at customs")), LifecycleScenario.Executor);
        return Apply(state, LaterDelivery, []);
    }

    public OrderState CompletedChangedTwice()
    {
        var state = Accept(InExecutionChangedTwice(), new ReportProgress(ProgressReport.Shipped([new LineShipment(2, 3.25m)])), LifecycleScenario.Executor);
        state = Accept(state, new ReportProgress(ProgressReport.Delivered("Signed for by the site manager")), LifecycleScenario.Executor);
        return Accept(state, new CompleteOrder(), LifecycleScenario.Executor);
    }

    /// <summary>Asked a question, answered two hours and a minute later, then asked another: one closed wait and one open clarification.</summary>
    public OrderState AskedAgain()
    {
        var state = Accept(UnderReview(), new RequestClarification("Can you do without IPv6?"), LifecycleScenario.Officer);
        Lifecycle.At += Duration.FromHours(2);
        state = Accept(state, new RecordCustomerReply("IPv6 is needed.", Ready(TwoLineOrder)), LifecycleScenario.Sales);
        return Accept(state, new RequestClarification("Is the dock open on Saturdays?"), LifecycleScenario.Officer);
    }

    /// <summary>Reviewed without a credit profile, held by Finance, released on prepayment: ready for the head to confirm.</summary>
    public OrderState Released()
    {
        var state = Accept(null, new EnterOrder(TwoLineOrder), LifecycleScenario.Sales);
        state = Accept(state, new SubmitOrder(Ready(TwoLineOrder)), LifecycleScenario.Sales);
        state = Accept(state, new StartReview(DefaultRules.Review(Facts(TwoLineOrder).WithCredit(null))), LifecycleScenario.Officer);
        state = Accept(state, new PlaceHold("New customer on credit"), LifecycleScenario.Finance);
        return Accept(state, new ReleaseHold("Prepayment received"), LifecycleScenario.Finance);
    }

    private OrderState Apply(OrderState state, ChangeRequest change, IReadOnlyList<ChangeApproval> approvals) =>
        Accept(state, new ApplyChange(Evaluate(state, change), approvals), LifecycleScenario.Head);
}
