using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Cases;
using OrderConfirmation.Findings;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Cases;

public sealed class CaseLifecycleAuditTests
{
    private readonly InMemoryAuditLog _audit = new();
    private readonly FakeClock _clock = new(LifecycleScenario.Friday10);
    private readonly CaseLifecycle _lifecycle;

    public CaseLifecycleAuditTests() => _lifecycle = new CaseLifecycle(new CaseStateMachine(new CaseScenario().Policy), _audit, _clock);

    private static JsonElement Payload(AuditEntry entry) => JsonDocument.Parse(entry.Payload).RootElement;

    [Fact]
    public void Execute_Receive_AppendsAnAcceptedEntryForTheOrderWithTheReplyDue()
    {
        _lifecycle.Execute(null, CaseScenario.Receipt(CaseKind.Query), LifecycleScenario.Officer);

        var entry = Assert.Single(_audit.Entries);
        Assert.Equal(("CaseCommandAccepted", "conf.wang", "ConfirmationOfficer", "SO-1001", LifecycleScenario.Friday10), (entry.Kind, entry.Actor, entry.Role, entry.OrderId, entry.At));
        var payload = Payload(entry);
        Assert.Equal(
            ("C-1", "Query", "Receive", JsonValueKind.Null, "Open", "Phone", "2026-11-30T02:00:00Z"),
            (payload.GetProperty("caseId").GetString(), payload.GetProperty("caseKind").GetString(), payload.GetProperty("command").GetString(),
             payload.GetProperty("from").ValueKind, payload.GetProperty("to").GetString(),
             payload.GetProperty("details").GetProperty("channel").GetString(), payload.GetProperty("details").GetProperty("replyDueAt").GetString()));
    }

    [Fact]
    public void Execute_Refusal_IsAuditedWithReasonAndChangesNothing()
    {
        var state = _lifecycle.Execute(null, CaseScenario.Receipt(CaseKind.Query), LifecycleScenario.Officer).State;

        var result = _lifecycle.Execute(state, new CloseCase(), LifecycleScenario.Officer);

        Assert.Same(state, result.State);
        var entry = _audit.Entries[^1];
        Assert.Equal("CaseCommandRefused", entry.Kind);
        Assert.Equal(("Close", "Open", "WrongState"), (Payload(entry).GetProperty("command").GetString(), Payload(entry).GetProperty("from").GetString(), Payload(entry).GetProperty("reason").GetString()));
    }

    [Fact]
    public void Execute_CaseWithoutOrder_IsAuditedForNoOrder()
    {
        _lifecycle.Execute(null, CaseScenario.Receipt(CaseKind.Query, orderId: null), LifecycleScenario.Officer);

        Assert.Null(Assert.Single(_audit.Entries).OrderId);
    }

    [Fact]
    public void Execute_EveryCommand_IsAuditedOnceWithWhatChanged()
    {
        var state = _lifecycle.Execute(null, CaseScenario.Receipt(CaseKind.Complaint), LifecycleScenario.Officer).State;
        state = _lifecycle.Execute(state, new AssignCase(Department.OrderConfirmation, "conf.wang"), LifecycleScenario.Head).State;
        state = _lifecycle.Execute(state, new AddInvestigationNote("Checked the invoice."), LifecycleScenario.Auditor).State;
        state = _lifecycle.Execute(state, new AddRectification("conf.wang", LifecycleScenario.Friday10 + Duration.FromDays(3), "Refund"), LifecycleScenario.Auditor).State;
        state = _lifecycle.Execute(state, new CompleteRectification(1, "Refunded."), LifecycleScenario.Officer).State;
        state = _lifecycle.Execute(state, new AnswerCase("We refunded you.", substantiated: false), LifecycleScenario.Officer).State;
        _lifecycle.Execute(state, new CloseCase(), LifecycleScenario.Auditor);

        Assert.Equal(
            ["Receive", "Assign", "AddInvestigationNote", "AddRectification", "CompleteRectification", "Answer", "Close"],
            _audit.Entries.Select(e => Payload(e).GetProperty("command").GetString()));
        Assert.All(_audit.Entries, e => Assert.Equal("CaseCommandAccepted", e.Kind));
        var details = _audit.Entries.Select(e => Payload(e).GetProperty("details").GetRawText()).ToList();
        Assert.Equal(
            [
                """{"department":"OrderConfirmation","employee":"conf.wang"}""",
                """{"note":1}""",
                """{"rectification":1,"owner":"conf.wang","dueAt":"2026-11-30T02:00:00Z"}""",
                """{"rectification":1}""",
                """{"substantiated":false}""",
                "{}",
            ],
            details.Skip(1));
        Assert.Equal("Closed", Payload(_audit.Entries[^1]).GetProperty("to").GetString());
    }

    [Fact]
    public void Execute_Trail_HoldsNoFreeText()
    {
        var state = _lifecycle.Execute(null, CaseScenario.Receipt(CaseKind.Complaint), LifecycleScenario.Officer).State;
        state = _lifecycle.Execute(state, new AddInvestigationNote("NOTE-TEXT"), LifecycleScenario.Auditor).State;
        state = _lifecycle.Execute(state, new AddRectification("conf.wang", LifecycleScenario.Friday10 + Duration.FromDays(3), "RECTIFY-TEXT"), LifecycleScenario.Auditor).State;
        state = _lifecycle.Execute(state, new CompleteRectification(1, "HOW-TEXT"), LifecycleScenario.Officer).State;
        _lifecycle.Execute(state, new AnswerCase("ANSWER-TEXT", substantiated: true), LifecycleScenario.Officer);

        var trail = string.Join("\n", _audit.Entries.Select(e => e.Payload));
        foreach (var text in new[] { "NOTE-TEXT", "RECTIFY-TEXT", "HOW-TEXT", "ANSWER-TEXT", "Wang Fang", "Where is my order", "when SO-1001 will ship" })
        {
            Assert.DoesNotContain(text, trail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Execute_UsesTheClocksInstant()
    {
        _clock.AdvanceMinutes(5);

        var result = _lifecycle.Execute(null, CaseScenario.Receipt(CaseKind.Query), LifecycleScenario.Officer);

        Assert.Equal(LifecycleScenario.Friday10 + Duration.FromMinutes(5), result.State!.ReceivedAt);
    }

    [Fact]
    public void Constructor_NullAudit_ThrowsNamingIt() =>
        Assert.Equal("audit", Assert.Throws<ArgumentNullException>(() => new CaseLifecycle(new CaseStateMachine(new CaseScenario().Policy), null!, _clock)).ParamName);
}
