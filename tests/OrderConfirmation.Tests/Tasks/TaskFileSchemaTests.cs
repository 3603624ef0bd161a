using System.Text.Json.Nodes;
using OrderConfirmation.Findings;
using OrderConfirmation.Tasks;
using OrderConfirmation.Tests.Builders;
using static OrderConfirmation.Tests.Rules.ShippedSchema;

namespace OrderConfirmation.Tests.Tasks;

/// <summary>rules/tasks.schema.json describes what <see cref="TaskFile"/> accepts: the shipped file passes it, files the loader rejects fail it.</summary>
public sealed class TaskFileSchemaTests
{
    public static TheoryData<string, string> BrokenFiles => new()
    {
        { "unknown action", """{ "tasks": { "ProposeSolution": { "department": "Technical", "dueTime": "P2D", "blocksConfirmation": true } } }""" },
        { "None", """{ "tasks": { "None": { "department": "Technical", "dueTime": "P2D", "blocksConfirmation": true } } }""" },
        { "unknown department", """{ "tasks": { "AskCustomer": { "department": "Marketing", "dueTime": "P2D", "blocksConfirmation": true } } }""" },
        { "Order Confirmation", """{ "tasks": { "AskCustomer": { "department": "OrderConfirmation", "dueTime": "P2D", "blocksConfirmation": true } } }""" },
        { "weeks", """{ "tasks": { "AskCustomer": { "department": "Sales", "dueTime": "P1W", "blocksConfirmation": true } } }""" },
        { "zero", """{ "tasks": { "AskCustomer": { "department": "Sales", "dueTime": "PT0H", "blocksConfirmation": true } } }""" },
        { "missing blocksConfirmation", """{ "tasks": { "AskCustomer": { "department": "Sales", "dueTime": "PT4H" } } }""" },
        { "unknown task property", """{ "tasks": { "AskCustomer": { "department": "Sales", "dueTime": "PT4H", "blocksConfirmation": true, "owner": "li" } } }""" },
        { "missing tasks", """{ "description": "nothing" }""" },
    };

    [Fact]
    public void Schema_ShippedFile_Validates() =>
        Assert.Empty(TaskProblems(File.ReadAllText(Path.Combine(DefaultRules.RulesDirectory, TaskFile.FileName))));

    [Fact]
    public void ShippedFile_FirstProperty_ReferencesTheSchema()
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(DefaultRules.RulesDirectory, TaskFile.FileName)));

        var first = document.RootElement.EnumerateObject().First();

        Assert.Equal(("$schema", "./" + TasksName), (first.Name, first.Value.GetString()));
    }

    [Fact]
    public void Schema_ItsOwnText_IsAValidDraft202012Schema() =>
        Assert.Empty(MetaSchemaProblems(TasksName));

    [Fact]
    public void Schema_Actions_AreEveryReviewActionButNone()
    {
        var actions = JsonNode.Parse(Text(TasksName))!["properties"]!["tasks"]!["properties"]!.AsObject().Select(p => p.Key);

        Assert.Equal(Enum.GetNames<ReviewAction>().Where(n => n != nameof(ReviewAction.None)).Order(), actions.Order());
    }

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void SchemaAndLoader_BrokenFile_BothReject(string problem, string json)
    {
        Assert.True(TaskProblems(json).Count > 0, $"The schema accepts a task file with this problem: {problem}.");
        Assert.Throws<TaskLoadException>(() => TaskFile.Read(System.Text.Encoding.UTF8.GetBytes(json), "tasks.json"));
    }
}
