using System.Text.Json.Nodes;
using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Storage;
using OrderConfirmation.Tests.Builders;
using OrderConfirmation.Tests.Lifecycle;
using static OrderConfirmation.Tests.Lifecycle.DepartmentTaskScenario;

namespace OrderConfirmation.Tests.Storage;

/// <summary>Format 3 of a stored state carries the department tasks (required); formats 1 and 2 have none and are read as orders without tasks.</summary>
public sealed class StoredTaskTests
{
    private readonly LifecycleScenario _scenario = new();

    /// <summary>T1 completed, T2 superseded, T3 escalated and open.</summary>
    private OrderState WithEveryKindOfTask()
    {
        var opened = _scenario.UnderReviewAsking(ReviewAction.ProposeTechnicalSolution, ReviewAction.VerifyPrice);
        var done = _scenario.Accept(opened, new CompleteTask("T1", "Use the 48-port switch."), Engineer);
        var again = _scenario.Accept(done, new ReviewAgain(Asking(_scenario.At, ReviewAction.IdentifyProduct)), LifecycleScenario.Officer);
        _scenario.At += Duration.FromDays(3);
        return _scenario.Accept(again, new EscalateTask("T3"), LifecycleScenario.Officer);
    }

    private static string Edit(string json, Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    [Fact]
    public void Read_Written_RestoresEveryTask()
    {
        var state = WithEveryKindOfTask();

        var read = OrderStateDocument.Read(OrderStateDocument.Write(state));

        Assert.Equal(3, read.Tasks.Count);
        for (var i = 0; i < state.Tasks.Count; i++)
        {
            Assert.Equal(state.Tasks[i] with { Rules = read.Tasks[i].Rules }, read.Tasks[i]);
            Assert.Equal(state.Tasks[i].Rules, read.Tasks[i].Rules);
        }
    }

    [Fact]
    public void Write_State_IsFormat3WithTasks()
    {
        var written = OrderStateDocument.Write(_scenario.UnderReviewAsking(ReviewAction.AskCustomer));

        Assert.StartsWith("{\"format\":3,", written, StringComparison.Ordinal);
        Assert.Contains("\"tasks\":[{\"id\":\"T1\",\"department\":\"Sales\",\"action\":\"AskCustomer\",\"rules\":[\"AskCustomerRule\"],", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Format2WithoutTasks_HasNone()
    {
        // Format 1 documents are read without tasks too (OrderStateFormatTests' format-1 document has none).
        var format2 = OrderStateFormatTests.Format2(OrderStateDocument.Write(_scenario.UnderReview()));

        Assert.Empty(OrderStateDocument.Read(format2).Tasks);
    }

    [Fact]
    public void Read_Format2WithTasks_IsRefusedAtTasks() =>
        Assert.Equal("$.tasks", Assert.Throws<StoredStateFormatException>(() => OrderStateDocument.Read(Edit(OrderStateFormatTests.Format2(OrderStateDocument.Write(_scenario.UnderReview())), root => root["tasks"] = new JsonArray()))).Path);

    [Fact]
    public void Read_Format3WithoutTasks_IsRefusedAtTasks() =>
        Assert.Equal("$.tasks", Assert.Throws<StoredStateFormatException>(() => OrderStateDocument.Read(Edit(OrderStateDocument.Write(_scenario.UnderReview()), root => root.Remove("tasks")))).Path);

    [Fact]
    public void Read_TaskWithAnUnknownAction_IsRefusedAtIt() =>
        Assert.Equal("$.tasks[0].action", Assert.Throws<StoredStateFormatException>(() => OrderStateDocument.Read(Edit(OrderStateDocument.Write(WithEveryKindOfTask()), root => root["tasks"]![0]!["action"] = "Dance"))).Path);
}
