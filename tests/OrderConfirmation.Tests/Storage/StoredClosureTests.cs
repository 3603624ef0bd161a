using System.Text.Json.Nodes;
using OrderConfirmation.Orders;
using OrderConfirmation.Storage;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Storage;

/// <summary>A stored state keeps the rejection or cancellation that closed it; documents stored before it was recorded still read.</summary>
public sealed class StoredClosureTests
{
    [Fact]
    public void Read_RejectedState_RestoresItsClosure()
    {
        var rejected = new LifecycleScenario().Rejected();

        var restored = OrderStateDocument.Read(OrderStateDocument.Write(rejected));

        Assert.NotNull(rejected.Closure);
        Assert.Equal(rejected.Closure, restored.Closure);
    }

    [Fact]
    public void Write_OpenState_WritesANullClosure()
    {
        var root = JsonNode.Parse(OrderStateDocument.Write(new LifecycleScenario().UnderReview()))!.AsObject();

        Assert.True(root.ContainsKey("closure"));
        Assert.Null(root["closure"]);
    }

    [Fact]
    public void Read_DocumentStoredBeforeClosuresWereRecorded_ReadsWithoutAClosure()
    {
        // Closures came with format 1's last days; a format-1 document may lack one. (Format 2 always holds it.)
        var cancelled = new LifecycleScenario().Cancelled();
        var root = JsonNode.Parse(OrderStateFormatTests.Format2(OrderStateDocument.Write(cancelled)))!.AsObject();
        root["format"] = 1;
        Assert.True(root.Remove("closure") && root.Remove("reschedules") && root.Remove("remainderCancellation"));
        foreach (var decision in new[] { root["latestReview"], root["confirmation"]?["decision"] }.OfType<JsonObject>())
        {
            decision.Remove("orderRevision");
            decision.Remove("orderDigest");
        }

        var restored = OrderStateDocument.Read(root.ToJsonString());

        Assert.Null(restored.Closure);
        Assert.Equal(OrderStatus.Cancelled, restored.Status);
        Assert.Empty(MemberComparison.Differences(cancelled with { Closure = null, LatestReview = restored.LatestReview }, restored));
    }

    [Fact]
    public void Read_ClosureOfTheWrongType_IsRefusedNamingIt()
    {
        var root = JsonNode.Parse(OrderStateDocument.Write(new LifecycleScenario().Rejected()))!.AsObject();
        root["closure"] = "yesterday";

        Assert.Equal("$.closure", Assert.Throws<StoredStateFormatException>(() => OrderStateDocument.Read(root.ToJsonString())).Path);
    }

    [Fact]
    public void Read_Format2DocumentWithoutItsClosure_IsRefusedAtIt()
    {
        var root = JsonNode.Parse(OrderStateDocument.Write(new LifecycleScenario().Rejected()))!.AsObject();
        root.Remove("closure");

        Assert.Equal("$.closure", Assert.Throws<StoredStateFormatException>(() => OrderStateDocument.Read(root.ToJsonString())).Path);
    }
}
