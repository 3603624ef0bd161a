using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Audit;

namespace OrderConfirmation.Tests.Supervision;

/// <summary>
/// The audit records of one order that followed the whole process, written by hand in the shapes the lifecycle and the
/// communications contract (contract16-audit) give them: entered with a complete sheet, reviewed, a clarification asked
/// and answered each through a communication record, confirmed by the head of Order Confirmation, changed (request and
/// outcome), and a customer notification raised in execution and answered by an outbound communication. Each step has
/// a name, so a test can leave one out or replace its payload.
/// </summary>
internal sealed class SupervisedOrder
{
    public const string CompleteSheetFields =
        """
        "customerId":"C-001","customerName":"Acme Network Ltd","contact":{"person":"Wang Fang","phone":"+86 10 5555 0101","email":"wf@acme.example"},"address":{"street":"1 Zhongguancun St","city":"Beijing","postalCode":"100080","country":"CN"},"currency":"CNY","total":12000,"requestedDeliveryDate":"2026-12-15","deliveryAddress":null,"paymentTerms":"Net30","specialRequirements":"Install before 09:00","lines":[{"lineNo":1,"sku":"CLOUD-HOST-8C","description":"Cloud host, 8 vCPU","quantity":10,"unitPrice":1200,"requirements":["IPV6"]}]
        """;

    private readonly List<(string Step, AuditRecord Record)> _steps = [];

    public SupervisedOrder(string orderId, Instant confirmedAt)
    {
        OrderId = orderId;
        ConfirmedAt = confirmedAt;
        var at = confirmedAt - Duration.FromHours(2);
        void Add(string step, string actor, string role, string kind, string payload)
        {
            _steps.Add((step, new AuditRecord(at, actor, role, orderId, kind, payload)));
            at += Duration.FromMinutes(5);
        }

        var sheet = $$"""{"orderId":"{{orderId}}","receivedAt":"2026-11-20T01:15:00Z","enteredBy":"sales.li",{{CompleteSheetFields}}}""";
        Add("enter", "sales.li", "SalesRep", "CommandAccepted", Command("Enter", sheet));
        Add("decision", "sales.li", "SalesRep", "ReviewDecision", """{"decision":{"outcome":"NeedsClarification"}}""");
        Add("askedByPhone", "conf.wang", "ConfirmationOfficer", "CommandAccepted", Command("RecordCommunication", Communication("C1", "Outbound")));
        Add("clarification", "conf.wang", "ConfirmationOfficer", "CommandAccepted", Command("RequestClarification", """{"question":"Can you do without IPv6?","communicationId":"C1"}"""));
        Add("replyByEmail", "sales.li", "SalesRep", "CommandAccepted", Command("RecordCommunication", Communication("C2", "Inbound")));
        Add("reply", "sales.li", "SalesRep", "CommandAccepted", Command("RecordCustomerReply", """{"reply":"Yes.","orderCorrected":false,"communicationId":"C2"}"""));
        at = confirmedAt;
        Add("confirm", "head.chen", "HeadOfOrderConfirmation", "CommandAccepted", Command("Confirm", "{}"));
        at = confirmedAt;
        Add("confirmation", "head.chen", "HeadOfOrderConfirmation", "Confirmation",
            $$"""{"orderId":"{{orderId}}","revision":1,"confirmedBy":"head.chen","role":"HeadOfOrderConfirmation","confirmedAt":"{{InstantPattern.ExtendedIso.Format(confirmedAt)}}"}""");
        Add("changeRequest", "conf.wang", "ConfirmationOfficer", "ChangeRequest", """{"changeId":"CR-7","requestedBy":"sales.li"}""");
        Add("changeCommand", "conf.wang", "ConfirmationOfficer", "CommandAccepted", Command("ApplyChange", $$"""{"changeId":"CR-7","feasible":true,"approvals":[],"order":{{sheet}}}"""));
        Add("changeOutcome", "conf.wang", "ConfirmationOfficer", "ChangeOutcome", """{"changeId":"CR-7","feasible":true,"revision":2}""");
        Add("issue", "exec.liu", "ExecutionOfficer", "CommandAccepted", Command("ReportProgress", """{"kind":"Issue","text":"Port closed","issue":"Delay","shipments":[]}""",
            """[{"kind":"ProgressReported","note":"Issue: Port closed"},{"kind":"CustomerNotificationRequired","note":"Port closed","issue":"Delay","notificationId":"N1"}]"""));
        Add("notified", "conf.wang", "ConfirmationOfficer", "CommandAccepted", Command("RecordCommunication", Communication("C3", "Outbound", "N1")));
    }

    public string OrderId { get; }

    public Instant ConfirmedAt { get; }

    /// <summary>The records, in the order the order's process wrote them.</summary>
    public IReadOnlyList<AuditRecord> Records => [.. _steps.Select(s => s.Record)];

    public SupervisedOrder Without(string step)
    {
        var index = _steps.FindIndex(s => s.Step == step);
        Assert.True(index >= 0, step);
        _steps.RemoveAt(index);
        return this;
    }

    public SupervisedOrder With(string step, string payload)
    {
        var index = _steps.FindIndex(s => s.Step == step);
        Assert.True(index >= 0, step);
        var record = _steps[index].Record;
        _steps[index] = (step, new AuditRecord(record.At, record.Actor, record.Role, record.OrderId, record.Kind, payload));
        return this;
    }

    public SupervisedOrder WithRecord(string step, Func<AuditRecord, AuditRecord> change)
    {
        var index = _steps.FindIndex(s => s.Step == step);
        Assert.True(index >= 0, step);
        _steps[index] = (step, change(_steps[index].Record));
        return this;
    }

    /// <summary>Moves a step to the end (after every other).</summary>
    public SupervisedOrder Last(string step)
    {
        var index = _steps.FindIndex(s => s.Step == step);
        var moved = _steps[index];
        _steps.RemoveAt(index);
        _steps.Add(moved);
        return this;
    }

    /// <summary>Moves a step to the start (before every other).</summary>
    public SupervisedOrder First(string step)
    {
        var index = _steps.FindIndex(s => s.Step == step);
        var moved = _steps[index];
        _steps.RemoveAt(index);
        _steps.Insert(0, moved);
        return this;
    }

    public static string Command(string command, string details, string events = "[]") =>
        $$"""{"command":"{{command}}","from":"UnderReview","to":"UnderReview","revision":1,"details":{{details}},"events":{{events}}}""";

    public static string Communication(string id, string direction, params string[] answers) =>
        $$"""{"communicationId":"{{id}}","channel":"Phone","direction":"{{direction}}","counterpart":"Wang Fang","summary":"called","occurredAt":"2026-11-20T03:00:00Z","answers":[{{string.Join(",", answers.Select(a => $"\"{a}\""))}}]}""";

    /// <summary>Appends the records to a new in-memory log, in order, and returns its entries.</summary>
    public static IReadOnlyList<AuditEntry> Trail(IEnumerable<AuditRecord> records)
    {
        var log = new InMemoryAuditLog();
        foreach (var record in records)
        {
            log.Append(record);
        }

        return log.Entries;
    }
}
