using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>Every argument exception the lifecycle's public constructors and methods document, with the parameter it names and, where the library writes the message, what it says.</summary>
public sealed class LifecycleArgumentTests
{
    private static readonly LifecyclePolicy Policy = new LifecycleScenario().Policy;

    public static TheoryData<string, Type, Action, string?> DocumentedArgumentExceptions() => new()
    {
        { "id", typeof(ArgumentNullException), () => _ = new Actor(null!, Role.SalesRep), null },
        { "id", typeof(ArgumentException), () => _ = new Actor(" ", Role.SalesRep), null },
        { "role", typeof(ArgumentOutOfRangeException), () => _ = new Actor("sales.li", (Role)99), "Not a defined role" },
        { "evaluation", typeof(ArgumentNullException), () => _ = new ApplyChange(null!), null },
        { "reason", typeof(ArgumentNullException), () => _ = new CancelOrder(null!), null },
        { "reason", typeof(ArgumentException), () => _ = new CancelOrder(" "), null },
        { "order", typeof(ArgumentNullException), () => _ = new EditDraft(null!), null },
        { "order", typeof(ArgumentNullException), () => _ = new EnterOrder(null!), null },
        { "order", typeof(ArgumentException), () => _ = new EnterOrder(LifecycleScenario.Order with { OrderId = null }), "needs an identifier" },
        { "order", typeof(ArgumentException), () => _ = new EnterOrder(LifecycleScenario.Order with { OrderId = " " }), "needs an identifier" },
        { "policy", typeof(ArgumentNullException), () => _ = new FollowUpMonitor(null!), null },
        { "orders", typeof(ArgumentNullException), () => FollowUpMonitor.OverdueClarifications(null!, LifecycleScenario.Friday10), null },
        { "orders", typeof(ArgumentNullException), () => new FollowUpMonitor(Policy).AtRisk(null!, LifecycleScenario.Friday10), null },
        { "orders", typeof(ArgumentNullException), () => new FollowUpMonitor(Policy).Late(null!, LifecycleScenario.Friday10), null },
        { "calendar", typeof(ArgumentNullException), () => _ = new LifecyclePolicy(null!), null },
        { "value", typeof(ArgumentOutOfRangeException), () => _ = Policy with { ReplyBusinessDays = 0 }, "at least one business day" },
        { "value", typeof(ArgumentOutOfRangeException), () => _ = Policy with { ReplyBusinessDays = -1 }, "at least one business day" },
        { "value", typeof(ArgumentOutOfRangeException), () => _ = Policy with { AtRiskWithinDays = -1 }, "cannot be negative" },
        { "lineNo", typeof(ArgumentOutOfRangeException), () => _ = new LineShipment(0, 1m), null },
        { "lineNo", typeof(ArgumentOutOfRangeException), () => _ = new LineShipment(-1, 1m), null },
        { "quantity", typeof(ArgumentOutOfRangeException), () => _ = new LineShipment(1, 0m), null },
        { "quantity", typeof(ArgumentOutOfRangeException), () => _ = new LineShipment(1, -0.5m), null },
        { "machine", typeof(ArgumentNullException), () => _ = new OrderLifecycle(null!, new InMemoryAuditLog(), new FakeClock(LifecycleScenario.Friday10)), null },
        { "audit", typeof(ArgumentNullException), () => _ = new OrderLifecycle(new OrderStateMachine(Policy), null!, new FakeClock(LifecycleScenario.Friday10)), null },
        { "clock", typeof(ArgumentNullException), () => _ = new OrderLifecycle(new OrderStateMachine(Policy), new InMemoryAuditLog(), null!), null },
        { "command", typeof(ArgumentNullException), () => new OrderLifecycle(new OrderStateMachine(Policy), new InMemoryAuditLog(), new FakeClock(LifecycleScenario.Friday10)).Execute(null, null!, LifecycleScenario.Sales), null },
        { "policy", typeof(ArgumentNullException), () => _ = new OrderStateMachine(null!), null },
        { "command", typeof(ArgumentNullException), () => new OrderStateMachine(Policy).Apply(null, null!, LifecycleScenario.Sales, LifecycleScenario.Friday10), null },
        { "actor", typeof(ArgumentException), () => new OrderStateMachine(Policy).Apply(null, new EnterOrder(LifecycleScenario.Order), default, LifecycleScenario.Friday10), "create it with a user id and role" },
        { "order", typeof(ArgumentNullException), () => OrderView.For(null!, Role.SalesRep, Policy), null },
        { "policy", typeof(ArgumentNullException), () => OrderView.For(LifecycleScenario.Order, Role.SalesRep, null!), null },
        { "reason", typeof(ArgumentException), () => _ = new PlaceHold(" "), null },
        { "reason", typeof(ArgumentException), () => _ = new RejectOrder(" "), null },
        { "note", typeof(ArgumentException), () => _ = new ReleaseHold(" "), null },
        { "question", typeof(ArgumentException), () => _ = new RequestClarification(" "), null },
        { "text", typeof(ArgumentException), () => ProgressReport.Milestone(" "), null },
        { "shipments", typeof(ArgumentNullException), () => ProgressReport.Shipped(null!), null },
        { "shipments", typeof(ArgumentException), () => ProgressReport.Shipped([]), "at least one line, each line once" },
        { "shipments", typeof(ArgumentException), () => ProgressReport.Shipped([new LineShipment(1, 2m), new LineShipment(1, 3m)]), "at least one line, each line once" },
        { "text", typeof(ArgumentException), () => ProgressReport.IssueRaised(ExecutionIssueKind.Delay, " "), null },
        { "issue", typeof(ArgumentOutOfRangeException), () => ProgressReport.IssueRaised((ExecutionIssueKind)9, "Port closed"), "Not a defined issue kind" },
        { "reply", typeof(ArgumentException), () => _ = new RecordCustomerReply(" ", LifecycleScenario.Ready), null },
        { "review", typeof(ArgumentNullException), () => _ = new RecordCustomerReply("Address confirmed.", null!), null },
        { "report", typeof(ArgumentNullException), () => _ = new ReportProgress(null!), null },
        { "review", typeof(ArgumentNullException), () => _ = new StartReview(null!), null },
        { "review", typeof(ArgumentNullException), () => _ = new SubmitOrder(null!), null },
    };

    [Theory]
    [MemberData(nameof(DocumentedArgumentExceptions))]
    public void Argument_Invalid_ThrowsTheDocumentedExceptionNamingTheParameter(string parameter, Type exception, Action act, string? saying)
    {
        var thrown = Assert.Throws(exception, act);

        Assert.Equal(parameter, ((ArgumentException)thrown).ParamName);
        if (saying is not null)
        {
            Assert.Contains(saying, thrown.Message, StringComparison.Ordinal); // the library's own message says what is wrong
        }
    }
}
