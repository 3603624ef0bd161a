using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Tests.Builders;

/// <summary>
/// People, decisions and shortcuts to every status for lifecycle tests. The order is entered by sales.li;
/// the calendar is Monday–Friday 09:00–12:00, 13:00–18:00 in Asia/Shanghai.
/// </summary>
public sealed class LifecycleScenario
{
    public static readonly Actor Sales = new("sales.li", Role.SalesRep);
    public static readonly Actor Officer = new("conf.wang", Role.ConfirmationOfficer);
    public static readonly Actor Finance = new("fin.zhao", Role.FinanceOfficer);
    public static readonly Actor Head = new("head.chen", Role.HeadOfOrderConfirmation);
    public static readonly Actor Executor = new("exec.liu", Role.ExecutionOfficer);
    public static readonly Actor Auditor = new("audit.sun", Role.Auditor);

    /// <summary>Friday 2026-11-27 10:00 in Shanghai.</summary>
    public static readonly Instant Friday10 = Instant.FromUtc(2026, 11, 27, 2, 0);

    public static readonly LocalDate Promised = new(2026, 12, 15);

    /// <summary>When the scenario's decisions were evaluated: an hour before <see cref="Friday10"/>, well within a decision's default maximum age of 24 hours.</summary>
    public static readonly Instant DecidedAt = Friday10 - Duration.FromHours(1);

    public static readonly Order Order = new OrderBuilder().Build();

    public static readonly ReviewDecision Ready = DefaultRules.Review(new FactsBuilder().WithAsOf(DecidedAt));

    public static readonly ReviewDecision NeedsClarification = DefaultRules.Review(new FactsBuilder().WithAsOf(DecidedAt).WithCapabilities("SLA-99.9"));

    public static readonly ReviewDecision CreditHold = DefaultRules.Review(new FactsBuilder().WithAsOf(DecidedAt).WithCredit(null));

    public static readonly ReviewDecision PreliminaryFails = DefaultRules.Review(new FactsBuilder().WithAsOf(DecidedAt).WithOrder(o => o.WithContact(c => c with { Email = "not-an-email" })));

    public LifecycleScenario(LifecyclePolicy? policy = null)
    {
        Policy = policy ?? new LifecyclePolicy(WorkingCalendar.Standard(FactsBuilder.Shanghai));
        Machine = new OrderStateMachine(Policy);
    }

    public LifecyclePolicy Policy { get; }

    public OrderStateMachine Machine { get; }

    public Instant At { get; set; } = Friday10;

    public TransitionResult Apply(OrderState? state, LifecycleCommand command, Actor actor) => Machine.Apply(state, command, actor, At);

    /// <summary>Applies a command that must be accepted.</summary>
    public OrderState Accept(OrderState? state, LifecycleCommand command, Actor actor)
    {
        var result = Apply(state, command, actor);
        Assert.True(result.IsAccepted, result.Refusal?.Message);
        return result.State!;
    }

    public OrderState Draft() => Accept(null, new EnterOrder(Order), Sales);

    public OrderState Submitted() => Accept(Draft(), new SubmitOrder(Ready), Sales);

    public OrderState UnderReview(ReviewDecision? review = null) => Accept(Submitted(), new StartReview(review ?? Ready), Officer);

    public OrderState AwaitingCustomer() => Accept(UnderReview(NeedsClarification), new RequestClarification("Can you do without IPv6?"), Officer);

    public OrderState OnHold() => Accept(UnderReview(CreditHold), new PlaceHold("New customer on credit: prepayment needed"), Finance);

    public OrderState Confirmed() => Accept(UnderReview(), new ConfirmOrder(Promised), Head);

    public OrderState InExecution() => Accept(Confirmed(), new StartExecution(), Executor);

    public OrderState Delivered()
    {
        var shipped = Accept(InExecution(), new ReportProgress(ProgressReport.Shipped([new LineShipment(1, 10m)])), Executor);
        return Accept(shipped, new ReportProgress(ProgressReport.Delivered()), Executor);
    }

    public OrderState Completed() => Accept(Delivered(), new CompleteOrder(), Executor);

    public OrderState Cancelled() => Accept(Draft(), new CancelOrder("customer withdrew"), Sales);

    public OrderState Rejected() => Accept(UnderReview(), new RejectOrder("blocked customer"), Officer);

    /// <summary>A state in each status.</summary>
    public OrderState In(OrderStatus status) => status switch
    {
        OrderStatus.Draft => Draft(),
        OrderStatus.Submitted => Submitted(),
        OrderStatus.UnderReview => UnderReview(),
        OrderStatus.AwaitingCustomer => AwaitingCustomer(),
        OrderStatus.OnHold => OnHold(),
        OrderStatus.Confirmed => Confirmed(),
        OrderStatus.InExecution => InExecution(),
        OrderStatus.Completed => Completed(),
        OrderStatus.Rejected => Rejected(),
        OrderStatus.Cancelled => Cancelled(),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
