using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Supervision;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Supervision;

/// <summary>
/// Recording supervision checks in the trail (article 6.1: who checked, when, the sample, the results, the findings, the
/// rectification asked) and following each rectification until it is done; only the Auditor records.
/// </summary>
public sealed class SupervisionRecorderTests
{
    private static readonly Instant CheckedAt = Instant.FromUtc(2026, 12, 1, 2, 0);
    private static readonly LifecyclePolicy Policy = new LifecycleScenario().Policy;

    private readonly InMemoryAuditLog _log = new();
    private readonly FakeClock _clock = new(CheckedAt);
    private readonly SupervisionRecorder _recorder;

    public SupervisionRecorderTests()
    {
        foreach (var record in new SupervisedOrder("SO-1001", Instant.FromUtc(2026, 11, 20, 3, 40)).Without("notified").Records)
        {
            _log.Append(record);
        }

        _recorder = new SupervisionRecorder(_log, _clock);
    }

    private SupervisionCheck Check(params RectificationRequest[] rectifications)
    {
        var trail = SupervisionTrail.Of(_log.Entries);
        var sample = SupervisionSample.Draw(trail.Entries, new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30), 5, "q4", FactsBuilder.Shanghai);
        return new SupervisionCheck(sample, SupervisionChecklist.For(trail, sample, Policy), [new SupervisionFinding("SO-1001", "delay notification N1 never sent")], rectifications);
    }

    private static RectificationRequest Rectify(string action = "tell the customer of the delay") => new("SO-1001", action, "conf.wang", new LocalDate(2026, 12, 8));

    private static JsonElement Payload(AuditEntry entry)
    {
        using var json = JsonDocument.Parse(entry.Payload);
        return json.RootElement.Clone();
    }

    [Fact]
    public void Record_ByAuditor_WritesWhoWhenTheSampleResultsFindingsAndRectifications()
    {
        var receipt = _recorder.Record(Check(Rectify(), Rectify("train the team")), LifecycleScenario.Auditor);

        Assert.True(receipt.IsRecorded);
        Assert.Equal("SC-1", receipt.Id);
        Assert.Equal(["SC-1/R1", "SC-1/R2"], receipt.RectificationIds);
        var entry = _log.Entries[^1];
        Assert.Equal(("audit.sun", "Auditor", (string?)null, "SupervisionCheck", CheckedAt), (entry.Actor, entry.Role, entry.OrderId, entry.Kind, entry.At));
        var payload = Payload(entry);
        Assert.Equal(("q4", "2026-11-01", "2026-11-30", "Asia/Shanghai", 5, 1), (payload.GetProperty("seed").GetString(), payload.GetProperty("from").GetString(), payload.GetProperty("to").GetString(), payload.GetProperty("zone").GetString(), payload.GetProperty("size").GetInt32(), payload.GetProperty("eligible").GetInt32()));
        Assert.Equal("SO-1001", payload.GetProperty("orderIds")[0].GetString());
        var checks = payload.GetProperty("results")[0].GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(6, checks.Count);
        var notifications = checks.Single(c => c.GetProperty("check").GetString() == "NotificationsAnswered");
        Assert.False(notifications.GetProperty("passed").GetBoolean());
        Assert.Contains("N1", notifications.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("delay notification N1 never sent", payload.GetProperty("findings")[0].GetProperty("text").GetString());
        var rectification = payload.GetProperty("rectifications")[0];
        Assert.Equal(("SC-1/R1", "SO-1001", "tell the customer of the delay", "conf.wang", "2026-12-08"), (rectification.GetProperty("rectificationId").GetString(), rectification.GetProperty("orderId").GetString(), rectification.GetProperty("action").GetString(), rectification.GetProperty("owner").GetString(), rectification.GetProperty("due").GetString()));
        Assert.True(AuditChain.Verify(_log.Entries).IsIntact);
    }

    [Fact]
    public void Record_SecondCheck_GetsTheNextId()
    {
        _recorder.Record(Check(), LifecycleScenario.Auditor);

        Assert.Equal("SC-2", _recorder.Record(Check(Rectify()), LifecycleScenario.Auditor).Id);
        Assert.Equal(["SC-2/R1"], SupervisionRecorder.OpenRectifications(_log.Entries).Select(r => r.RectificationId));
    }

    [Theory]
    [InlineData(Role.HeadOfOrderConfirmation)]
    [InlineData(Role.ConfirmationOfficer)]
    [InlineData(Role.SalesRep)]
    public void Record_ByAnotherRole_IsRefusedAndWritesNothing(Role role)
    {
        var before = _log.Entries.Count;

        var receipt = _recorder.Record(Check(Rectify()), new Actor("someone", role));

        Assert.False(receipt.IsRecorded);
        Assert.Contains("only the Auditor", receipt.Refusal, StringComparison.Ordinal);
        Assert.Equal(before, _log.Entries.Count);
    }

    [Fact]
    public void OpenRectifications_UntilDone_ListsTheRectificationWithOwnerAndDue()
    {
        _recorder.Record(Check(Rectify()), LifecycleScenario.Auditor);

        var open = Assert.Single(SupervisionRecorder.OpenRectifications(_log.Entries));

        Assert.Equal(new Rectification("SC-1/R1", "SC-1", "SO-1001", "tell the customer of the delay", "conf.wang", new LocalDate(2026, 12, 8), CheckedAt), open);
    }

    [Fact]
    public void CompleteRectification_ByAuditor_RecordsItDoneAndClosesIt()
    {
        _recorder.Record(Check(Rectify(), Rectify("train the team")), LifecycleScenario.Auditor);
        _clock.Advance(Duration.FromDays(5));

        var receipt = _recorder.CompleteRectification("SC-1/R1", "customer told by phone on 3 December (C4)", LifecycleScenario.Auditor);

        Assert.True(receipt.IsRecorded);
        var entry = _log.Entries[^1];
        Assert.Equal(("RectificationDone", "audit.sun", CheckedAt + Duration.FromDays(5)), (entry.Kind, entry.Actor, entry.At));
        Assert.Equal("""{"rectificationId":"SC-1/R1","checkId":"SC-1","resolution":"customer told by phone on 3 December (C4)"}""", entry.Payload);
        Assert.Equal(["SC-1/R2"], SupervisionRecorder.OpenRectifications(_log.Entries).Select(r => r.RectificationId));
    }

    [Fact]
    public void CompleteRectification_Twice_IsRefusedTheSecondTime()
    {
        _recorder.Record(Check(Rectify()), LifecycleScenario.Auditor);
        _recorder.CompleteRectification("SC-1/R1", "done", LifecycleScenario.Auditor);
        var before = _log.Entries.Count;

        var receipt = _recorder.CompleteRectification("SC-1/R1", "done again", LifecycleScenario.Auditor);

        Assert.Equal("rectification SC-1/R1 is already recorded as done", receipt.Refusal);
        Assert.Equal(before, _log.Entries.Count);
    }

    [Fact]
    public void CompleteRectification_UnknownId_IsRefused()
    {
        _recorder.Record(Check(Rectify()), LifecycleScenario.Auditor);

        var receipt = _recorder.CompleteRectification("SC-1/R2", "done", LifecycleScenario.Auditor);

        Assert.Equal("no supervision check asked for rectification SC-1/R2", receipt.Refusal);
    }

    [Fact]
    public void CompleteRectification_ByAnotherRole_IsRefused()
    {
        _recorder.Record(Check(Rectify()), LifecycleScenario.Auditor);

        var receipt = _recorder.CompleteRectification("SC-1/R1", "done", LifecycleScenario.Head);

        Assert.False(receipt.IsRecorded);
        Assert.Single(SupervisionRecorder.OpenRectifications(_log.Entries));
    }

    [Fact]
    public void SupervisionCheck_ResultsNotOfTheSample_AreRefused()
    {
        var check = Check();

        Assert.Equal("results", Assert.Throws<ArgumentException>(() => new SupervisionCheck(check.Sample, [])).ParamName);
    }

    [Fact]
    public void RectificationRequest_BlankOwner_IsRefused()
    {
        Assert.Equal("owner", Assert.Throws<ArgumentException>(() => new RectificationRequest(null, "fix", " ", new LocalDate(2026, 12, 8))).ParamName);
    }

    [Fact]
    public void Record_FindingAboutAnOrder_WritesItsOrderId()
    {
        _recorder.Record(Check(), LifecycleScenario.Auditor);

        var finding = Payload(_log.Entries[^1]).GetProperty("findings")[0];
        Assert.Equal(("SO-1001", "delay notification N1 never sent"), (finding.GetProperty("orderId").GetString(), finding.GetProperty("text").GetString()));
    }

    [Fact]
    public void CompleteRectification_Receipt_GivesNoRectificationIds()
    {
        _recorder.Record(Check(Rectify()), LifecycleScenario.Auditor);

        var receipt = _recorder.CompleteRectification("SC-1/R1", "customer told by phone on 3 December (C4)", LifecycleScenario.Auditor);

        Assert.Equal(("SC-1/R1", true), (receipt.Id, receipt.IsRecorded));
        Assert.NotNull(receipt.RectificationIds);
        Assert.Empty(receipt.RectificationIds);
    }
}
