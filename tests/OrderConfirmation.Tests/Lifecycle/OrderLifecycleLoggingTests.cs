using Microsoft.Extensions.Logging;
using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

public sealed class OrderLifecycleLoggingTests
{
    /// <summary>Keeps every message and every structured value logged.</summary>
    private sealed class RecordingLogger : ILogger<OrderLifecycle>
    {
        public List<(LogLevel Level, string Message, string Values)> Records { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join("|", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            Records.Add((logLevel, formatter(state, exception), values));
        }
    }

    private readonly InMemoryAuditLog _audit = new();
    private readonly RecordingLogger _logger = new();
    private readonly OrderLifecycle _lifecycle;

    public OrderLifecycleLoggingTests() =>
        _lifecycle = new OrderLifecycle(new OrderStateMachine(new LifecycleScenario().Policy), _audit, new FakeClock(LifecycleScenario.Friday10), _logger);

    private OrderState Execute(OrderState? state, LifecycleCommand command, Actor actor) => _lifecycle.Execute(state, command, actor).State!;

    [Fact]
    public void Execute_Transitions_AreLoggedWithIdsAndStatuses()
    {
        Execute(null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);

        var (level, message, _) = Assert.Single(_logger.Records);
        Assert.Equal(LogLevel.Information, level);
        Assert.Equal("Order SO-1001: Enter by sales.li (SalesRep) moved it from Draft to Draft.", message);
    }

    [Fact]
    public void Execute_Refusal_IsLoggedAsWarningWithTheReason()
    {
        var draft = Execute(null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);

        _lifecycle.Execute(draft, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Auditor);

        Assert.Equal((LogLevel.Warning, "Order SO-1001: Confirm by audit.sun (Auditor) was refused: RoleNotPermitted."), (_logger.Records[^1].Level, _logger.Records[^1].Message));
    }

    [Fact]
    public void Execute_WholeLife_NeverLogsCustomerContactData()
    {
        var contact = LifecycleScenario.Order.Customer.Contact;
        var order = LifecycleScenario.Order;
        var state = Execute(null, new EnterOrder(order), LifecycleScenario.Sales);
        state = Execute(state, new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales);
        state = Execute(state, new StartReview(LifecycleScenario.NeedsClarification), LifecycleScenario.Officer);
        state = Execute(state, new RequestClarification($"Call {contact.Person} on {contact.Phone} or write to {contact.Email}"), LifecycleScenario.Officer);
        _lifecycle.Execute(state, new RecordCustomerReply($"{contact.Person} replied", LifecycleScenario.Ready, order with { OrderId = "SO-OTHER" }), LifecycleScenario.Sales);
        state = Execute(state, new RecordCustomerReply($"{contact.Person} replied from {contact.Email}", LifecycleScenario.Ready), LifecycleScenario.Sales);
        state = Execute(state, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);
        state = Execute(state, new StartExecution(), LifecycleScenario.Executor);
        Execute(state, new ReportProgress(ProgressReport.IssueRaised(ExecutionIssueKind.Delay, $"Tell {contact.Person} at {contact.Phone}")), LifecycleScenario.Executor);

        Assert.Contains(_logger.Records, r => r.Message.Contains("Delay", StringComparison.Ordinal));
        foreach (var secret in new[] { contact.Person!, contact.Phone!, contact.Email!, order.Customer.Address.Street! })
        {
            Assert.DoesNotContain(_logger.Records, r => r.Message.Contains(secret, StringComparison.Ordinal) || r.Values.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Execute_AcceptedMove_IsLoggedFromTheStatusBeforeToTheStatusAfter()
    {
        var draft = Execute(null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);

        Execute(draft, new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales);

        Assert.Equal("Order SO-1001: Submit by sales.li (SalesRep) moved it from Draft to Submitted.", _logger.Records[^1].Message);
    }

    [Fact]
    public void Execute_RefusedEntry_IsLoggedWithTheOrderIdItCarried()
    {
        _lifecycle.Execute(null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Auditor);

        Assert.Equal((LogLevel.Warning, "Order SO-1001: Enter by audit.sun (Auditor) was refused: RoleNotPermitted."), (_logger.Records[^1].Level, _logger.Records[^1].Message));
    }

    [Fact]
    public void Execute_EntryRefusedOnAnExistingOrder_IsLoggedUnderThatOrderLikeItsAuditEntry()
    {
        var draft = Execute(null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);

        _lifecycle.Execute(draft, new EnterOrder(LifecycleScenario.Order with { OrderId = "SO-2" }), LifecycleScenario.Sales);

        Assert.Equal("Order SO-1001: Enter by sales.li (SalesRep) was refused: WrongState.", _logger.Records[^1].Message);
    }

    [Fact]
    public void Execute_EntryRefusedOnAnExistingOrder_IsAuditedUnderThatOrder()
    {
        var draft = Execute(null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);

        _lifecycle.Execute(draft, new EnterOrder(LifecycleScenario.Order with { OrderId = "SO-2" }), LifecycleScenario.Sales);

        Assert.Equal((nameof(AuditEntryKind.CommandRefused), "SO-1001"), (_audit.Entries[^1].Kind, _audit.Entries[^1].OrderId));
    }

    [Fact]
    public void Execute_RefusedWithoutAnyOrder_IsLoggedWithoutAnOrderId()
    {
        _lifecycle.Execute(null, new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales);

        Assert.Equal("Order (null): Submit by sales.li (SalesRep) was refused: WrongState.", _logger.Records[^1].Message);
    }

    [Fact]
    public void Execute_Issue_LogsThatTheCustomerMustBeToldAfterTheTransition()
    {
        var state = Execute(null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);
        state = Execute(state, new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales);
        state = Execute(state, new StartReview(LifecycleScenario.Ready), LifecycleScenario.Officer);
        state = Execute(state, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);
        state = Execute(state, new StartExecution(), LifecycleScenario.Executor);

        Execute(state, new ReportProgress(ProgressReport.IssueRaised(ExecutionIssueKind.ForceMajeure, "Typhoon")), LifecycleScenario.Executor);

        Assert.Equal(
            [(LogLevel.Information, "Order SO-1001: ReportProgress by exec.liu (ExecutionOfficer) moved it from InExecution to InExecution."), (LogLevel.Information, "Order SO-1001: the customer must be told of a ForceMajeure issue.")],
            _logger.Records.TakeLast(2).Select(r => (r.Level, r.Message)));
    }

    [Fact]
    public void Execute_MilestoneReport_LogsNoCustomerNotification()
    {
        var state = Execute(null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);
        state = Execute(state, new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales);
        state = Execute(state, new StartReview(LifecycleScenario.Ready), LifecycleScenario.Officer);
        state = Execute(state, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);
        state = Execute(state, new StartExecution(), LifecycleScenario.Executor);
        var before = _logger.Records.Count;

        Execute(state, new ReportProgress(ProgressReport.Milestone("Hosts racked")), LifecycleScenario.Executor);

        Assert.Equal(before + 1, _logger.Records.Count);
    }
}
