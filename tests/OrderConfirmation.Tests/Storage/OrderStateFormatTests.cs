using System.Text.Json.Nodes;
using NodaTime;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Storage;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Storage;

/// <summary>
/// Format 2 of a stored state keeps what issue 15 added (the revision and content a decision judged, reschedules, the
/// remainder cancelled in execution); documents of format 1, written before, are still read.
/// </summary>
public sealed class OrderStateFormatTests
{
    private readonly LifecycleScenario _scenario = new();

    private OrderState ShortClosedAfterAReschedule()
    {
        var shipped = _scenario.Accept(_scenario.InExecution(), new ReportProgress(ProgressReport.Shipped([new LineShipment(1, 4.50m)])), LifecycleScenario.Executor);
        var moved = _scenario.Accept(shipped, new RescheduleDelivery(new LocalDate(2026, 12, 22), ExecutionExceptionReason.ForceMajeure, "agreed by phone"), LifecycleScenario.Head);
        return _scenario.Accept(moved, new ShortCloseOrder(ExecutionExceptionReason.CustomerRequest, "enough"), LifecycleScenario.Head);
    }

    [Fact]
    public void Read_Written_RestoresTheBindingTheReschedulesAndTheRemainder()
    {
        var state = ShortClosedAfterAReschedule();

        var read = OrderStateDocument.Read(OrderStateDocument.Write(state));

        Assert.Equal(state.Reschedules, read.Reschedules);
        Assert.Equal(state.RemainderCancellation! with { Remainder = read.RemainderCancellation!.Remainder }, read.RemainderCancellation);
        Assert.Equal(new Dictionary<int, decimal> { [1] = 5.50m }, read.RemainderCancellation.Remainder);
        Assert.Equal((1, state.LatestReview!.OrderDigest), (read.LatestReview!.OrderRevision, read.LatestReview.OrderDigest));
        Assert.Equal(state.Confirmation!.Decision.OrderDigest, read.Confirmation!.Decision.OrderDigest);
        Assert.StartsWith("sha256:", read.LatestReview.OrderDigest, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RestoredState_StillConfirmsOnlyWhatTheDecisionJudged()
    {
        var restored = OrderStateDocument.Read(OrderStateDocument.Write(_scenario.UnderReview()));

        Assert.True(_scenario.Apply(restored, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head).IsAccepted);
        Assert.False(_scenario.Apply(restored with { Order = restored.Order with { SpecialRequirements = "changed" } }, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head).IsAccepted);
    }

    [Fact]
    public void Read_Format1Document_ReadsWithNothingOfFormat2()
    {
        var format1 = Format1(OrderStateDocument.Write(_scenario.Confirmed()));

        var read = OrderStateDocument.Read(format1);

        Assert.Equal(OrderStatus.Confirmed, read.Status);
        Assert.Empty(read.Reschedules);
        Assert.Null(read.RemainderCancellation);
        Assert.Equal((null, null), (read.LatestReview!.OrderRevision, read.LatestReview.OrderDigest));
        Assert.True(_scenario.Apply(read, new StartExecution(), LifecycleScenario.Executor).IsAccepted);
    }

    [Fact]
    public void Read_Format1DocumentWithAFormat2Member_IsRefused() =>
        Assert.Equal("$.reschedules", Assert.Throws<StoredStateFormatException>(() => OrderStateDocument.Read(Edit(Format1(OrderStateDocument.Write(_scenario.Confirmed())), root => root["reschedules"] = new JsonArray()))).Path);

    [Theory]
    [InlineData("reschedules")]
    [InlineData("remainderCancellation")]
    public void Read_Format3DocumentWithoutAFormat2Member_IsRefusedAtIt(string member) =>
        Assert.Equal($"$.{member}", Assert.Throws<StoredStateFormatException>(() => OrderStateDocument.Read(Edit(OrderStateDocument.Write(_scenario.Confirmed()), root => root.Remove(member)))).Path);

    [Theory]
    [InlineData("sha256:abc")]
    [InlineData("SHA256:c8c88bd4861f3d34b7ada8aa9c6aeaf73a5e1f0d13fcad39002f80060112ad19")]
    [InlineData("sha256:C8C88BD4861F3D34B7ADA8AA9C6AEAF73A5E1F0D13FCAD39002F80060112AD19")]
    public void Read_MalformedDigest_IsRefusedAtIt(string digest) =>
        Assert.Equal("$.latestReview.orderDigest", Assert.Throws<StoredStateFormatException>(() => OrderStateDocument.Read(Edit(OrderStateDocument.Write(_scenario.UnderReview()), root => root["latestReview"]!["orderDigest"] = digest))).Path);

    [Fact]
    public void Read_RevisionZero_IsRefusedAtIt() =>
        Assert.Equal("$.latestReview.orderRevision", Assert.Throws<StoredStateFormatException>(() => OrderStateDocument.Read(Edit(OrderStateDocument.Write(_scenario.UnderReview()), root => root["latestReview"]!["orderRevision"] = 0))).Path);

    /// <summary>The document as format 1 wrote it: without the members formats 2 and 3 added.</summary>
    private static string Format1(string json) => Edit(Format2(json), root =>
    {
        root["format"] = 1;
        root.Remove("reschedules");
        root.Remove("remainderCancellation");
        foreach (var decision in new[] { root["latestReview"], root["confirmation"]?["decision"] }.OfType<JsonObject>())
        {
            decision.Remove("orderRevision");
            decision.Remove("orderDigest");
        }
    });

    /// <summary>The document as format 2 wrote it: without the members format 3 added.</summary>
    internal static string Format2(string json) => Edit(json, root =>
    {
        root["format"] = 2;
        root.Remove("tasks");
        root.Remove("communications");
        root.Remove("notifications");
        root.Remove("repliedClarifications");
        if (root["clarification"] is JsonObject clarification)
        {
            clarification.Remove("communicationId");
            clarification.Remove("replyCommunicationId");
        }
    });

    internal static string Edit(string json, Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }
}
