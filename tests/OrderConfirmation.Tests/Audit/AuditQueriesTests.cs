using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle;

namespace OrderConfirmation.Tests.Audit;

public sealed class AuditQueriesTests
{
    [Fact]
    public void ByOrder_ReturnsThatOrdersEntriesInLogOrder()
    {
        var log = Log(AuditRecords.Report(1, "SO-1"), AuditRecords.Report(2, "SO-2"), AuditRecords.Report(3, "SO-1"), AuditRecords.Report(4, "so-1"));

        var found = AuditQueries.ByOrder(log.Entries, "SO-1");

        Assert.Equal([1L, 3L], found.Select(e => e.Sequence));
    }

    [Fact]
    public void ByActor_ReturnsThatActorsEntries()
    {
        var log = Log(AuditRecords.Report(1, actor: "wang.fang"), AuditRecords.Report(2, actor: "li.lei"), AuditRecords.Report(3, actor: "wang.fang"));

        var found = AuditQueries.ByActor(log.Entries, "wang.fang");

        Assert.Equal([1L, 3L], found.Select(e => e.Sequence));
    }

    [Fact]
    public void InPeriod_IncludesTheStartAndExcludesTheEnd()
    {
        var log = Log(AuditRecords.Report(0), AuditRecords.Report(1), AuditRecords.Report(2), AuditRecords.Report(3));
        var period = new Interval(AuditRecords.Start + Duration.FromMinutes(1), AuditRecords.Start + Duration.FromMinutes(3));

        var found = AuditQueries.InPeriod(log.Entries, period);

        Assert.Equal([2L, 3L], found.Select(e => e.Sequence));
    }

    [Fact]
    public void InPeriod_WithoutAnEnd_IncludesEverythingFromTheStart()
    {
        var log = Log(AuditRecords.Report(0), AuditRecords.Report(1), AuditRecords.Report(2));

        var found = AuditQueries.InPeriod(log.Entries, new Interval(AuditRecords.Start + Duration.FromMinutes(1), null));

        Assert.Equal([2L, 3L], found.Select(e => e.Sequence));
    }

    [Fact]
    public void ByActor_ComparesExactly()
    {
        var log = Log(AuditRecords.Report(1, actor: "wang.fang"), AuditRecords.Report(2, actor: "Wang.Fang"), AuditRecords.Report(3, actor: "wang.fang "));

        var found = AuditQueries.ByActor(log.Entries, "wang.fang");

        Assert.Equal([1L], found.Select(e => e.Sequence));
    }

    [Fact]
    public void ByOrder_EntriesAboutNoOrder_AreNotAnyOrders()
    {
        var log = Log(AuditRecords.Report(1, "SO-1"), new AuditRecord(AuditRecords.Start, "scheduler", null, null, "ExecutionReport", "{}"));

        Assert.Equal([1L], AuditQueries.ByOrder(log.Entries, "SO-1").Select(e => e.Sequence));
    }

    [Fact]
    public void InPeriod_WithoutAStart_IncludesEverythingBeforeTheEnd()
    {
        var log = Log(AuditRecords.Report(0), AuditRecords.Report(1), AuditRecords.Report(2));

        var found = AuditQueries.InPeriod(log.Entries, new Interval(null, AuditRecords.Start + Duration.FromMinutes(1)));

        Assert.Equal([1L], found.Select(e => e.Sequence));
    }

