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
                "feasible change, `refusal` {`reason`, `message`}.")
            .Accepts<ChangeBody>("application/json")
            .Produces<ChangeAssessmentSchema>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<IResult> ChangeAsync(
        string id,
        HttpRequest request,
        Caller caller,
        IChangeReviewer reviewer,
        OrderLifecycle lifecycle,
        OrderStore store,
        IClock clock,
        CancellationToken cancellationToken)
    {
        if (caller.ActingFor(LifecycleCommandKind.ApplyChange, lifecycle.Policy) is not { } actor)
        {
            return Problems.RoleNotPermitted(caller, LifecycleCommandKind.ApplyChange, lifecycle.Policy);
        }

        if (store.Find(id) is null)
        {
            return Problems.UnknownOrder(id);
        }

        var body = await JsonBody.ReadAsync(request, HostJsonContext.Default.ChangeBody, cancellationToken);
        var change = ChangeBodyReader.Change(body, clock.GetCurrentInstant());
        var approvals = ChangeBodyReader.Approvals(body);

        using (await store.LockAsync(cancellationToken))
        {
            var state = store.Find(id)!;
            var evaluation = await reviewer.ReviewChangeAsync(state.ToSnapshot(), change, cancellationToken);
            Refusal? refusal = null;
            if (evaluation.Feasible)
            {
                var applied = lifecycle.Execute(state, new ApplyChange(evaluation, approvals), actor);
                refusal = applied.Refusal;
                if (applied.IsAccepted)
                {
                    store.Save(applied.State!);
                }
            }

            var json = JsonNode.Parse(ChangeJsonWriter.ToJson(evaluation))!.AsObject();
            json["applied"] = evaluation.Feasible && refusal is null;
            json["refusal"] = refusal is null ? null : new JsonObject { ["reason"] = refusal.Reason.ToString(), ["message"] = refusal.Message };
            return new JsonWriterResult(writer => json.WriteTo(writer));
        }
    }
}
