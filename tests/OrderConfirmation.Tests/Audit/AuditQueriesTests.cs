using NodaTime;
using OrderConfirmation.Audit;

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
    public void ByOrder_NullEntries_ThrowsNamingEntries()
    {
        var error = Assert.Throws<ArgumentNullException>(() => AuditQueries.ByOrder(null!, "SO-1"));

        Assert.Equal("entries", error.ParamName);
    }

    [Fact]
    public void CheckCompleteness_ConfirmedWithDecisionAndConfirmationRecord_HasNoGaps()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", AuditEntryKind.ReviewDecision),
            AuditRecords.Command(2, "SO-1", "Confirm"),
            AuditRecords.Entry(2, "SO-1", AuditEntryKind.Confirmation));

        Assert.Empty(AuditQueries.CheckCompleteness(log.Entries));
    }

    [Fact]
    public void CheckCompleteness_ConfirmedWithoutReviewDecision_ReportsIt()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-2", AuditEntryKind.ReviewDecision),
            AuditRecords.Command(2, "SO-1", "Confirm"),
            AuditRecords.Entry(2, "SO-1", AuditEntryKind.Confirmation));

        var gap = Assert.Single(AuditQueries.CheckCompleteness(log.Entries));

        Assert.Equal(("SO-1", 2L, AuditGapKind.MissingReviewDecision), (gap.OrderId, gap.Sequence, gap.Kind));
        Assert.Contains("Order SO-1 was confirmed (entry 2) with no review decision", gap.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckCompleteness_ReviewDecisionOnlyAfterTheConfirm_ReportsItMissing()
    {
        var log = Log(
            AuditRecords.Command(1, "SO-1", "Confirm"),
            AuditRecords.Entry(2, "SO-1", AuditEntryKind.ReviewDecision),
            AuditRecords.Entry(2, "SO-1", AuditEntryKind.Confirmation));

        Assert.Equal([AuditGapKind.MissingReviewDecision], AuditQueries.CheckCompleteness(log.Entries).Select(g => g.Kind));
    }

    [Fact]
    public void CheckCompleteness_ConfirmedWithoutConfirmationRecord_ReportsIt()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", AuditEntryKind.ReviewDecision),
            AuditRecords.Command(2, "SO-1", "Confirm"));

        var gap = Assert.Single(AuditQueries.CheckCompleteness(log.Entries));

        Assert.Equal(("SO-1", AuditGapKind.MissingConfirmation), (gap.OrderId, gap.Kind));
    }

    [Fact]
    public void CheckCompleteness_ConfirmedTwiceWithOneConfirmationRecord_ReportsTheSecond()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", AuditEntryKind.ReviewDecision),
            AuditRecords.Command(2, "SO-1", "Confirm"),
            AuditRecords.Entry(2, "SO-1", AuditEntryKind.Confirmation),
            AuditRecords.Command(3, "SO-1", "Confirm"));

        var gap = Assert.Single(AuditQueries.CheckCompleteness(log.Entries));

        Assert.Equal((4L, AuditGapKind.MissingConfirmation), (gap.Sequence, gap.Kind));
    }

    [Fact]
    public void CheckCompleteness_OtherCommandsAndRefusedConfirm_NeedNothing()
    {
        var refused = new AuditRecord(AuditRecords.Start, "sales.li", null, "SO-1", AuditEntryKind.CommandRefused, """{"command":"Confirm","reason":"WrongRole"}""");
        var log = Log(AuditRecords.Command(1, "SO-1", "Submit"), refused, AuditRecords.Command(2, "SO-1", "Reject"));

        Assert.Empty(AuditQueries.CheckCompleteness(log.Entries));
    }

    [Fact]
    public void CheckCompleteness_ConfirmWithoutOrderId_ReportsAMissingReference()
    {
        var log = Log(AuditRecords.Command(1, null, "Confirm"));

        Assert.Equal([AuditGapKind.MissingReference], AuditQueries.CheckCompleteness(log.Entries).Select(g => g.Kind));
    }

    [Fact]
    public void CheckCompleteness_RevisionWithItsChangeRequestBefore_HasNoGaps()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", AuditEntryKind.ChangeRequest, """{"changeId":"CR-1"}"""),
            AuditRecords.Entry(2, "SO-1", AuditEntryKind.ChangeOutcome, """{"changeId":"CR-1","feasible":true,"revision":2}"""));

        Assert.Empty(AuditQueries.CheckCompleteness(log.Entries));
    }

    [Fact]
    public void CheckCompleteness_RevisionWithoutChangeRequest_ReportsIt()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", AuditEntryKind.ChangeRequest, """{"changeId":"CR-1"}"""),
            AuditRecords.Entry(2, "SO-1", AuditEntryKind.ChangeOutcome, """{"changeId":"CR-2","feasible":true,"revision":2}"""));

        var gap = Assert.Single(AuditQueries.CheckCompleteness(log.Entries));

        Assert.Equal(("SO-1", 2L, AuditGapKind.MissingChangeRequest), (gap.OrderId, gap.Sequence, gap.Kind));
        Assert.Contains("change CR-2", gap.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckCompleteness_ChangeRequestForAnotherOrder_DoesNotCount()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-2", AuditEntryKind.ChangeRequest, """{"changeId":"CR-1"}"""),
            AuditRecords.Entry(2, "SO-1", AuditEntryKind.ChangeOutcome, """{"changeId":"CR-1","feasible":true,"revision":2}"""));

        Assert.Equal([AuditGapKind.MissingChangeRequest], AuditQueries.CheckCompleteness(log.Entries).Select(g => g.Kind));
    }

    [Fact]
    public void CheckCompleteness_ChangeRequestOnlyAfterTheRevision_ReportsItMissing()
    {
        var log = Log(
            AuditRecords.Entry(1, "SO-1", AuditEntryKind.ChangeOutcome, """{"changeId":"CR-1","feasible":true,"revision":2}"""),
            AuditRecords.Entry(2, "SO-1", AuditEntryKind.ChangeRequest, """{"changeId":"CR-1"}"""));

        Assert.Equal([AuditGapKind.MissingChangeRequest], AuditQueries.CheckCompleteness(log.Entries).Select(g => g.Kind));
    }

    [Fact]
    public void CheckCompleteness_ChangeNotApplied_NeedsNothing()
    {
        var log = Log(AuditRecords.Entry(1, "SO-1", AuditEntryKind.ChangeOutcome, """{"changeId":"CR-9","feasible":false,"revision":null}"""));

        Assert.Empty(AuditQueries.CheckCompleteness(log.Entries));
    }

    [Fact]
    public void CheckCompleteness_RevisionWithoutChangeId_ReportsAMissingReference()
    {
        var log = Log(AuditRecords.Entry(1, "SO-1", AuditEntryKind.ChangeOutcome, """{"feasible":true,"revision":3}"""));

        Assert.Equal([AuditGapKind.MissingReference], AuditQueries.CheckCompleteness(log.Entries).Select(g => g.Kind));
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
