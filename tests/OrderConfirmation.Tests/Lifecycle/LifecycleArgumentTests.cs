using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>Every argument exception the lifecycle's public constructors and methods document, with the parameter it names.</summary>
public sealed class LifecycleArgumentTests
{
    private static readonly LifecyclePolicy Policy = new LifecycleScenario().Policy;

    public static TheoryData<string, Type, Action> DocumentedArgumentExceptions() => new()
    {
        { "id", typeof(ArgumentNullException), () => _ = new Actor(null!, Role.SalesRep) },
        { "id", typeof(ArgumentException), () => _ = new Actor(" ", Role.SalesRep) },
        { "role", typeof(ArgumentOutOfRangeException), () => _ = new Actor("sales.li", (Role)99) },
        { "evaluation", typeof(ArgumentNullException), () => _ = new ApplyChange(null!) },
        { "reason", typeof(ArgumentNullException), () => _ = new CancelOrder(null!) },
        { "reason", typeof(ArgumentException), () => _ = new CancelOrder(" ") },
        { "order", typeof(ArgumentNullException), () => _ = new EditDraft(null!) },
        { "order", typeof(ArgumentNullException), () => _ = new EnterOrder(null!) },
        { "order", typeof(ArgumentException), () => _ = new EnterOrder(LifecycleScenario.Order with { OrderId = null }) },
        { "order", typeof(ArgumentException), () => _ = new EnterOrder(LifecycleScenario.Order with { OrderId = " " }) },
        { "policy", typeof(ArgumentNullException), () => _ = new FollowUpMonitor(null!) },
        { "orders", typeof(ArgumentNullException), () => FollowUpMonitor.OverdueClarifications(null!, LifecycleScenario.Friday10) },
        { "orders", typeof(ArgumentNullException), () => new FollowUpMonitor(Policy).AtRisk(null!, LifecycleScenario.Friday10) },
        { "orders", typeof(ArgumentNullException), () => new FollowUpMonitor(Policy).Late(null!, LifecycleScenario.Friday10) },
        { "calendar", typeof(ArgumentNullException), () => _ = new LifecyclePolicy(null!) },
        { "value", typeof(ArgumentOutOfRangeException), () => _ = Policy with { ReplyBusinessDays = 0 } },
        { "value", typeof(ArgumentOutOfRangeException), () => _ = Policy with { ReplyBusinessDays = -1 } },
        { "value", typeof(ArgumentOutOfRangeException), () => _ = Policy with { AtRiskWithinDays = -1 } },
        { "lineNo", typeof(ArgumentOutOfRangeException), () => _ = new LineShipment(0, 1m) },
        { "lineNo", typeof(ArgumentOutOfRangeException), () => _ = new LineShipment(-1, 1m) },
        { "quantity", typeof(ArgumentOutOfRangeException), () => _ = new LineShipment(1, 0m) },
        { "quantity", typeof(ArgumentOutOfRangeException), () => _ = new LineShipment(1, -0.5m) },
        { "machine", typeof(ArgumentNullException), () => _ = new OrderLifecycle(null!, new InMemoryAuditLog(), new FakeClock(LifecycleScenario.Friday10)) },
        { "audit", typeof(ArgumentNullException), () => _ = new OrderLifecycle(new OrderStateMachine(Policy), null!, new FakeClock(LifecycleScenario.Friday10)) },
        { "clock", typeof(ArgumentNullException), () => _ = new OrderLifecycle(new OrderStateMachine(Policy), new InMemoryAuditLog(), null!) },
        { "command", typeof(ArgumentNullException), () => new OrderLifecycle(new OrderStateMachine(Policy), new InMemoryAuditLog(), new FakeClock(LifecycleScenario.Friday10)).Execute(null, null!, LifecycleScenario.Sales) },
        { "policy", typeof(ArgumentNullException), () => _ = new OrderStateMachine(null!) },
        { "command", typeof(ArgumentNullException), () => new OrderStateMachine(Policy).Apply(null, null!, LifecycleScenario.Sales, LifecycleScenario.Friday10) },
        { "actor", typeof(ArgumentException), () => new OrderStateMachine(Policy).Apply(null, new EnterOrder(LifecycleScenario.Order), default, LifecycleScenario.Friday10) },
        { "order", typeof(ArgumentNullException), () => OrderView.For(null!, Role.SalesRep, Policy) },
        { "policy", typeof(ArgumentNullException), () => OrderView.For(LifecycleScenario.Order, Role.SalesRep, null!) },
        { "reason", typeof(ArgumentException), () => _ = new PlaceHold(" ") },
        { "reason", typeof(ArgumentException), () => _ = new RejectOrder(" ") },
        { "note", typeof(ArgumentException), () => _ = new ReleaseHold(" ") },
        { "question", typeof(ArgumentException), () => _ = new RequestClarification(" ") },
        { "text", typeof(ArgumentException), () => ProgressReport.Milestone(" ") },
        { "shipments", typeof(ArgumentNullException), () => ProgressReport.Shipped(null!) },
        { "shipments", typeof(ArgumentException), () => ProgressReport.Shipped([]) },
        { "shipments", typeof(ArgumentException), () => ProgressReport.Shipped([new LineShipment(1, 2m), new LineShipment(1, 3m)]) },
        { "text", typeof(ArgumentException), () => ProgressReport.IssueRaised(ExecutionIssueKind.Delay, " ") },
        { "issue", typeof(ArgumentOutOfRangeException), () => ProgressReport.IssueRaised((ExecutionIssueKind)9, "Port closed") },
        { "reply", typeof(ArgumentException), () => _ = new RecordCustomerReply(" ", LifecycleScenario.Ready) },
        { "review", typeof(ArgumentNullException), () => _ = new RecordCustomerReply("Address confirmed.", null!) },
        { "report", typeof(ArgumentNullException), () => _ = new ReportProgress(null!) },
        { "review", typeof(ArgumentNullException), () => _ = new StartReview(null!) },
        { "review", typeof(ArgumentNullException), () => _ = new SubmitOrder(null!) },
    };

    [Theory]
    [MemberData(nameof(DocumentedArgumentExceptions))]
    public void Argument_Invalid_ThrowsTheDocumentedExceptionNamingTheParameter(string parameter, Type exception, Action act)
    {
        var thrown = Assert.Throws(exception, act);

        Assert.Equal(parameter, ((ArgumentException)thrown).ParamName);
    }
}