    [Fact]
    public void CheckCompleteness_ConfirmedWithDecisionAndConfirmationRecord_HasNoGaps()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", "ReviewDecision"),
            AuditRecords.Command(2, "SO-1", "Confirm"),
            AuditRecords.Entry(2, "SO-1", "Confirmation"));

        Assert.Empty(AuditCompleteness.Check(log.Entries));
    }

    [Fact]
    public void CheckCompleteness_ConfirmedWithoutReviewDecision_ReportsIt()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-2", "ReviewDecision"),
            AuditRecords.Command(2, "SO-1", "Confirm"),
            AuditRecords.Entry(2, "SO-1", "Confirmation"));

        var gap = Assert.Single(AuditCompleteness.Check(log.Entries));

        Assert.Equal(("SO-1", 2L, AuditGapKind.MissingReviewDecision), (gap.OrderId, gap.Sequence, gap.Kind));
        Assert.Contains("Order SO-1 was confirmed (entry 2) with no review decision", gap.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckCompleteness_ReviewDecisionOnlyAfterTheConfirm_ReportsItMissing()
    {
        var log = Log(
            AuditRecords.Command(1, "SO-1", "Confirm"),
            AuditRecords.Entry(2, "SO-1", "ReviewDecision"),
            AuditRecords.Entry(2, "SO-1", "Confirmation"));

        Assert.Equal([AuditGapKind.MissingReviewDecision], AuditCompleteness.Check(log.Entries).Select(g => g.Kind));
    }

    [Fact]
    public void CheckCompleteness_ConfirmedWithoutConfirmationRecord_ReportsIt()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", "ReviewDecision"),
            AuditRecords.Command(2, "SO-1", "Confirm"));

        var gap = Assert.Single(AuditCompleteness.Check(log.Entries));

        Assert.Equal(("SO-1", 2L, AuditGapKind.MissingConfirmation), (gap.OrderId, gap.Sequence, gap.Kind));
        Assert.Equal("Order SO-1 was confirmed (entry 2) but the log has no confirmation record for it.", gap.Problem);
    }

    [Fact]
    public void CheckCompleteness_ConfirmationRecordBeforeTheConfirm_Counts()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", "ReviewDecision"),
            AuditRecords.Entry(2, "SO-1", "Confirmation"),
            AuditRecords.Command(2, "SO-1", "Confirm"));

        Assert.Empty(AuditCompleteness.Check(log.Entries));
    }

    [Fact]
    public void CheckCompleteness_ConfirmationRecordOfAnotherOrder_DoesNotCount()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", "ReviewDecision"),
            AuditRecords.Command(2, "SO-1", "Confirm"),
            AuditRecords.Entry(2, "SO-2", "Confirmation"));

        Assert.Equal([AuditGapKind.MissingConfirmation], AuditCompleteness.Check(log.Entries).Select(g => g.Kind));
    }

    [Fact]
    public void CheckCompleteness_ConfirmationRecordWithoutOrderId_CountsForNoOrder()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", "ReviewDecision"),
            AuditRecords.Command(2, "SO-1", "Confirm"),
            new AuditRecord(AuditRecords.Start, "head.chen", null, null, "Confirmation", "{}"));

        var gap = Assert.Single(AuditCompleteness.Check(log.Entries));

        Assert.Equal(("SO-1", AuditGapKind.MissingConfirmation), (gap.OrderId, gap.Kind));
    }

    [Fact]
    public void CheckCompleteness_ConfirmedWithoutReviewOrRecord_ReportsBothInThatOrder()
    {
        var log = Log(AuditRecords.Command(1, "SO-1", "Confirm"));

        var gaps = AuditCompleteness.Check(log.Entries);

        Assert.Equal([("SO-1", 1L, AuditGapKind.MissingReviewDecision), ("SO-1", 1L, AuditGapKind.MissingConfirmation)], gaps.Select(g => (g.OrderId, g.Sequence, g.Kind)));
    }

    [Fact]
    public void CheckCompleteness_GapsOfSeveralEntries_ComeInLogOrder()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-2", "ChangeOutcome", """{"changeId":"CR-1","revision":2}"""),
            AuditRecords.Entry(2, "SO-1", "ReviewDecision"),
            AuditRecords.Command(3, "SO-1", "Confirm"),
            AuditRecords.Entry(4, "SO-3", "ChangeOutcome", """{"changeId":"CR-1","revision":2}"""));

        Assert.Equal([1L, 3L, 4L], AuditCompleteness.Check(log.Entries).Select(g => g.Sequence));
    }

    [Fact]
    public void CheckCompleteness_ReviewDecisionWithoutOrderId_CountsForNoOrder()
    {
        var log = Log(
            new AuditRecord(AuditRecords.Start, "li.lei", null, null, "ReviewDecision", "{}"),
            AuditRecords.Command(2, "SO-1", "Confirm"),
            AuditRecords.Entry(2, "SO-1", "Confirmation"));

        Assert.Equal([AuditGapKind.MissingReviewDecision], AuditCompleteness.Check(log.Entries).Select(g => g.Kind));
    }

    [Fact]
    public void CheckCompleteness_ConfirmedTwiceWithOneConfirmationRecord_ReportsTheSecond()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", "ReviewDecision"),
            AuditRecords.Command(2, "SO-1", "Confirm"),
            AuditRecords.Entry(2, "SO-1", "Confirmation"),
            AuditRecords.Command(3, "SO-1", "Confirm"));

        var gap = Assert.Single(AuditCompleteness.Check(log.Entries));

        Assert.Equal((4L, AuditGapKind.MissingConfirmation), (gap.Sequence, gap.Kind));
        Assert.Equal("Order SO-1 was confirmed (entry 4) but the log has no confirmation record for it (confirmation 2).", gap.Problem);
    }

    [Fact]
    public void CheckCompleteness_ConfirmedTwiceWithTwoConfirmationRecords_HasNoGaps()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", "ReviewDecision"),
            AuditRecords.Command(2, "SO-1", "Confirm"),
            AuditRecords.Entry(2, "SO-1", "Confirmation"),
            AuditRecords.Command(3, "SO-1", "Confirm"),
            AuditRecords.Entry(3, "SO-1", "Confirmation"));

        Assert.Empty(AuditCompleteness.Check(log.Entries));
    }

    [Fact]
    public void CheckCompleteness_TwoOrdersConfirmedOnce_CountRecordsPerOrder()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", "ReviewDecision"),
            AuditRecords.Entry(1, "SO-2", "ReviewDecision"),
            AuditRecords.Command(2, "SO-1", "Confirm"),
            AuditRecords.Entry(2, "SO-1", "Confirmation"),
            AuditRecords.Command(3, "SO-2", "Confirm"),
            AuditRecords.Entry(3, "SO-2", "Confirmation"));

        Assert.Empty(AuditCompleteness.Check(log.Entries));
    }

    [Fact]
    public void CheckCompleteness_OtherCommandsAndRefusedConfirm_NeedNothing()
    {
        var refused = new AuditRecord(AuditRecords.Start, "sales.li", null, "SO-1", "CommandRefused", """{"command":"Confirm","reason":"WrongRole"}""");
        var log = Log(AuditRecords.Command(1, "SO-1", "Submit"), refused, AuditRecords.Command(2, "SO-1", "Reject"));

        Assert.Empty(AuditCompleteness.Check(log.Entries));
    }

    [Fact]
    public void CheckCompleteness_ConfirmWithoutOrderId_ReportsAMissingReference()
    {
        var log = Log(AuditRecords.Command(1, null, "Confirm"));

        var gap = Assert.Single(AuditCompleteness.Check(log.Entries));

        Assert.Equal((string.Empty, 1L, AuditGapKind.MissingReference), (gap.OrderId, gap.Sequence, gap.Kind));
        Assert.Equal("Entry 1 records an accepted Confirm command without an order id.", gap.Problem);
    }

    [Theory]
    [InlineData("""{"command":"confirm"}""")]
    [InlineData("""{"command":"Confirm "}""")]
    [InlineData("""{"command":null}""")]
    [InlineData("""{"command":["Confirm"]}""")]
    [InlineData("""{"action":"Confirm"}""")]
    public void CheckCompleteness_AcceptedCommandThatIsNotExactlyConfirm_NeedsNothing(string payload)
    {
        var log = Log(new AuditRecord(AuditRecords.Start, "head.chen", null, "SO-1", "CommandAccepted", payload));

        Assert.Empty(AuditCompleteness.Check(log.Entries));
    }

    [Theory]
    [InlineData("[\"Confirm\"]")]
    [InlineData("\"Confirm\"")]
    [InlineData("not json")]
    public void CheckCompleteness_EntryWhosePayloadIsNotAnObject_ReadsNothingFromIt(string payload)
    {
        AuditEntry[] entries = [new(1, AuditRecords.Start, "head.chen", null, "SO-1", "CommandAccepted", payload, new string('0', 64), new string('0', 64))];

        Assert.Empty(AuditCompleteness.Check(entries));
    }

    [Fact]
    public void CheckCompleteness_RevisionWithItsChangeRequestBefore_HasNoGaps()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", "ChangeRequest", """{"changeId":"CR-1"}"""),
            AuditRecords.Entry(2, "SO-1", "ChangeOutcome", """{"changeId":"CR-1","feasible":true,"revision":2}"""));

        Assert.Empty(AuditCompleteness.Check(log.Entries));
    }

    [Fact]
    public void CheckCompleteness_RevisionWithoutChangeRequest_ReportsIt()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", "ChangeRequest", """{"changeId":"CR-1"}"""),
            AuditRecords.Entry(2, "SO-1", "ChangeOutcome", """{"changeId":"CR-2","feasible":true,"revision":2}"""));

        var gap = Assert.Single(AuditCompleteness.Check(log.Entries));

        Assert.Equal(("SO-1", 2L, AuditGapKind.MissingChangeRequest), (gap.OrderId, gap.Sequence, gap.Kind));
        Assert.Contains("change CR-2", gap.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckCompleteness_ChangeRequestForAnotherOrder_DoesNotCount()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-2", "ChangeRequest", """{"changeId":"CR-1"}"""),
            AuditRecords.Entry(2, "SO-1", "ChangeOutcome", """{"changeId":"CR-1","feasible":true,"revision":2}"""));

        Assert.Equal([AuditGapKind.MissingChangeRequest], AuditCompleteness.Check(log.Entries).Select(g => g.Kind));
    }

    [Fact]
    public void CheckCompleteness_ChangeRequestOnlyAfterTheRevision_ReportsItMissing()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", "ChangeOutcome", """{"changeId":"CR-1","feasible":true,"revision":2}"""),
            AuditRecords.Entry(2, "SO-1", "ChangeRequest", """{"changeId":"CR-1"}"""));

        Assert.Equal([AuditGapKind.MissingChangeRequest], AuditCompleteness.Check(log.Entries).Select(g => g.Kind));
    }

    [Fact]
    public void CheckCompleteness_ChangeNotApplied_NeedsNothing()
    {
        var log = Log(AuditRecords.Entry(1, "SO-1", "ChangeOutcome", """{"changeId":"CR-9","feasible":false,"revision":null}"""));

        Assert.Empty(AuditCompleteness.Check(log.Entries));
    }

    [Fact]
    public void CheckCompleteness_RevisionWithoutChangeId_ReportsAMissingReference()
    {
        var log = Log(AuditRecords.Entry(1, "SO-1", "ChangeOutcome", """{"feasible":true,"revision":3}"""));

        var gap = Assert.Single(AuditCompleteness.Check(log.Entries));

        Assert.Equal(("SO-1", 1L, AuditGapKind.MissingReference), (gap.OrderId, gap.Sequence, gap.Kind));
        Assert.Equal("Entry 1 records a revision without a changeId.", gap.Problem);
    }

    [Fact]
    public void CheckCompleteness_RevisionWithoutOrderId_ReportsAMissingReference()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", "ChangeRequest", """{"changeId":"CR-1"}"""),
            new AuditRecord(AuditRecords.Start, "li.lei", null, null, "ChangeOutcome", """{"changeId":"CR-1","revision":2}"""));

        var gap = Assert.Single(AuditCompleteness.Check(log.Entries));

        Assert.Equal((string.Empty, 2L, AuditGapKind.MissingReference), (gap.OrderId, gap.Sequence, gap.Kind));
        Assert.Equal("Entry 2 records a revision without an order id.", gap.Problem);
    }

    [Fact]
    public void CheckCompleteness_RevisionWithAChangeIdThatIsNeitherTextNorNumber_ReportsAMissingReference()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", "ChangeRequest", """{"changeId":true}"""),
            AuditRecords.Entry(2, "SO-1", "ChangeOutcome", """{"changeId":true,"revision":2}"""));

        Assert.Equal([AuditGapKind.MissingReference], AuditCompleteness.Check(log.Entries).Select(g => g.Kind));
    }

    [Fact]
    public void CheckCompleteness_NumericChangeIds_MatchTheirRequest()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", "ChangeRequest", """{"changeId":7}"""),
            AuditRecords.Entry(2, "SO-1", "ChangeOutcome", """{"changeId":7,"revision":2}"""));

        Assert.Empty(AuditCompleteness.Check(log.Entries));
    }

    [Fact]
    public void CheckCompleteness_ChangeRequestWithoutOrderId_DoesNotCount()
    {
        var log = Log(
            new AuditRecord(AuditRecords.Start, "sales.li", null, null, "ChangeRequest", """{"changeId":"CR-1"}"""),
            AuditRecords.Entry(2, "SO-1", "ChangeOutcome", """{"changeId":"CR-1","revision":2}"""));

        Assert.Equal([AuditGapKind.MissingChangeRequest], AuditCompleteness.Check(log.Entries).Select(g => g.Kind));
    }

    [Fact]
    public void CheckCompleteness_ChangeRequestWithoutChangeId_DoesNotCount()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", "ChangeRequest", """{"note":"CR-1"}"""),
            AuditRecords.Entry(2, "SO-1", "ChangeOutcome", """{"changeId":"CR-1","revision":2}"""));

        Assert.Equal([AuditGapKind.MissingChangeRequest], AuditCompleteness.Check(log.Entries).Select(g => g.Kind));
    }

    [Theory]
    [InlineData("""{"changeId":"CR-9","revision":"2"}""")]
    [InlineData("""{"changeId":"CR-9","revision":true}""")]
    [InlineData("""{"changeId":"CR-9"}""")]
    public void CheckCompleteness_OutcomeWhoseRevisionIsNotANumber_NeedsNothing(string payload)
    {
        var log = Log(AuditRecords.Entry(1, "SO-1", "ChangeOutcome", payload));

        Assert.Empty(AuditCompleteness.Check(log.Entries));
    }

    [Fact]
    public void CheckCompleteness_RevisionWithoutChangeRequest_SaysWhichChangeAndEntry()
    {
        var log = Log(AuditRecords.Entry(1, "SO-1", "ChangeOutcome", """{"changeId":"CR-2","revision":2}"""));

        var gap = Assert.Single(AuditCompleteness.Check(log.Entries));

        Assert.Equal("Order SO-1 was revised by change CR-2 (entry 1) with no change request CR-2 recorded before it.", gap.Problem);
    }

    private static InMemoryAuditLog Log(params AuditRecord[] records)
    {
        var log = new InMemoryAuditLog();
        foreach (var record in records)
        {
            log.Append(record);
        }

        return log;
    }
}
