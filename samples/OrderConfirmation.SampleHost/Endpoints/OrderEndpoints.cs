using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using OrderConfirmation.Formats;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.SampleHost.Contracts;
using OrderConfirmation.SampleHost.Http;
using OrderConfirmation.SampleHost.Store;

namespace OrderConfirmation.SampleHost.Endpoints;

/// <summary><c>GET /orders/{id}</c>, where an order stands; <c>POST /orders/{id}/confirm</c>, the head of Order Confirmation confirms it.</summary>
internal static class OrderEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapOrderEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/orders/{id}", (string id, OrderStore store) =>
                store.Find(id) is { } state ? new JsonWriterResult(writer => OrderStateJson.Write(writer, state)) : Problems.UnknownOrder(id))
            .WithName("GetOrder")
            .WithTags("Orders")
            .WithSummary("Where an order stands: status, revision, latest review decision, confirmation record.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapPost("/orders/{id}/confirm", ConfirmAsync)
            .WithName("ConfirmOrder")
            .WithTags("Orders")
            .WithSummary("Confirms an order, promising a delivery date.")
            .WithDescription(
                "Only the HeadOfOrderConfirmation confirms, never the person who entered the order, and only an order under review whose latest " +
                "decision is ReadyToConfirm (or held only for credit and released by Finance). The response is the confirmation record; a refusal " +
                "is a problem whose `reason` is RoleNotPermitted or SeparationOfDuties (403), WrongState or PreconditionFailed (409).")
            .Accepts<ConfirmBody>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<IResult> ConfirmAsync(
        string id,
        HttpRequest request,
        [FromHeader(Name = ActorHeaders.UserHeader), Description("The user id of the person confirming.")] string? user,
        [FromHeader(Name = ActorHeaders.RoleHeader), Description("The role they act in: HeadOfOrderConfirmation.")] string? role,
        OrderLifecycle lifecycle,
        OrderStore store,
        CancellationToken cancellationToken)
    {
        var actor = ActorHeaders.Read(user, role);
        if (store.Find(id) is null)
        {
            return Problems.UnknownOrder(id);
        }

        var body = await JsonBody.ReadAsync(request, HostJsonContext.Default.ConfirmBody, cancellationToken);
        var promised = TextValues.Date(
            body.PromisedDeliveryDate ?? throw new RequestFormatException(JsonBody.Source, "promisedDeliveryDate", "Required: the delivery date promised to the customer, such as 2026-12-15."),
            "promisedDeliveryDate",
            JsonBody.Source);

        using (await store.LockAsync(cancellationToken))
        {
            var result = lifecycle.Execute(store.Find(id), new ConfirmOrder(promised), actor);
            if (result.Refusal is { } refusal)
            {
                return Problems.Refused(refusal);
            }

            store.Save(result.State!);
            var record = result.State!.Confirmation!;
            return new JsonWriterResult(writer => OrderStateJson.WriteConfirmation(writer, record));
        }
    }
}
