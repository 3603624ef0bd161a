using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;
using static OrderConfirmation.Tests.Lifecycle.HandMadeDecisions;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>
/// What the audit trail holds for the supervision group (article 6.1) and for tracing a confirmation (article 4.2:
/// "the time and person of each confirmation are recorded"), written out by hand for one example of each entry:
/// commands with their data, the decisions relied on, confirmation records, change requests and outcomes, reports.
/// Decisions are hand-made so that their rule-set version and evaluation time are fixed.
/// </summary>
public sealed class AuditPayloadTests
{
    private const string ReadyDecisionJson =
        """{"decision":{"orderId":"SO-1001","outcome":"ReadyToConfirm","stagesRun":["PreliminaryReview","CreditAssessment","TechnicalFeasibility","SupplyCapability"],"findings":[],"ruleSetVersion":"sha256:hand-made","evaluatedAt":"2026-11-27T01:00:00Z"}}""";

    private const string ReviewSummaryJson = "\"reviewOutcome\":\"ReadyToConfirm\",\"ruleSetVersion\":\"sha256:hand-made\",\"reviewEvaluatedAt\":\"2026-11-27T01:00:00Z\",\"reviewOrderDigest\":null";

    private readonly InMemoryAuditLog _log = new();
    private readonly OrderLifecycle _lifecycle;

    public AuditPayloadTests() =>
        _lifecycle = new OrderLifecycle(new OrderStateMachine(new LifecycleScenario().Policy), _log, new FakeClock(LifecycleScenario.Friday10));

    private OrderState Run(OrderState? state, LifecycleCommand command, Actor actor)
    {
        var result = _lifecycle.Execute(state, command, actor);
        Assert.True(result.IsAccepted, result.Refusal?.Message);
        return result.State!;
    }

    private OrderState Draft() => Run(null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);

    private OrderState UnderReview(ReviewDecision decision) =>
        Run(Run(Draft(), new SubmitOrder(Decision()), LifecycleScenario.Sales), new StartReview(decision), LifecycleScenario.Officer);

    private OrderState Confirmed() => Run(UnderReview(Decision()), new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);

    private OrderState InExecution() => Run(Confirmed(), new StartExecution(), LifecycleScenario.Executor);

    private string Last(string kind) => _log.Entries.Last(e => e.Kind == kind).Payload;

    /// <summary>
    /// The whole order sheet as entered, contact details, addresses, descriptions and special requirements included:
    /// supervision audits the order sheets for completeness (article 6.1); need-to-know (article 5) is enforced when the
    /// sheet is read (<see cref="OrderSheets.Read"/>).
    /// </summary>
    [Fact]
    public void Enter_Accepted_RecordsTheWholeOrderSheet()
    {
        Draft();

        Assert.Equal(
            """{"command":"Enter","from":null,"to":"Draft","revision":1,"details":{"orderId":"SO-1001","receivedAt":"2026-11-20T01:15:00Z","enteredBy":"sales.li","customerId":"C-001","customerName":"Acme Network Ltd","contact":{"person":"Wang Fang","phone":"+86 10 5555 0101","email":"wf@acme.example"},"address":{"street":"1 Zhongguancun St","city":"Beijing","postalCode":"100080","country":"CN"},"currency":"CNY","total":12000,"requestedDeliveryDate":"2026-12-15","deliveryAddress":null,"paymentTerms":"Net30","specialRequirements":"Install before 09:00","lines":[{"lineNo":1,"sku":"CLOUD-HOST-8C","description":"Cloud host, 8 vCPU","quantity":10,"unitPrice":1200,"requirements":["IPV6"]}]},"events":[{"kind":"OrderEntered","note":null}]}""",
            Last(nameof(AuditEntryKind.CommandAccepted)));
    }

    [Fact]
    public void EditDraft_OrderWithoutDateTermsOrPrices_RecordsThemAsNull()
    {
        var incomplete = LifecycleScenario.Order with
        {
            RequestedDeliveryDate = null,
            PaymentTerms = null,
            Lines = [LifecycleScenario.Order.Lines[0] with { Quantity = null, UnitPrice = null }],
        };

        Run(Draft(), new EditDraft(incomplete), LifecycleScenario.Sales);

        Assert.Equal(
            """{"command":"EditDraft","from":"Draft","to":"Draft","revision":1,"details":{"orderId":"SO-1001","receivedAt":"2026-11-20T01:15:00Z","enteredBy":"sales.li","customerId":"C-001","customerName":"Acme Network Ltd","contact":{"person":"Wang Fang","phone":"+86 10 5555 0101","email":"wf@acme.example"},"address":{"street":"1 Zhongguancun St","city":"Beijing","postalCode":"100080","country":"CN"},"currency":"CNY","total":0,"requestedDeliveryDate":null,"deliveryAddress":null,"paymentTerms":null,"specialRequirements":"Install before 09:00","lines":[{"lineNo":1,"sku":"CLOUD-HOST-8C","description":"Cloud host, 8 vCPU","quantity":null,"unitPrice":null,"requirements":["IPV6"]}]},"events":[{"kind":"DraftEdited","note":null}]}""",
            Last(nameof(AuditEntryKind.CommandAccepted)));
    }

