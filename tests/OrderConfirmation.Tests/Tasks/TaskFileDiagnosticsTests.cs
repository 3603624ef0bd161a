using System.Text;
using OrderConfirmation.Tasks;

namespace OrderConfirmation.Tests.Tasks;

/// <summary>A bad department-task file fails at load with every problem: file, line, column, code and the action's name.</summary>
public sealed class TaskFileDiagnosticsTests
{
    private const string Source = "rules/tasks.json";

    private static TaskLoadException Fails(string json) =>
        Assert.Throws<TaskLoadException>(() => TaskFile.Read(Encoding.UTF8.GetBytes(json), Source));

    private static string Only(string json) => Assert.Single(Fails(json).Diagnostics).ToString();

    [Fact]
    public void Read_UnknownAction_NamesItAtItsLineAndColumn()
    {
        const string json = """
            {
              "tasks": {
                "ProposeTechnicalSolution": { "department": "Technical", "dueTime": "P2D", "blocksConfirmation": true },
                "ProposeTechnicalSolutoin": { "department": "Technical", "dueTime": "P2D", "blocksConfirmation": true }
              }
            }
            """;

        var diagnostic = Only(json);

        Assert.StartsWith($"{Source}:4:33: error OC1204: 'ProposeTechnicalSolutoin' is not a review action", diagnostic, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ActionInTheWrongCase_SuggestsTheRightName() =>
        Assert.Contains("'askcustomer' is not a review action (did you mean 'AskCustomer'?)", Only("""{ "tasks": { "askcustomer": { "department": "Sales", "dueTime": "PT4H", "blocksConfirmation": true } } }"""), StringComparison.Ordinal);

    [Fact]
    public void Read_None_IsRefused() =>
        Assert.Contains("error OC1204: 'None' asks nothing", Only("""{ "tasks": { "None": { "department": "Sales", "dueTime": "PT4H", "blocksConfirmation": true } } }"""), StringComparison.Ordinal);

    [Fact]
    public void Read_DueTimeInWeeks_PointsAtTheValueAndNamesTheAction()
    {
        const string json = """
            {
              "tasks": {
                "VerifyPrice": { "department": "Finance", "dueTime": "P1W", "blocksConfirmation": true }
              }
            }
            """;

        Assert.StartsWith($"{Source}:3:58: error OC1206: VerifyPrice: dueTime 'P1W' uses years, months or weeks", Only(json), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PT0H", "must be more than zero business time")]
    [InlineData("PT-4H", "must be more than zero business time")]
    [InlineData("4 hours", "is not an ISO-8601 duration")]
    [InlineData("P999999999D", "is too long to be a due time")]
    public void Read_WrongDueTime_IsRefused(string dueTime, string problem) =>
        Assert.Contains($"error OC1206: AskCustomer: dueTime '{dueTime}' {problem}", Only($$"""{ "tasks": { "AskCustomer": { "department": "Sales", "dueTime": "{{dueTime}}", "blocksConfirmation": true } } }"""), StringComparison.Ordinal);

    [Theory]
    [InlineData("Engineering", "'Engineering' is not a department that takes tasks")]
    [InlineData("technical", "'technical' is not a department that takes tasks")]
    [InlineData("OrderConfirmation", "Order Confirmation organises the review and takes no tasks")]
    public void Read_UnknownDepartment_IsRefusedNamingTheAction(string department, string problem) =>
        Assert.Contains($"error OC1205: IdentifyProduct: {problem}", Only($$"""{ "tasks": { "IdentifyProduct": { "department": "{{department}}", "dueTime": "PT4H", "blocksConfirmation": true } } }"""), StringComparison.Ordinal);

    [Fact]
    public void Read_UnknownTaskProperty_IsRefusedWithASuggestion() =>
        Assert.Contains(
            "error OC1201: 'blocksconfirmation' is not a property of AskCustomer's task (did you mean 'blocksConfirmation'?)",
            Fails("""{ "tasks": { "AskCustomer": { "department": "Sales", "dueTime": "PT4H", "blocksconfirmation": true } } }""").Message,
            StringComparison.Ordinal);

    [Fact]
    public void Read_UnknownTopLevelProperty_IsRefused() =>
        Assert.Contains("error OC1201: 'task' is not a property of the department-task file", Only("""{ "tasks": {}, "task": {} }"""), StringComparison.Ordinal);

    [Fact]
    public void Read_MissingFields_ReportsEachWithTheAction()
    {
        var messages = Fails("""{ "tasks": { "AskCustomer": { } } }""").Diagnostics.Select(d => d.Message).ToArray();

        Assert.Equal(3, messages.Length);
        Assert.All(messages, m => Assert.StartsWith("AskCustomer: the task has no '", m, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ActionGivenTwice_IsRefused() =>
        Assert.Contains(
            "error OC1202: 'AskCustomer' is given twice in 'tasks'",
            Fails("""{ "tasks": { "AskCustomer": { "department": "Sales", "dueTime": "PT4H", "blocksConfirmation": true }, "AskCustomer": { "department": "Sales", "dueTime": "PT8H", "blocksConfirmation": true } } }""").Message,
            StringComparison.Ordinal);

    [Theory]
    [InlineData("""{ "tasks": [] }""", "OC1200")]
    [InlineData("""[]""", "OC1200")]
    [InlineData("""{ "tasks": { "AskCustomer": { "department": "Sales", "dueTime": "PT4H", "blocksConfirmation": "yes" } } }""", "OC1200")]
    [InlineData("""{ "tasks": """, "OC1200")]
    [InlineData("""null""", "OC1200")]
    public void Read_NotATaskFile_IsInvalidJson(string json, string code) =>
        Assert.Equal(code, Fails(json).Diagnostics[0].Code);

    [Fact]
    public void Read_SeveralProblems_ReportsThemAllInFileOrder()
    {
        const string json = """
            {
              "tasks": {
                "AskCustomer": { "department": "Sale", "dueTime": "PT4H", "blocksConfirmation": true },
                "VerifyPrice": { "department": "Finance", "dueTime": "P1M", "blocksConfirmation": true }
              }
            }
            """;

        var lines = Fails(json).Diagnostics.Select(d => d.Position.Line).ToArray();

        Assert.Equal([3, 4], lines);
    }
}
