using System.Net;
using NodaTime;

namespace OrderConfirmation.SampleHost.Tests;

/// <summary>The department-task endpoints: list, complete (by the department's role), escalate (once, when overdue).</summary>
public sealed class TaskEndpointTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private static readonly (string User, string Role) Engineer = ("tech.ma", "TechnicalEngineer");
    private static readonly (string User, string Role) Planner = ("prod.he", "ProductPlanner");

    private readonly HttpClient _client = host.CreateClient();

    /// <summary>An order whose requirement Technical cannot meet yet: the review opens T1, ProposeTechnicalSolution for Technical.</summary>
    private Task<string> TechnicalTaskAsync() => _client.ReviewAsync("06-unsupported-requirement.json");

    private Task<HttpResponseMessage> CompleteAsync(string orderId, (string User, string Role) actor, string resolution = "Use the 48-port switch.") =>
        _client.PostJsonAsync($"/orders/{orderId}/tasks/T1/complete", $$"""{ "resolution": "{{resolution}}" }""", actor);

    [Fact]
    public async Task GetTasks_AfterTheReview_ListsTheTechnicalTaskDueInTwoBusinessDays()
    {
        var orderId = await TechnicalTaskAsync();

        using var response = await _client.GetAsAsync($"/orders/{orderId}/tasks", Engineer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var task = Assert.Single((await response.JsonAsync()).EnumerateArray());
        Assert.Equal(("T1", "Technical", "ProposeTechnicalSolution"), (task.GetProperty("id").GetString(), task.GetProperty("department").GetString(), task.GetProperty("action").GetString()));
        // Friday 20 November 10:00 in Shanghai + 16 business hours: Monday 8 h, Tuesday 09:00–10:00 after Friday's 7 h.
        Assert.Equal("2026-11-24T02:00:00Z", task.GetProperty("due").GetString());
        Assert.True(task.GetProperty("open").GetBoolean());
    }

    [Fact]
    public async Task GetTasksAndComplete_Responses_MatchTheOpenApiDocument()
    {
        var orderId = await TechnicalTaskAsync();
        var document = await OpenApiDocument.FetchAsync(_client);

        using var list = await _client.GetAsAsync($"/orders/{orderId}/tasks", Engineer);
        using var completed = await CompleteAsync(orderId, Engineer);

        Assert.Empty(await document.ProblemsAsync("/orders/{id}/tasks", "get", list));
        Assert.Empty(await document.ProblemsAsync("/orders/{id}/tasks/{taskId}/complete", "post", completed));
    }

    [Fact]
    public async Task GetTasks_UnknownOrder_Returns404() =>
        await (await _client.GetAsAsync("/orders/NOPE-1/tasks", HostCalls.Head)).AssertProblemAsync(404);

    [Fact]
    public async Task Complete_ByTheTechnicalEngineer_Returns200WithTheCompletedTask()
    {
        var orderId = await TechnicalTaskAsync();

        using var response = await CompleteAsync(orderId, Engineer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var task = await response.JsonAsync();
        Assert.False(task.GetProperty("open").GetBoolean());
        Assert.Equal(("tech.ma", "TechnicalEngineer", "Use the 48-port switch."), (task.GetProperty("completion").GetProperty("by").GetString(), task.GetProperty("completion").GetProperty("role").GetString(), task.GetProperty("completion").GetProperty("note").GetString()));
    }

    [Fact]
    public async Task Complete_ByTheProductPlanner_Returns403RoleNotPermitted()
    {
        var orderId = await TechnicalTaskAsync();

        using var response = await CompleteAsync(orderId, Planner);

        var problem = await response.AssertProblemAsync(403, "RoleNotPermitted");
        Assert.Contains("only TechnicalEngineer or HeadOfOrderConfirmation may complete it", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complete_CallerWithSeveralRoles_ActsInTheDepartmentsRole()
    {
        var orderId = await TechnicalTaskAsync();
        using var request = HostCalls.Request(HttpMethod.Post, $"/orders/{orderId}/tasks/T1/complete", null, new StringContent("""{ "resolution": "Done." }""", System.Text.Encoding.UTF8, "application/json"));
        request.Headers.Authorization = new("Bearer", Tokens.For("li.wei", "SalesRep", "TechnicalEngineer"));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("TechnicalEngineer", (await response.JsonAsync()).GetProperty("completion").GetProperty("role").GetString());
    }

    [Fact]
    public async Task Complete_BlankResolution_Returns400NamingTheField()
    {
        var orderId = await TechnicalTaskAsync();

        using var response = await CompleteAsync(orderId, Engineer, "  ");

        Assert.StartsWith("Required", await response.AssertFieldProblemAsync("resolution"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complete_Twice_Returns409()
    {
        var orderId = await TechnicalTaskAsync();
        using var first = await CompleteAsync(orderId, Engineer);

        using var second = await CompleteAsync(orderId, Engineer, "Again.");

        await second.AssertProblemAsync(409, "PreconditionFailed");
    }

    [Fact]
    public async Task Escalate_BeforeTheDueTime_Returns409()
    {
        var orderId = await TechnicalTaskAsync();

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/tasks/T1/escalate", string.Empty, HostCalls.Officer);

        var problem = await response.AssertProblemAsync(409, "PreconditionFailed");
        Assert.Contains("is not overdue", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escalate_AfterTheDueTime_Returns200OnceThen409()
    {
        var orderId = await TechnicalTaskAsync();
        host.Clock.Reset(SampleHostFactory.Now + Duration.FromDays(7));
        try
        {
            using var first = await _client.PostJsonAsync($"/orders/{orderId}/tasks/T1/escalate", string.Empty, HostCalls.Officer);
            using var second = await _client.PostJsonAsync($"/orders/{orderId}/tasks/T1/escalate", string.Empty, HostCalls.Head);

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            var task = await first.JsonAsync();
            Assert.Equal(("conf.wang", true), (task.GetProperty("escalation").GetProperty("by").GetString(), task.GetProperty("overdue").GetBoolean()));
            Assert.Contains("already escalated", (await second.AssertProblemAsync(409, "PreconditionFailed")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            host.Clock.Reset(SampleHostFactory.Now);
        }
    }

    [Fact]
    public async Task Escalate_ByTheTechnicalEngineer_Returns403()
    {
        var orderId = await TechnicalTaskAsync();

        using var response = await _client.PostJsonAsync($"/orders/{orderId}/tasks/T1/escalate", string.Empty, Engineer);

        await response.AssertProblemAsync(403, "RoleNotPermitted");
    }
}