    [Fact]
    public void Submit_Accepted_RecordsTheDecisionThenTheCommandWithItsSummary()
    {
        Run(Draft(), new SubmitOrder(Decision()), LifecycleScenario.Sales);

        Assert.Equal(
            [ReadyDecisionJson, $$"""{"command":"Submit","from":"Draft","to":"Submitted","revision":1,"details":{{{ReviewSummaryJson}}},"events":[{"kind":"OrderSubmitted","note":null}]}"""],
            _log.Entries.Skip(1).Select(e => e.Payload));
    }

    [Fact]
    public void Refused_RecordsReasonAndMessageAndNoNewStatus()
    {
        var draft = Draft();

        _lifecycle.Execute(draft, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Auditor);

        Assert.Equal(
            """{"command":"Confirm","from":"Draft","reason":"RoleNotPermitted","message":"audit.sun acts as Auditor, who may not Confirm order SO-1001; only HeadOfOrderConfirmation may.","details":{"promisedDeliveryDate":"2026-12-15"},"events":[]}""",
            Last(nameof(AuditEntryKind.CommandRefused)));
    }

    [Fact]
    public void Confirm_Accepted_RecordsWhoInWhichRoleWhenOnWhichDecisionAndThePromise()
    {
        Confirmed();

        Assert.Equal(
            """{"orderId":"SO-1001","revision":1,"confirmedBy":"head.chen","role":"HeadOfOrderConfirmation","confirmedAt":"2026-11-27T02:00:00Z","ruleSetVersion":"sha256:hand-made","decisionOutcome":"ReadyToConfirm","decisionEvaluatedAt":"2026-11-27T01:00:00Z","holdReleasedBy":null,"promisedDeliveryDate":"2026-12-15"}""",
            Last(nameof(AuditEntryKind.Confirmation)));
    }

    [Fact]
    public void Confirm_AfterFinanceRelease_RecordsWhoReleased()
    {
        var held = Run(UnderReview(Decision(CreditHold())), new PlaceHold("credit check"), LifecycleScenario.Finance);
        var released = Run(held, new ReleaseHold("prepayment received"), LifecycleScenario.Finance);

        Run(released, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);

        Assert.Contains(""","decisionOutcome":"OnHold",""", Last(nameof(AuditEntryKind.Confirmation)), StringComparison.Ordinal);
        Assert.Contains(""","holdReleasedBy":"fin.zhao",""", Last(nameof(AuditEntryKind.Confirmation)), StringComparison.Ordinal);
    }

    [Fact]
    public void Confirm_Accepted_CommandRecordsThePromiseAndItsEvent()
    {
        Confirmed();

        Assert.Equal(
            """{"command":"Confirm","from":"UnderReview","to":"Confirmed","revision":1,"details":{"promisedDeliveryDate":"2026-12-15"},"events":[{"kind":"OrderConfirmed","note":"delivery promised for 2026-12-15"}]}""",
            Last(nameof(AuditEntryKind.CommandAccepted)));
    }

    [Fact]
    public void HoldAndRelease_RecordTheReasonAndTheNote()
    {
        var held = Run(UnderReview(Decision(CreditHold())), new PlaceHold("credit check"), LifecycleScenario.Finance);
        var hold = Last(nameof(AuditEntryKind.CommandAccepted));
        Run(held, new ReleaseHold("prepayment received"), LifecycleScenario.Finance);

        Assert.Equal(
            [
                """{"command":"PlaceHold","from":"UnderReview","to":"OnHold","revision":1,"details":{"reason":"credit check"},"events":[{"kind":"HoldPlaced","note":"credit check"}]}""",
                """{"command":"ReleaseHold","from":"OnHold","to":"UnderReview","revision":1,"details":{"note":"prepayment received"},"events":[{"kind":"HoldReleased","note":"prepayment received"}]}""",
            ],
            [hold, Last(nameof(AuditEntryKind.CommandAccepted))]);
    }

