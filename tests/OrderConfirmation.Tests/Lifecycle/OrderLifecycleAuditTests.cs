using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

public sealed class OrderLifecycleAuditTests
{
    private readonly FakeClock _clock = new(LifecycleScenario.Friday10);
    private readonly InMemoryAuditLog _log = new();
    private readonly OrderLifecycle _lifecycle;

    public OrderLifecycleAuditTests() =>
        _lifecycle = new OrderLifecycle(new OrderStateMachine(new LifecycleScenario().Policy), _log, _clock);

    private OrderState Run(OrderState? state, LifecycleCommand command, Actor actor)
    {
        _clock.Advance(Duration.FromMinutes(5));
        var result = _lifecycle.Execute(state, command, actor);
        Assert.True(result.IsAccepted, result.Refusal?.Message);
        return result.State!;
    }

    private OrderState Confirmed()
    {
        var draft = Run(null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);
        var submitted = Run(draft, new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales);
        var reviewed = Run(submitted, new StartReview(LifecycleScenario.Ready), LifecycleScenario.Officer);
        return Run(reviewed, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);
    }

    private static JsonElement Payload(AuditEntry entry)
    {
        using var json = JsonDocument.Parse(entry.Payload);
        return json.RootElement.Clone();
    }

    [Fact]
    public void Execute_ConfirmationFlow_RecordsCommandsDecisionsAndTheConfirmation()
    {
        Confirmed();

        Assert.Equal(
            // The detailed review relied on the decision already recorded at submission, so it is not recorded twice.
            [nameof(AuditEntryKind.CommandAccepted), nameof(AuditEntryKind.ReviewDecision), nameof(AuditEntryKind.CommandAccepted), nameof(AuditEntryKind.CommandAccepted), nameof(AuditEntryKind.CommandAccepted), nameof(AuditEntryKind.Confirmation)],
            _log.Entries.Select(e => e.Kind));
        Assert.All(_log.Entries, e => Assert.Equal("SO-1001", e.OrderId));
        var confirmation = _log.Entries[^1];
        Assert.Equal(("head.chen", nameof(Role.HeadOfOrderConfirmation), LifecycleScenario.Friday10 + Duration.FromMinutes(20)), (confirmation.Actor, confirmation.Role, confirmation.At));
        var payload = Payload(confirmation);
        Assert.Equal(LifecycleScenario.Ready.RuleSetVersion, payload.GetProperty("ruleSetVersion").GetString());
        Assert.Equal("2026-12-15", payload.GetProperty("promisedDeliveryDate").GetString());
        Assert.Empty(AuditCompleteness.Check(_log.Entries));
        Assert.True(AuditChain.Verify(_log.Entries).IsIntact);
    }

    [Fact]
    public void Execute_RefusedCommand_IsRecordedWithTheReason()
    {
        var draft = Run(null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);

        var result = _lifecycle.Execute(draft, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Auditor);

        Assert.False(result.IsAccepted);
        var entry = _log.Entries[^1];
        Assert.Equal((nameof(AuditEntryKind.CommandRefused), "audit.sun", nameof(Role.Auditor)), (entry.Kind, entry.Actor, entry.Role));
        var payload = Payload(entry);
        Assert.Equal(("Confirm", "RoleNotPermitted"), (payload.GetProperty("command").GetString(), payload.GetProperty("reason").GetString()));
    }

    [Fact]
    public void Execute_ProgressReport_IsRecordedAsExecutionReport()
    {
        var executing = Run(Confirmed(), new StartExecution(), LifecycleScenario.Executor);

        Run(executing, new ReportProgress(ProgressReport.IssueRaised(ExecutionIssueKind.Delay, "Port closed")), LifecycleScenario.Executor);

        var report = Payload(Assert.Single(_log.Entries, e => e.Kind == nameof(AuditEntryKind.ExecutionReport)));
        Assert.Equal(("Issue", "Delay"), (report.GetProperty("kind").GetString(), report.GetProperty("issue").GetString()));
    }

    [Fact]
    public void Execute_ChangeApplied_RecordsRequestDecisionAndOutcomeWithRevision()
    {
        Run(Confirmed(), new ApplyChange(LifecycleCommands.FeasibleChange), LifecycleScenario.Officer);

        var kinds = _log.Entries.Skip(6).Select(e => e.Kind);
        Assert.Equal([nameof(AuditEntryKind.ChangeRequest), nameof(AuditEntryKind.ReviewDecision), nameof(AuditEntryKind.CommandAccepted), nameof(AuditEntryKind.ChangeOutcome)], kinds);
        var outcome = Payload(_log.Entries[^1]);
        Assert.Equal(("CR-7", 2), (outcome.GetProperty("changeId").GetString(), outcome.GetProperty("revision").GetInt32()));
        Assert.Empty(AuditCompleteness.Check(_log.Entries));
    }

