using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Supervision;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Supervision;

/// <summary>
/// The supervision checklist (article 6.1) catches each kind of missing record: a trail that lacks it fails exactly
/// that check and passes the others. Trails are written by hand in the lifecycle's and the communications contract's
/// shapes (<see cref="SupervisedOrder"/>).
/// </summary>
public sealed class SupervisionChecklistTests
{
    private static readonly Instant ConfirmedAt = Instant.FromUtc(2026, 11, 20, 3, 40);
    private static readonly LifecyclePolicy Policy = new LifecycleScenario().Policy;

    private static SupervisedOrder Order() => new("SO-1001", ConfirmedAt);

    private static OrderChecklist Check(SupervisedOrder order, LifecyclePolicy? policy = null) =>
        SupervisionChecklist.For(SupervisionTrail.Of(SupervisedOrder.Trail(order.Records)), order.OrderId, policy ?? Policy);

    private static ChecklistResult FailsExactly(OrderChecklist checklist, ChecklistItem item)
    {
        Assert.Equal([item], checklist.Results.Where(r => !r.Passed).Select(r => r.Item));
        Assert.False(checklist.Passed);
        return checklist.Results.Single(r => r.Item == item);
    }

    [Fact]
    public void For_OrderThatFollowedTheProcess_PassesEveryCheckInOrder()
    {
        var checklist = Check(Order());

        Assert.True(checklist.Passed, string.Join("; ", checklist.Results.Where(r => !r.Passed).Select(r => r.Detail)));
        Assert.Equal(
            [ChecklistItem.TrailIntact, ChecklistItem.OrderSheetComplete, ChecklistItem.ClarificationsRecorded, ChecklistItem.ChangesAssessed, ChecklistItem.ConfirmedByHead, ChecklistItem.NotificationsAnswered],
            checklist.Results.Select(r => r.Item));
        Assert.Contains("head.chen", checklist.Results.Single(r => r.Item == ChecklistItem.ConfirmedByHead).Detail, StringComparison.Ordinal);
        Assert.Contains("2026-11-20T03:40:00Z", checklist.Results.Single(r => r.Item == ChecklistItem.ConfirmedByHead).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void TrailIntact_AnEntryOfTheOrderAltered_FailsThatCheckOnly()
    {
        var entries = SupervisedOrder.Trail(Order().Records).ToList();
        var index = entries.FindIndex(e => e.Kind == "ChangeRequest");
        entries[index] = entries[index] with { Payload = """{"changeId":"CR-7","requestedBy":"someone.else"}""" };

        var checklist = SupervisionChecklist.For(SupervisionTrail.Of(entries), "SO-1001", Policy);

        Assert.Contains($"entry {index + 1}", FailsExactly(checklist, ChecklistItem.TrailIntact).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void TrailIntact_BreakAfterTheOrdersEntriesInAStore_PassesForTheOrder()
    {
        var entries = SupervisedOrder.Trail([.. Order().Records, .. new SupervisedOrder("SO-1002", ConfirmedAt).Records]).ToList();
        entries[^1] = entries[^1] with { Actor = "forger" };

        var trail = SupervisionTrail.Of(entries);

        Assert.False(trail.Verification.IsIntact);
        Assert.True(SupervisionChecklist.For(trail, "SO-1001", Policy).Passed);
        FailsExactly(SupervisionChecklist.For(trail, "SO-1002", Policy), ChecklistItem.TrailIntact);
    }

    [Fact]
    public void TrailIntact_FileBrokenAfterTheOrdersEntries_FailsSinceWhatFollowsCannotBeRead()
    {
        var directory = Directory.CreateTempSubdirectory("oc-supervision-");
        try
        {
            var path = Path.Combine(directory.FullName, "trail.jsonl");
            using (var log = JsonLinesAuditLog.Open(path))
            {
                foreach (var record in Order().Records.Concat(new SupervisedOrder("SO-1002", ConfirmedAt).Records))
                {
                    log.Append(record);
                }
            }

            var lines = File.ReadAllLines(path);
            lines[^1] = lines[^1].Replace("\"summary\":\"called\"", "\"summary\":\"never called\"", StringComparison.Ordinal);
            File.WriteAllLines(path, lines);

            var checklist = SupervisionChecklist.For(SupervisionTrail.ReadFile(path), "SO-1001", Policy);

            Assert.Contains($"breaks at entry {lines.Length}", FailsExactly(checklist, ChecklistItem.TrailIntact).Detail, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void OrderSheetComplete_NoContactDetails_FailsThatCheckOnlyNamingThem()
    {
        var sheet = """{"orderId":"SO-1001","customerId":"C-001","customerName":"Acme Network Ltd","contact":{"person":null,"phone":null,"email":null},"address":{"street":"1 Zhongguancun St","city":"Beijing","postalCode":"100080","country":"CN"},"currency":"CNY","requestedDeliveryDate":"2026-12-15","deliveryAddress":null,"paymentTerms":"Net30","specialRequirements":"none","lines":[{"lineNo":1,"sku":"CLOUD-HOST-8C","description":"Cloud host, 8 vCPU","quantity":10,"unitPrice":1200,"requirements":[]}]}""";

        var checklist = Check(Order().Without("changeCommand").With("enter", SupervisedOrder.Command("Enter", sheet)));

        var detail = FailsExactly(checklist, ChecklistItem.OrderSheetComplete).Detail;
        Assert.Contains("a contact person", detail, StringComparison.Ordinal);
        Assert.Contains("a contact phone number or e-mail address", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("special requirements", detail, StringComparison.Ordinal); // "none" is recorded
    }

    [Fact]
    public void OrderSheetComplete_SpecialRequirementsNotRecorded_Fails()
    {
        var sheet = """{"orderId":"SO-1001","customerId":"C-001","customerName":"Acme Network Ltd","contact":{"person":"Wang Fang","phone":null,"email":"wf@acme.example"},"address":{"street":"1 Zhongguancun St","city":"Beijing","postalCode":null,"country":"CN"},"currency":"CNY","requestedDeliveryDate":"2026-12-15","deliveryAddress":null,"paymentTerms":"Net30","specialRequirements":null,"lines":[{"lineNo":1,"sku":"CLOUD-HOST-8C","description":"Cloud host, 8 vCPU","quantity":10,"unitPrice":1200,"requirements":[]}]}""";

        var checklist = Check(Order().Without("changeCommand").With("enter", SupervisedOrder.Command("Enter", sheet)));

        Assert.Equal("the order sheet lacks special requirements (record \"none\" when there are none)", FailsExactly(checklist, ChecklistItem.OrderSheetComplete).Detail);
    }

    [Fact]
    public void OrderSheetComplete_LineWithoutDescriptionQuantityOrPrice_NamesTheLine()
    {
        var sheet = """{"orderId":"SO-1001","customerName":"Acme Network Ltd","contact":{"person":"Wang Fang","phone":"+86 10 5555 0101","email":null},"address":{"street":"1 Zhongguancun St","city":"Beijing","postalCode":"100080","country":"CN"},"currency":"CNY","requestedDeliveryDate":null,"deliveryAddress":null,"paymentTerms":null,"specialRequirements":"none","lines":[{"lineNo":1,"sku":"CLOUD-HOST-8C","description":"Cloud host","quantity":10,"unitPrice":1200},{"lineNo":2,"sku":"FW-1","description":null,"quantity":0,"unitPrice":null}]}""";

        var checklist = Check(Order().Without("changeCommand").With("enter", SupervisedOrder.Command("Enter", sheet)));

        Assert.Equal("the order sheet lacks the delivery date, the payment terms, line 2's description, quantity, price", FailsExactly(checklist, ChecklistItem.OrderSheetComplete).Detail);
    }

    [Fact]
    public void OrderSheetComplete_NoSheetInTheTrail_Fails()
    {
        var checklist = Check(Order().Without("enter").Without("changeCommand"));

        FailsExactly(checklist, ChecklistItem.OrderSheetComplete);
    }

    [Fact]
    public void OrderSheetComplete_TheLatestSheetIsChecked_AChangeThatDropsADetailFails()
    {
        var changed = """{"orderId":"SO-1001","customerName":"Acme Network Ltd","contact":{"person":"Wang Fang","phone":"+86 10 5555 0101","email":null},"address":{"street":"1 Zhongguancun St","city":"Beijing","postalCode":"100080","country":"CN"},"currency":"CNY","requestedDeliveryDate":"2026-12-15","deliveryAddress":{"street":null,"city":"Beijing","postalCode":null,"country":"CN"},"paymentTerms":"Net30","specialRequirements":"none","lines":[{"lineNo":1,"sku":"CLOUD-HOST-8C","description":"Cloud host","quantity":10,"unitPrice":1200}]}""";

        var checklist = Check(Order().With("changeCommand", SupervisedOrder.Command("ApplyChange", $$"""{"changeId":"CR-7","feasible":true,"approvals":[],"order":{{changed}}}""")));

        Assert.Equal("the order sheet lacks a delivery address with street, city and country", FailsExactly(checklist, ChecklistItem.OrderSheetComplete).Detail);
    }

    [Fact]
    public void ClarificationsRecorded_ReplyWithoutItsCommunication_FailsThatCheckOnly()
    {
        var checklist = Check(Order().With("reply", SupervisedOrder.Command("RecordCustomerReply", """{"reply":"Yes.","orderCorrected":false}""")));

        Assert.Contains("customer reply", FailsExactly(checklist, ChecklistItem.ClarificationsRecorded).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ClarificationsRecorded_QuestionNamingACommunicationNotRecorded_FailsThatCheckOnly()
    {
        var checklist = Check(Order().Without("askedByPhone"));

        Assert.Contains("names communication C1", FailsExactly(checklist, ChecklistItem.ClarificationsRecorded).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ClarificationsRecorded_CommunicationOfAnotherOrder_DoesNotCount()
    {
        var other = new SupervisedOrder("SO-1002", ConfirmedAt).Records.Where(r => r.Payload.Contains("\"communicationId\":\"C1\",\"channel\"", StringComparison.Ordinal));
        var order = Order().Without("askedByPhone");

        var checklist = SupervisionChecklist.For(SupervisionTrail.Of(SupervisedOrder.Trail([.. other, .. order.Records])), "SO-1001", Policy);

        FailsExactly(checklist, ChecklistItem.ClarificationsRecorded);
    }

    [Fact]
    public void ChangesAssessed_ChangeRequestWithoutOutcome_FailsThatCheckOnly()
    {
        var checklist = Check(Order().Without("changeOutcome"));

        Assert.Equal("change request CR-7 (entry 9) has no assessment (ChangeOutcome) recorded", FailsExactly(checklist, ChecklistItem.ChangesAssessed).Detail);
    }

    [Fact]
    public void ChangesAssessed_OutcomeOfAnotherChange_DoesNotCount()
    {
        var checklist = Check(Order().With("changeOutcome", """{"changeId":"CR-8","feasible":true,"revision":2}"""));

        FailsExactly(checklist, ChecklistItem.ChangesAssessed);
    }

    [Fact]
    public void ConfirmedByHead_ConfirmationByARoleNotPermittedToConfirm_FailsThatCheckOnly()
    {
        var order = Order().With("confirmation", """{"orderId":"SO-1001","revision":1,"confirmedBy":"conf.wang","role":"ConfirmationOfficer","confirmedAt":"2026-11-20T03:40:00Z"}""");

        Assert.Contains("conf.wang as ConfirmationOfficer", FailsExactly(Check(order), ChecklistItem.ConfirmedByHead).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfirmedByHead_PolicyPermittingTheRole_Passes()
    {
        var order = Order().With("confirmation", """{"orderId":"SO-1001","revision":1,"confirmedBy":"conf.wang","role":"ConfirmationOfficer","confirmedAt":"2026-11-20T03:40:00Z"}""");
        var permissions = new Dictionary<LifecycleCommandKind, IReadOnlySet<Role>>(LifecyclePolicy.DefaultPermissions) { [LifecycleCommandKind.Confirm] = new HashSet<Role> { Role.ConfirmationOfficer } };

        Assert.True(Check(order, Policy with { Permissions = permissions }).Passed);
    }

    [Fact]
    public void ConfirmedByHead_NoConfirmationRecord_FailsThatCheckOnly()
    {
        var checklist = Check(Order().Without("confirmation"));

        Assert.Equal("the trail holds no confirmation record of the order", FailsExactly(checklist, ChecklistItem.ConfirmedByHead).Detail);
    }

    [Fact]
    public void ConfirmedByHead_ConfirmationWithoutItsTime_FailsThatCheckOnly()
    {
        var order = Order().With("confirmation", """{"orderId":"SO-1001","revision":1,"confirmedBy":"head.chen","role":"HeadOfOrderConfirmation"}""");

        Assert.Contains("no confirmation time", FailsExactly(Check(order), ChecklistItem.ConfirmedByHead).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void NotificationsAnswered_NotificationNeverAnswered_FailsThatCheckOnly()
    {
        var checklist = Check(Order().Without("notified"));

        Assert.Equal("customer notification N1 (raised at entry 12) is answered by no later outbound communication", FailsExactly(checklist, ChecklistItem.NotificationsAnswered).Detail);
    }

    [Fact]
    public void NotificationsAnswered_AnswerBeforeTheNotification_DoesNotCount()
    {
        FailsExactly(Check(Order().First("notified")), ChecklistItem.NotificationsAnswered);
    }

    [Fact]
    public void NotificationsAnswered_InboundCommunication_DoesNotAnswer()
    {
        var order = Order().With("notified", SupervisedOrder.Command("RecordCommunication", SupervisedOrder.Communication("C3", "Inbound", "N1")));

        FailsExactly(Check(order), ChecklistItem.NotificationsAnswered);
    }

    [Fact]
    public void NotificationsAnswered_NotificationWithoutId_FailsThatCheckOnly()
    {
        var order = Order().With("issue", SupervisedOrder.Command("ReportProgress", "{}", """[{"kind":"CustomerNotificationRequired","note":"Port closed","issue":"Delay"}]"""));

        Assert.Contains("has no notificationId", FailsExactly(Check(order), ChecklistItem.NotificationsAnswered).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void For_RefusedCommands_AreNotRecords()
    {
        // A refused reply names no communication, yet it is no clarification of the order's record.
        var order = Order().WithRecord("reply", r => new AuditRecord(r.At, r.Actor, r.Role, r.OrderId, "CommandRefused", """{"command":"RecordCustomerReply","details":{"reply":"Yes."}}"""));

        Assert.True(Check(order).Passed);
    }

    [Fact]
    public void For_NullArguments_NameTheParameter()
    {
        var trail = SupervisionTrail.Of([]);
        Assert.Equal("trail", Assert.Throws<ArgumentNullException>(() => SupervisionChecklist.For(null!, "SO-1001", Policy)).ParamName);
        Assert.Equal("orderId", Assert.Throws<ArgumentNullException>(() => SupervisionChecklist.For(trail, (string)null!, Policy)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => SupervisionChecklist.For(trail, "SO-1001", null!)).ParamName);
    }

    private static OrderChecklist CheckWithConfirmation(string confirmation, string? role = "HeadOfOrderConfirmation", LifecyclePolicy? policy = null) =>
        Check(Order().WithRecord("confirmation", r => new AuditRecord(r.At, r.Actor, role, r.OrderId, r.Kind, confirmation)), policy);

    [Fact]
    public void ChangesAssessed_NoChangeRequested_PassesSayingSo()
    {
        var result = Check(Order().Without("changeRequest").Without("changeCommand").Without("changeOutcome")).Results.Single(r => r.Item == ChecklistItem.ChangesAssessed);

        Assert.True(result.Passed);
        Assert.Equal("no change was requested", result.Detail);
    }

    [Fact]
    public void ChangesAssessed_TwoRequestsUnassessed_NamesEachSeparatedBySemicolons()
    {
        // The outcome of CR-7 (entry 11) becomes a second change request that names no change id.
        var order = Order().WithRecord("changeOutcome", r => new AuditRecord(r.At, r.Actor, r.Role, r.OrderId, "ChangeRequest", """{"requestedBy":"sales.li"}"""));

        Assert.Equal(
            "change request CR-7 (entry 9) has no assessment (ChangeOutcome) recorded; the change request of entry 11 has no changeId, so no assessment can be traced to it",
            FailsExactly(Check(order), ChecklistItem.ChangesAssessed).Detail);
    }

    [Fact]
    public void ClarificationsRecorded_RequestWithoutCommunicationAndReplyNamingAnUnknownOne_NamesBoth()
    {
        var order = Order()
            .With("clarification", SupervisedOrder.Command("RequestClarification", """{"question":"Can you do without IPv6?"}"""))
            .With("reply", SupervisedOrder.Command("RecordCustomerReply", """{"reply":"Yes.","orderCorrected":false,"communicationId":"C9"}"""));

        Assert.Equal(
            "the clarification request of entry 4 names no communication record; the customer reply of entry 6 names communication C9, which the order's trail does not hold as an accepted RecordCommunication",
            FailsExactly(Check(order), ChecklistItem.ClarificationsRecorded).Detail);
    }

    [Fact]
    public void ConfirmedByHead_ConfirmationRecordWithoutRole_TakesTheEntrysRole()
    {
        var checklist = CheckWithConfirmation("""{"orderId":"SO-1001","revision":1,"confirmedBy":"head.chen","confirmedAt":"2026-11-20T03:40:00Z"}""");

        Assert.True(checklist.Passed, string.Join("; ", checklist.Results.Where(r => !r.Passed).Select(r => r.Detail)));
    }

    [Fact]
    public void ConfirmedByHead_NoRoleAnywhere_SaysNoRole()
    {
        var checklist = CheckWithConfirmation("""{"orderId":"SO-1001","revision":1,"confirmedBy":"head.chen","confirmedAt":"2026-11-20T03:40:00Z"}""", role: null);

        Assert.Equal("the confirmation of entry 8 was made by head.chen as no role, a role the policy does not permit to confirm", FailsExactly(checklist, ChecklistItem.ConfirmedByHead).Detail);
    }

    [Fact]
    public void ConfirmedByHead_RoleNotARoleName_FailsEvenWhenThePolicyLetsSalesConfirm()
    {
        var permissions = new Dictionary<LifecycleCommandKind, IReadOnlySet<Role>>(LifecyclePolicy.DefaultPermissions) { [LifecycleCommandKind.Confirm] = new HashSet<Role> { Role.SalesRep } };

        var checklist = CheckWithConfirmation("""{"orderId":"SO-1001","revision":1,"confirmedBy":"head.chen","role":"Chief","confirmedAt":"2026-11-20T03:40:00Z"}""", policy: Policy with { Permissions = permissions });

        Assert.Equal("the confirmation of entry 8 was made by head.chen as Chief, a role the policy does not permit to confirm", FailsExactly(checklist, ChecklistItem.ConfirmedByHead).Detail);
    }

    [Fact]
    public void ConfirmedByHead_RoleInOtherCaseAndTimeUnreadable_NamesBothProblems()
    {
        // Role names are the vocabulary's exact names; a time that is no ISO instant is no confirmation time.
        var checklist = CheckWithConfirmation("""{"orderId":"SO-1001","revision":1,"confirmedBy":"head.chen","role":"headoforderconfirmation","confirmedAt":"20 November 2026"}""");

        Assert.Equal(
            "the confirmation of entry 8 was made by head.chen as headoforderconfirmation, a role the policy does not permit to confirm; the confirmation of entry 8 has no confirmation time",
            FailsExactly(checklist, ChecklistItem.ConfirmedByHead).Detail);
    }

    [Fact]
    public void ConfirmedByHead_ConfirmedTwice_NamesBothInOrder()
    {
        var order = Order();
        var again = new AuditRecord(Instant.FromUtc(2026, 11, 25, 3, 40), "head.zhao", "HeadOfOrderConfirmation", "SO-1001", "Confirmation",
            """{"orderId":"SO-1001","revision":2,"confirmedBy":"head.zhao","role":"HeadOfOrderConfirmation","confirmedAt":"2026-11-25T03:40:00Z"}""");

        var result = SupervisionChecklist.For(SupervisionTrail.Of(SupervisedOrder.Trail([.. order.Records, again])), "SO-1001", Policy).Results.Single(r => r.Item == ChecklistItem.ConfirmedByHead);

        Assert.True(result.Passed);
        Assert.Equal("confirmed by head.chen (HeadOfOrderConfirmation) at 2026-11-20T03:40:00Z, then by head.zhao (HeadOfOrderConfirmation) at 2026-11-25T03:40:00Z", result.Detail);
    }

    [Fact]
    public void NotificationsAnswered_TwoNotificationsUnanswered_NamesBoth()
    {
        var order = Order().Without("notified").With("issue", SupervisedOrder.Command("ReportProgress", """{"kind":"Issue","text":"Port closed","issue":"Delay","shipments":[]}""",
            """[{"kind":"CustomerNotificationRequired","note":"Port closed","issue":"Delay","notificationId":"N1"},{"kind":"CustomerNotificationRequired","note":"Short of stock","issue":"Shortage","notificationId":"N2"}]"""));

        Assert.Equal(
            "customer notification N1 (raised at entry 12) is answered by no later outbound communication; customer notification N2 (raised at entry 12) is answered by no later outbound communication",
            FailsExactly(Check(order), ChecklistItem.NotificationsAnswered).Detail);
    }

    [Fact]
    public void NotificationsAnswered_AnswerInTheEntryThatRaisesIt_IsNotLater()
    {
        // The lifecycle never writes this (recording a communication raises no notification), but the check reads the
        // trail as written: an entry cannot answer what it raises itself.
        var order = Order().With("notified", SupervisedOrder.Command("RecordCommunication", SupervisedOrder.Communication("C3", "Outbound", "N1", "N2"),
            """[{"kind":"CustomerNotificationRequired","note":"Port closed again","issue":"Delay","notificationId":"N2"}]"""));

        Assert.Equal("customer notification N2 (raised at entry 13) is answered by no later outbound communication", FailsExactly(Check(order), ChecklistItem.NotificationsAnswered).Detail);
    }

    [Fact]
    public void NotificationsAnswered_EventsNotAList_RaiseNothing()
    {
        var order = Order().With("issue", SupervisedOrder.Command("ReportProgress", """{"kind":"Issue","text":"Port closed","issue":"Delay","shipments":[]}""", "{}"));

        var result = Check(order).Results.Single(r => r.Item == ChecklistItem.NotificationsAnswered);

        Assert.True(result.Passed);
        Assert.Equal("no customer notification was raised", result.Detail);
    }

    [Fact]
    public void OrderSheetComplete_NoSheetInTheTrail_SaysSo()
    {
        var checklist = Check(Order().Without("enter").Without("changeCommand"));

        Assert.Equal("the trail holds no order sheet (no accepted Enter command) for the order", FailsExactly(checklist, ChecklistItem.OrderSheetComplete).Detail);
    }

    [Fact]
    public void OrderSheetComplete_NoNameNoCurrencyNoLines_NamesThem()
    {
        var sheet = """{"orderId":"SO-1001","customerName":" ","contact":{"person":"Wang Fang","phone":"+86 10 5555 0101","email":null},"address":{"street":"1 Zhongguancun St","city":"Beijing","postalCode":"100080","country":"CN"},"currency":null,"requestedDeliveryDate":"2026-12-15","deliveryAddress":null,"paymentTerms":"Net30","specialRequirements":"none","lines":[]}""";

        var checklist = Check(Order().Without("changeCommand").With("enter", SupervisedOrder.Command("Enter", sheet)));

        Assert.Equal("the order sheet lacks the customer's name, order lines, the currency of its prices", FailsExactly(checklist, ChecklistItem.OrderSheetComplete).Detail);
    }

    [Fact]
    public void OrderSheetComplete_LineWithoutProduct_NamesTheLine()
    {
        var sheet = """{"orderId":"SO-1001","customerName":"Acme Network Ltd","contact":{"person":"Wang Fang","phone":"+86 10 5555 0101","email":null},"address":{"street":"1 Zhongguancun St","city":"Beijing","postalCode":"100080","country":"CN"},"currency":"CNY","requestedDeliveryDate":"2026-12-15","deliveryAddress":null,"paymentTerms":"Net30","specialRequirements":"none","lines":[{"lineNo":1,"sku":null,"description":"Cloud host","quantity":10,"unitPrice":1200}]}""";

        var checklist = Check(Order().Without("changeCommand").With("enter", SupervisedOrder.Command("Enter", sheet)));

        Assert.Equal("the order sheet lacks line 1's product", FailsExactly(checklist, ChecklistItem.OrderSheetComplete).Detail);
    }

    [Fact]
    public void TrailIntact_BreakAfterTheOrdersEntries_SaysTheyComeBeforeIt()
    {
        var entries = SupervisedOrder.Trail([.. Order().Records, .. new SupervisedOrder("SO-1002", ConfirmedAt).Records]).ToList();
        entries[^1] = entries[^1] with { Actor = "forger" };

        var result = SupervisionChecklist.For(SupervisionTrail.Of(entries), "SO-1001", Policy).Results.Single(r => r.Item == ChecklistItem.TrailIntact);

        Assert.True(result.Passed);
        Assert.Equal("the order's 13 entries all come before the trail's first bad entry 26 and verify", result.Detail);
    }
}
