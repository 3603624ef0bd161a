using System.Text;
using System.Text.Json;
using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Supervision;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Supervision;

/// <summary>
/// The documented argument checks of the supervision API: each refusal names the parameter at fault (the exception
/// contracts in the XML docs), and an order id may be absent (a finding or rectification about the process as a whole)
/// but never blank.
/// </summary>
public sealed class SupervisionArgumentTests
{
    private static readonly LifecyclePolicy Policy = new LifecycleScenario().Policy;
    private static readonly LocalDate Due = new(2026, 12, 8);

    private static (SupervisionTrail Trail, SupervisionSample Sample, IReadOnlyList<OrderChecklist> Checklists) Drawn()
    {
        var trail = SupervisionTrail.Of(SupervisedOrder.Trail(new SupervisedOrder("SO-1001", Instant.FromUtc(2026, 11, 20, 3, 40)).Records));
        var sample = SupervisionSample.Draw(trail.Entries, new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30), 5, "q4", FactsBuilder.Shanghai);
        return (trail, sample, SupervisionChecklist.For(trail, sample, Policy));
    }

    [Fact]
    public void RectificationRequest_BlankActionOrOrderId_IsRefusedNamingIt()
    {
        Assert.Equal("action", Assert.Throws<ArgumentException>(() => new RectificationRequest("SO-1001", " ", "conf.wang", Due)).ParamName);
        Assert.Equal("owner", Assert.Throws<ArgumentException>(() => new RectificationRequest("SO-1001", "train the team", " ", Due)).ParamName);
        Assert.Equal("orderId", Assert.Throws<ArgumentException>(() => new RectificationRequest(" ", "train the team", "conf.wang", Due)).ParamName);
    }

    [Fact]
    public void RectificationRequest_NoOrder_IsAboutTheProcess()
    {
        Assert.Null(new RectificationRequest(null, "train the team", "conf.wang", Due).OrderId);
    }

    [Fact]
    public void SupervisionFinding_BlankTextOrOrderId_IsRefusedNamingIt()
    {
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => new SupervisionFinding("SO-1001", " ")).ParamName);
        Assert.Equal("orderId", Assert.Throws<ArgumentException>(() => new SupervisionFinding("", "late notification")).ParamName);
    }

    [Fact]
    public void SupervisionFinding_NoOrder_IsAboutTheProcess()
    {
        Assert.Null(new SupervisionFinding(null, "late notification").OrderId);
    }

    [Fact]
    public void SupervisionCheck_NullArguments_NameTheParameter()
    {
        var (_, sample, checklists) = Drawn();
        Assert.Equal("sample", Assert.Throws<ArgumentNullException>(() => new SupervisionCheck(null!, checklists)).ParamName);
        Assert.Equal("results", Assert.Throws<ArgumentNullException>(() => new SupervisionCheck(sample, null!)).ParamName);
    }

    [Fact]
    public void SupervisionCheck_ASampledOrdersChecklistTwice_IsRefused()
    {
        var (_, sample, checklists) = Drawn();

        var refusal = Assert.Throws<ArgumentException>(() => new SupervisionCheck(sample, [checklists[0], checklists[0]]));

        Assert.Equal("results", refusal.ParamName);
        Assert.StartsWith("The results must be the checklists of the sampled orders, one each.", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SupervisionChecklist_ForSample_NullArgumentsNameTheParameter()
    {
        var (trail, sample, _) = Drawn();
        Assert.Equal("trail", Assert.Throws<ArgumentNullException>(() => SupervisionChecklist.For(null!, sample, Policy)).ParamName);
        Assert.Equal("sample", Assert.Throws<ArgumentNullException>(() => SupervisionChecklist.For(trail, (SupervisionSample)null!, Policy)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => SupervisionChecklist.For(trail, sample, null!)).ParamName);
    }

    [Fact]
    public void SupervisionJsonWriter_NullArguments_NameTheParameter()
    {
        var (_, sample, checklists) = Drawn();
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => SupervisionJsonWriter.WriteDraw(null!, sample)).ParamName);
        Assert.Equal("sample", Assert.Throws<ArgumentNullException>(() => SupervisionJsonWriter.WriteDraw(writer, null!)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => SupervisionJsonWriter.WriteOrders(null!, sample, checklists)).ParamName);
        Assert.Equal("sample", Assert.Throws<ArgumentNullException>(() => SupervisionJsonWriter.WriteOrders(writer, null!, checklists)).ParamName);
        Assert.Equal("checklists", Assert.Throws<ArgumentNullException>(() => SupervisionJsonWriter.WriteOrders(writer, sample, null!)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => SupervisionJsonWriter.WriteChecks(null!, checklists[0])).ParamName);
        Assert.Equal("checklist", Assert.Throws<ArgumentNullException>(() => SupervisionJsonWriter.WriteChecks(writer, null!)).ParamName);
        writer.Flush();
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void SupervisionJsonWriter_WriteOrders_ChecklistsNotOnePerSampledOrder_IsRefused()
    {
        var (_, sample, checklists) = Drawn();
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);

        var refusal = Assert.Throws<ArgumentException>(() => SupervisionJsonWriter.WriteOrders(writer, sample, [.. checklists, .. checklists]));

        Assert.Equal("checklists", refusal.ParamName);
        Assert.StartsWith("Give one checklist per sampled order, in the sample's order.", refusal.Message, StringComparison.Ordinal);
        writer.Flush();
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void SupervisionRecorder_BadArguments_AreRefusedNamingTheParameter()
    {
        var recorder = new SupervisionRecorder(new InMemoryAuditLog(), new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 12, 1, 2, 0)));
        Assert.Equal("check", Assert.Throws<ArgumentNullException>(() => recorder.Record(null!, LifecycleScenario.Auditor)).ParamName);
        Assert.Equal("rectificationId", Assert.Throws<ArgumentException>(() => recorder.CompleteRectification(" ", "customer told", LifecycleScenario.Auditor)).ParamName);
        Assert.Equal("resolution", Assert.Throws<ArgumentException>(() => recorder.CompleteRectification("SC-1/R1", " ", LifecycleScenario.Auditor)).ParamName);
        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => SupervisionRecorder.OpenRectifications(null!)).ParamName);
    }

    [Fact]
    public void SupervisionSample_RankKey_NullArgumentsNameTheParameter()
    {
        Assert.Equal("seed", Assert.Throws<ArgumentNullException>(() => SupervisionSample.RankKey(null!, "SO-1001")).ParamName);
        Assert.Equal("orderId", Assert.Throws<ArgumentNullException>(() => SupervisionSample.RankKey("q4", null!)).ParamName);
    }

    [Fact]
    public void SupervisionSample_Draw_PeriodEndingBeforeItStarts_SaysWhichDates()
    {
        var refusal = Assert.Throws<ArgumentException>(() => SupervisionSample.Draw([], new LocalDate(2026, 11, 30), new LocalDate(2026, 11, 1), 1, "s", FactsBuilder.Shanghai));

        Assert.StartsWith("The period starts (2026-11-30) after it ends (2026-11-01).", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SupervisionTrail_NullArguments_NameTheParameter()
    {
        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => SupervisionTrail.Of(null!)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => SupervisionTrail.ReadFile(null!)).ParamName);
    }
}