    [Fact]
    public void ClarificationAndReply_RecordTheQuestionTheReplyAndTheCorrectedSheet()
    {
        var asked = Run(UnderReview(Decision()), new RequestClarification("Can you do without IPv6?"), LifecycleScenario.Officer);
        var question = Last(nameof(AuditEntryKind.CommandAccepted));
        Run(asked, new RecordCustomerReply("Yes.", Decision(), LifecycleScenario.Order with { SpecialRequirements = "No IPv6" }), LifecycleScenario.Sales);

        Assert.Equal(
            [
                """{"command":"RequestClarification","from":"UnderReview","to":"AwaitingCustomer","revision":1,"details":{"question":"Can you do without IPv6?"},"events":[{"kind":"ClarificationRequested","note":"reply due by 2026-12-02T10:00:00Z: Can you do without IPv6?"}]}""",
                $$$"""{"command":"RecordCustomerReply","from":"AwaitingCustomer","to":"UnderReview","revision":1,"details":{"reply":"Yes.","orderCorrected":true,{{{ReviewSummaryJson}}},"order":{"orderId":"SO-1001","receivedAt":"2026-11-20T01:15:00Z","enteredBy":"sales.li","customerId":"C-001","customerName":"Acme Network Ltd","contact":{"person":"Wang Fang","phone":"+86 10 5555 0101","email":"wf@acme.example"},"address":{"street":"1 Zhongguancun St","city":"Beijing","postalCode":"100080","country":"CN"},"currency":"CNY","total":12000,"requestedDeliveryDate":"2026-12-15","deliveryAddress":null,"paymentTerms":"Net30","specialRequirements":"No IPv6","lines":[{"lineNo":1,"sku":"CLOUD-HOST-8C","description":"Cloud host, 8 vCPU","quantity":10,"unitPrice":1200,"requirements":["IPV6"]}]}},"events":[{"kind":"CustomerReplied","note":"Yes."}]}""",
            ],
            [question, Last(nameof(AuditEntryKind.CommandAccepted))]);
    }

    [Fact]
    public void Reply_WithoutCorrection_RecordsTheOrderAsNotCorrected()
    {
        var asked = Run(UnderReview(Decision()), new RequestClarification("Can you do without IPv6?"), LifecycleScenario.Officer);

        Run(asked, new RecordCustomerReply("Yes.", Decision()), LifecycleScenario.Sales);

        Assert.Contains(",\"orderCorrected\":false,", Last(nameof(AuditEntryKind.CommandAccepted)), StringComparison.Ordinal);
    }

    [Fact]
    public void CancelAndReject_RecordTheReason()
    {
        Run(Draft(), new CancelOrder("customer withdrew"), LifecycleScenario.Sales);
        var cancel = Last(nameof(AuditEntryKind.CommandAccepted));
        Run(UnderReview(Decision()), new RejectOrder("blocked customer"), LifecycleScenario.Officer);

        Assert.Equal(
            [
                """{"command":"Cancel","from":"Draft","to":"Cancelled","revision":1,"details":{"reason":"customer withdrew"},"events":[{"kind":"OrderCancelled","note":"customer withdrew"}]}""",
                """{"command":"Reject","from":"UnderReview","to":"Rejected","revision":1,"details":{"reason":"blocked customer"},"events":[{"kind":"OrderRejected","note":"blocked customer"}]}""",
            ],
            [cancel, Last(nameof(AuditEntryKind.CommandAccepted))]);
    }

    [Fact]
    public void StartExecution_RecordsNoDetails()
    {
        InExecution();

        Assert.Equal(
            """{"command":"StartExecution","from":"Confirmed","to":"InExecution","revision":1,"details":{},"events":[{"kind":"ExecutionStarted","note":null}]}""",
            Last(nameof(AuditEntryKind.CommandAccepted)));
    }

    [Fact]
    public void Complete_RecordsNoDetails()
    {
        var shipped = Run(InExecution(), new ReportProgress(ProgressReport.Shipped([new LineShipment(1, 10m)])), LifecycleScenario.Executor);
        var delivered = Run(shipped, new ReportProgress(ProgressReport.Delivered()), LifecycleScenario.Executor);

        Run(delivered, new CompleteOrder(), LifecycleScenario.Executor);

        Assert.Equal(
            """{"command":"Complete","from":"InExecution","to":"Completed","revision":1,"details":{},"events":[{"kind":"OrderCompleted","note":null}]}""",
            Last(nameof(AuditEntryKind.CommandAccepted)));
    }