    [Fact]
    public void Execute_InfeasibleChange_RecordsRequestAndOutcomeWithoutRevision()
    {
        var infeasible = new ChangeScenario().Evaluate(ChangeScenario.Change(LineChange.Modify(1, quantity: 80m)));

        var result = _lifecycle.Execute(Confirmed(), new ApplyChange(infeasible), LifecycleScenario.Officer);

        Assert.False(result.IsAccepted);
        Assert.Equal([nameof(AuditEntryKind.ChangeRequest), nameof(AuditEntryKind.CommandRefused), nameof(AuditEntryKind.ChangeOutcome)], _log.Entries.Skip(6).Select(e => e.Kind));
        var outcome = Payload(_log.Entries[^1]);
        Assert.Equal(JsonValueKind.Null, outcome.GetProperty("revision").ValueKind);
        Assert.False(outcome.GetProperty("feasible").GetBoolean());
    }

    /// <summary>
    /// The trail keeps the order sheet as entered (article 6.1 audits its completeness), so contact details and addresses
    /// are in the entered order's details, and nowhere else: not in decisions, confirmation records, reports or events.
    /// They are read only through the need-to-know view (<see cref="OrderSheets.Read"/>, article 5).
    /// </summary>
    [Fact]
    public void Execute_Records_HoldCustomerContactDataOnlyInTheOrderSheet()
    {
        var executing = Run(Confirmed(), new StartExecution(), LifecycleScenario.Executor);
        Run(executing, new ReportProgress(ProgressReport.Milestone("racked")), LifecycleScenario.Executor);
        var contact = LifecycleScenario.Order.Customer.Contact;
        var address = LifecycleScenario.Order.Customer.Address;
        var secrets = new[] { contact.Person!, contact.Phone!, contact.Email!, address.Street! };

        var holding = _log.Entries.Where(e => secrets.Any(secret => e.Payload.Contains(secret, StringComparison.Ordinal))).ToList();

        var sheet = Assert.Single(holding);
        Assert.Equal("Enter", Payload(sheet).GetProperty("command").GetString());
        Assert.All(secrets, secret => Assert.Contains(secret, sheet.Payload, StringComparison.Ordinal));
    }

    [Fact]
    public void Queries_ByActorAndOrder_FindTheRecords()
    {
        Confirmed();

        Assert.Single(AuditQueries.ByActor(_log.Entries, "head.chen"), e => e.Kind == nameof(AuditEntryKind.Confirmation));
        Assert.Equal(_log.Entries.Count, AuditQueries.ByOrder(_log.Entries, "SO-1001").Count);
    }

    [Fact]
    public void Execute_RefusedEntry_IsRecordedUnderTheOrderIdItCarried()
    {
        var result = _lifecycle.Execute(null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Auditor);

        Assert.False(result.IsAccepted);
        var entry = Assert.Single(_log.Entries);
        Assert.Equal((nameof(AuditEntryKind.CommandRefused), "SO-1001"), (entry.Kind, entry.OrderId));
    }

    [Fact]
    public void Execute_RefusedWithNewDecision_DoesNotRecordTheDecision()
    {
        var submitted = Run(Run(null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales), new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales);
        var count = _log.Entries.Count;

        _lifecycle.Execute(submitted, new StartReview(LifecycleScenario.CreditHold), LifecycleScenario.Sales);

        Assert.Equal([nameof(AuditEntryKind.CommandRefused)], _log.Entries.Skip(count).Select(e => e.Kind));
    }

    [Fact]
    public void Execute_NewDecisionAtReview_IsRecordedBeforeTheCommand()
    {
        var submitted = Run(Run(null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales), new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales);
        var count = _log.Entries.Count;

        Run(submitted, new StartReview(LifecycleScenario.CreditHold), LifecycleScenario.Officer);

        Assert.Equal([nameof(AuditEntryKind.ReviewDecision), nameof(AuditEntryKind.CommandAccepted)], _log.Entries.Skip(count).Select(e => e.Kind));
    }

    [Fact]
    public void Execute_EachEntry_CarriesTheClockInstantAndTheActorsRole()
    {
        Run(null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);

        var entry = Assert.Single(_log.Entries);
        Assert.Equal((LifecycleScenario.Friday10 + Duration.FromMinutes(5), "sales.li", nameof(Role.SalesRep)), (entry.At, entry.Actor, entry.Role));
    }

    [Fact]
    public void Policy_IsTheStateMachinesPolicy()
    {
        var policy = new LifecycleScenario().Policy with { ReplyBusinessDays = 5 };

        Assert.Same(policy, new OrderLifecycle(new OrderStateMachine(policy), _log, _clock).Policy);
    }
}
