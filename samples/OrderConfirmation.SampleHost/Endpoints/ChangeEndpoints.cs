using System.Text.Json.Nodes;
using NodaTime;
using OrderConfirmation.Changes;
using OrderConfirmation.Formats;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.SampleHost.Contracts;
using OrderConfirmation.SampleHost.Contracts.Schemas;
using OrderConfirmation.SampleHost.Http;
using OrderConfirmation.SampleHost.Identity;
using OrderConfirmation.SampleHost.Store;
using OrderConfirmation.Storage;

namespace OrderConfirmation.SampleHost.Endpoints;

/// <summary><c>POST /orders/{id}/changes</c>: a customer's change request is assessed and, when feasible, applied as a new revision.</summary>
internal static class ChangeEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapChangeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/orders/{id}/changes", ChangeAsync)
            .WithName("ChangeOrder")
            .WithTags("Orders")
            .WithSummary("Assesses a change request and applies it when feasible.")
            .WithDescription(
                "Roles: ConfirmationOfficer, HeadOfOrderConfirmation. The body is the `change` object of a change-request file (`requestedAt` defaults to now), plus the `approvals` given for it " +
                "(`[{\"department\": \"Finance\", \"approvedBy\": \"fin.zhao\"}]`). The change is assessed against the order as it stands with the " +
                "rules in force and the facts the host holds; a feasible change is applied as a new revision in the caller's name when the order is confirmed and the required approvals are given. The " +
                "response is the assessment as `orderconfirm change --json` writes it, plus `applied` and, when the lifecycle refused to apply a " +
                "feasible change, `refusal` {`reason`, `message`}. Every assessment is recorded in the audit trail, feasible or not. The " +
                "change id makes the request safe to retry: the same change id and body again is not assessed or applied again; the answer is " +
                "`{orderId, changeId, replayed: true, applied, revision, refusal}` from what became of it the first time. The same change id " +
                "with another body is a 409 (`reason` CommandIdReused).")
            .Accepts<ChangeBody>("application/json")
            .Produces<ChangeAssessmentSchema>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<IResult> ChangeAsync(
        string id,
        HttpRequest request,
        Caller caller,
        IChangeReviewer reviewer,
        OrderCommandProcessor processor,
        IClock clock,
        CancellationToken cancellationToken)
    {
        if (await processor.Store.FindAsync(id, cancellationToken) is null)
        {
            return Problems.UnknownOrder(id);
        }

        var bytes = await JsonBody.ReadBytesAsync(request, cancellationToken);
        var body = JsonBody.Parse(bytes, HostJsonContext.Default.ChangeBody);
        var change = ChangeBodyReader.Change(body, clock.GetCurrentInstant());
        var approvals = ChangeBodyReader.Approvals(body);
        var actor = HostCommands.ActorFor(caller, LifecycleCommandKind.ApplyChange, processor.Policy);

        // Every assessment goes through the lifecycle, feasible or not, so every one is audited; the change id makes a
        // retried change return its first result instead of becoming another revision.
        ChangeEvaluation? evaluation = null;
        var result = await processor.ExecuteAsync(
            HostCommands.Request(null, "change", id, caller, bytes, naturalId: change.ChangeId),
            async (current, token) =>
            {
                evaluation = await reviewer.ReviewChangeAsync(current!.ToSnapshot(), change, token);
                return [new(new ApplyChange(evaluation, approvals), actor)];
            },
            cancellationToken);
        if (result.Status is CommandStatus.IdReused or CommandStatus.Conflict
            || result.Refusal is { Reason: RefusalReason.RoleNotPermitted or RefusalReason.SeparationOfDuties })
        {
            return HostCommands.Problem(result)!;
        }

        if (result.Status == CommandStatus.Replayed)
        {
            return new JsonWriterResult(writer => ChangeReplay.Write(writer, change.ChangeId, result));
        }

        var refusal = evaluation!.Feasible ? result.Refusal : null;
        var json = JsonNode.Parse(ChangeJsonWriter.ToJson(evaluation))!.AsObject();
        json["applied"] = result.IsAccepted;
        json["refusal"] = refusal is null ? null : new JsonObject { ["reason"] = refusal.Reason.ToString(), ["message"] = refusal.Message };
        return new JsonWriterResult(writer => json.WriteTo(writer));
    }
}