    [Fact]
    public void ReportProgress_Shipment_RecordsTheReportAsCommandDetailsAndAsExecutionReport()
    {
        Run(InExecution(), new ReportProgress(ProgressReport.Shipped([new LineShipment(1, 4m)])), LifecycleScenario.Executor);

        Assert.Equal(
            [
                """{"command":"ReportProgress","from":"InExecution","to":"InExecution","revision":1,"details":{"kind":"Shipment","text":null,"issue":null,"shipments":[{"lineNo":1,"quantity":4}]},"events":[{"kind":"ProgressReported","note":"Shipment: "}]}""",
                """{"kind":"Shipment","text":null,"issue":null,"shipments":[{"lineNo":1,"quantity":4}]}""",
            ],
            _log.Entries.TakeLast(2).Select(e => e.Payload));
    }

    [Fact]
    public void ReportProgress_Issue_RecordsTheIssueOnTheNotificationEvent()
    {
        Run(InExecution(), new ReportProgress(ProgressReport.IssueRaised(ExecutionIssueKind.Delay, "Port closed")), LifecycleScenario.Executor);

        Assert.Equal(
            """{"command":"ReportProgress","from":"InExecution","to":"InExecution","revision":1,"details":{"kind":"Issue","text":"Port closed","issue":"Delay","shipments":[]},"events":[{"kind":"ProgressReported","note":"Issue: Port closed"},{"kind":"CustomerNotificationRequired","note":"Port closed","issue":"Delay","notificationId":"N1"}]}""",
            Last(nameof(AuditEntryKind.CommandAccepted)));
    }

    [Fact]
    public void ApplyChange_Accepted_RecordsRequestCommandWithApprovalsAndNewSheetAndOutcome()
    {
        var change = new ChangeScenario().Evaluate(ChangeScenario.Change(LineChange.Modify(1, unitPrice: 1100m)));

        Run(Confirmed(), new ApplyChange(change, [new ChangeApproval(Department.Finance, "fin.zhao")]), LifecycleScenario.Officer);

        var payloads = _log.Entries.Where(e => e.Kind != nameof(AuditEntryKind.ReviewDecision)).TakeLast(3).Select(e => e.Payload);
        Assert.Equal(
            [
                """{"changeId":"CR-7","requestedAt":"2026-11-25T03:00:00Z","requestedBy":"sales.li","reason":"customer asked","againstRevision":1,"changedFields":["lines[1].unitPrice"]}""",
                """{"command":"ApplyChange","from":"Confirmed","to":"Confirmed","revision":2,"details":{"changeId":"CR-7","feasible":true,"approvals":[{"department":"Finance","approvedBy":"fin.zhao"}],"order":{"orderId":"SO-1001","receivedAt":"2026-11-20T01:15:00Z","enteredBy":"sales.li","customerId":"C-001","customerName":"Acme Network Ltd","contact":{"person":"Wang Fang","phone":"+86 10 5555 0101","email":"wf@acme.example"},"address":{"street":"1 Zhongguancun St","city":"Beijing","postalCode":"100080","country":"CN"},"currency":"CNY","total":12500,"requestedDeliveryDate":"2026-12-15","deliveryAddress":null,"paymentTerms":"Net30","specialRequirements":"Install before 09:00","lines":[{"lineNo":1,"sku":"CLOUD-HOST-8C","description":"Cloud host, 8 vCPU","quantity":10,"unitPrice":1100,"requirements":["IPV6"]},{"lineNo":2,"sku":"BACKUP-1TB","description":"Backup storage, 1 TB","quantity":5,"unitPrice":300,"requirements":[]}]}},"events":[{"kind":"ChangeApplied","note":"CR-7 as revision 2: lines[1].unitPrice; notify Finance"}]}""",
                """{"changeId":"CR-7","eligible":true,"feasible":true,"revision":2,"reasons":[],"requiredApprovals":["Finance"],"notify":["Finance"]}""",
            ],
            payloads);
    }

    [Fact]
    public void ApplyChange_Infeasible_OutcomeRecordsEveryReasonAndThatSalesIsTold()
    {
        var infeasible = new ChangeScenario().Evaluate(ChangeScenario.Change(LineChange.Modify(1, quantity: 80m)));

        _lifecycle.Execute(Confirmed(), new ApplyChange(infeasible), LifecycleScenario.Officer);

        using var outcome = System.Text.Json.JsonDocument.Parse(Last(nameof(AuditEntryKind.ChangeOutcome)));
        Assert.Equal(infeasible.Reasons.Select(r => r.Message), outcome.RootElement.GetProperty("reasons").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("Sales", outcome.RootElement.GetProperty("notify").EnumerateArray().Select(e => e.GetString()));
    }
}
