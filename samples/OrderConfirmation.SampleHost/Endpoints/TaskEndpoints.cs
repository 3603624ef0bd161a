using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using OrderConfirmation.Formats;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.SampleHost.Contracts;
using OrderConfirmation.SampleHost.Contracts.Schemas;
using OrderConfirmation.SampleHost.Http;
using OrderConfirmation.SampleHost.Identity;
using OrderConfirmation.SampleHost.Store;
using OrderConfirmation.Storage;

namespace OrderConfirmation.SampleHost.Endpoints;

/// <summary>
/// <c>GET /orders/{id}/tasks</c>, an order's department tasks; <c>POST /orders/{id}/tasks/{taskId}/complete</c>, a
/// department completes its task; <c>POST /orders/{id}/tasks/{taskId}/escalate</c>, Order Confirmation escalates an
/// overdue task to the head.
/// </summary>
internal static class TaskEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapTaskEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/orders/{id}/tasks", GetAsync)
            .WithName("GetOrderTasks")
            .WithTags("Tasks")
            .WithSummary("An order's department tasks, open and closed.")
            .WithDescription(
                "Roles: any. The tasks the order's review decisions opened (rules/tasks.json: which department does what a finding asks, due " +
                "when, and whether the task blocks confirmation), oldest first, with `open` and `overdue` as of now.")
            .Produces<DepartmentTaskSchema[]>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapPost("/orders/{id}/tasks/{taskId}/complete", CompleteAsync)
            .WithName("CompleteTask")
            .WithTags("Tasks")
            .WithSummary("The department completes its task with a resolution.")
            .WithDescription(
                "Roles: the task's department's role (Technical: TechnicalEngineer, Product: ProductPlanner, Finance: FinanceOfficer, Sales: " +
                "SalesRep) or HeadOfOrderConfirmation. The body is `{\"resolution\": \"…\"}`, not blank. The response is the task. A refusal is a " +
                "problem whose `reason` is RoleNotPermitted (403), or WrongState or PreconditionFailed (409: no such task, or it is closed).")
            .Accepts<TaskCompletionBody>("application/json")
            .Produces<DepartmentTaskSchema>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        app.MapPost("/orders/{id}/tasks/{taskId}/escalate", EscalateAsync)
            .WithName("EscalateTask")
            .WithTags("Tasks")
            .WithSummary("Escalates an overdue task to the head of Order Confirmation.")
            .WithDescription(
                "Roles: ConfirmationOfficer, HeadOfOrderConfirmation. No body. The task records who escalated it and when; the response is the " +
                "task. A refusal is a problem whose `reason` is RoleNotPermitted (403), or WrongState or PreconditionFailed (409: no such task, " +
                "closed, not yet overdue, or already escalated).")
            .Produces<DepartmentTaskSchema>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<IResult> GetAsync(string id, OrderCommandProcessor processor, IClock clock, CancellationToken cancellationToken) =>
        await processor.Store.FindAsync(id, cancellationToken) is { State: var state }
            ? new JsonWriterResult(writer => TaskJson.WriteAll(writer, state.Tasks, clock.GetCurrentInstant()))
            : Problems.UnknownOrder(id);

    private static async Task<IResult> CompleteAsync(
        string id,
        string taskId,
        HttpRequest request,
        Caller caller,
        [FromHeader(Name = HostCommands.IdempotencyKeyHeader), Description(HostCommands.IdempotencyKeyDescription)] string? idempotencyKey,
        OrderCommandProcessor processor,
        IClock clock,
        CancellationToken cancellationToken)
    {
        if (await processor.Store.FindAsync(id, cancellationToken) is null)
        {
            return Problems.UnknownOrder(id);
        }

        var bytes = await JsonBody.ReadBytesAsync(request, cancellationToken);
        var body = JsonBody.Parse(bytes, HostJsonContext.Default.TaskCompletionBody);
        if (string.IsNullOrWhiteSpace(body.Resolution))
        {
            throw new RequestFormatException(JsonBody.Source, "resolution", "Required: what the department did or decided, in words.");
        }

        var command = new CompleteTask(taskId, body.Resolution);
        return await RunAsync(processor, HostCommands.Request(idempotencyKey, "complete-task", id, caller, bytes), command, taskId, state => Completer(caller, state, taskId, processor.Policy), clock, cancellationToken);
    }

    private static async Task<IResult> EscalateAsync(
        string id,
        string taskId,
        Caller caller,
        [FromHeader(Name = HostCommands.IdempotencyKeyHeader), Description(HostCommands.IdempotencyKeyDescription)] string? idempotencyKey,
        OrderCommandProcessor processor,
        IClock clock,
        CancellationToken cancellationToken)
    {
        if (await processor.Store.FindAsync(id, cancellationToken) is null)
        {
            return Problems.UnknownOrder(id);
        }

        var command = new EscalateTask(taskId);
        var actor = HostCommands.ActorFor(caller, LifecycleCommandKind.EscalateTask, processor.Policy);
        return await RunAsync(processor, HostCommands.Request(idempotencyKey, "escalate-task", id, caller, System.Text.Encoding.UTF8.GetBytes(taskId)), command, taskId, _ => actor, clock, cancellationToken);
    }

    private static async Task<IResult> RunAsync(OrderCommandProcessor processor, CommandRequest request, LifecycleCommand command, string taskId, Func<OrderState?, Actor> actor, IClock clock, CancellationToken cancellationToken)
    {
        var result = await processor.ExecuteAsync(
            request,
            (state, _) => ValueTask.FromResult<IReadOnlyList<CommandStep>>([new(command, actor(state))]),
            cancellationToken);
        if (HostCommands.Problem(result) is { } problem)
        {
            return problem;
        }

        var task = result.Order!.State.Tasks.First(t => t.Id == taskId);
        return new JsonWriterResult(writer => TaskJson.Write(writer, task, clock.GetCurrentInstant()));
    }

    /// <summary>
    /// The caller acting for the task's department: in the department's role when they hold it, else as the head of Order
    /// Confirmation when they are, else in the first role that may complete tasks at all (and the lifecycle refuses it).
    /// </summary>
    private static Actor Completer(Caller caller, OrderState? state, string taskId, LifecyclePolicy policy)
    {
        var task = state?.Tasks.FirstOrDefault(t => t.Id == taskId);
        var role = task is null
            ? null
            : caller.Roles.Where(r => policy.MayComplete(r, task.Department)).OrderBy(r => r == Role.HeadOfOrderConfirmation).Select(r => (Role?)r).FirstOrDefault();
        return role is { } acting ? new Actor(caller.Id!, acting) : HostCommands.ActorFor(caller, LifecycleCommandKind.CompleteTask, policy);
    }
}
