using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using OrderConfirmation.Formats;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Review;
using OrderConfirmation.SampleHost.Contracts;
using OrderConfirmation.SampleHost.Contracts.Schemas;
using OrderConfirmation.SampleHost.Http;
using OrderConfirmation.SampleHost.Identity;
using OrderConfirmation.SampleHost.Store;
using OrderConfirmation.Storage;

namespace OrderConfirmation.SampleHost.Endpoints;

/// <summary><c>GET /orders/{id}</c>, where an order stands; <c>POST /orders/{id}/confirm</c>, the head of Order Confirmation confirms it.</summary>
internal static class OrderEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapOrderEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/orders/{id}", GetAsync)
            .WithName("GetOrder")
            .WithTags("Orders")
            .WithSummary("Where an order stands, as the caller's role may see it.")
            .WithDescription(
                "Roles: any. Status, revision, who entered and reviewed the order, the promised date, the order itself, the customer's credit " +
                "profile the host holds, the latest review decision and the confirmation record, each as the caller has business with it " +
                "(article 5, need-to-know): contact details and addresses only for SalesRep, ConfirmationOfficer, HeadOfOrderConfirmation and " +
                "FinanceOfficer (else `***`); prices for every role but ExecutionOfficer (else null); the credit profile for ConfirmationOfficer, " +
                "FinanceOfficer, HeadOfOrderConfirmation and Auditor (else null). A finding's `message` and `values` are masked (`***`) when " +
                "they quote what the caller may not see. `masked` names what was hidden. Every read is recorded in the audit trail first (who, in which " +
                "role, when, what was masked: `GET /orders/{id}/readers`).")
            .Produces<OrderViewSchema>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapPost("/orders/{id}/confirm", ConfirmAsync)
            .WithName("ConfirmOrder")
            .WithTags("Orders")
            .WithSummary("Confirms an order, promising a delivery date.")
            .WithDescription(
                "Roles: HeadOfOrderConfirmation. Never the person who entered the order, and only an order under review whose latest " +
                "decision is ReadyToConfirm (or held only for credit and released by Finance). The response is the confirmation record; a refusal " +
                "is a problem whose `reason` is RoleNotPermitted or SeparationOfDuties (403), WrongState or PreconditionFailed (409).")
            .Accepts<ConfirmBody>("application/json")
            .Produces<ConfirmationSchema>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<IResult> GetAsync(string id, Caller caller, OrderCommandProcessor processor, ICreditProfileProvider credit, OrderReadLog reads, CancellationToken cancellationToken)
    {
        if (await processor.Store.FindAsync(id, cancellationToken) is not { State: var state })
        {
            return Problems.UnknownOrder(id);
        }

        var profile = state.Order.Customer.CustomerId is { } customerId ? await credit.GetCreditProfileAsync(customerId, cancellationToken) : null;
        var view = NeedToKnow.For(caller.Roles, processor.Policy);
        await reads.RecordReadAsync(state.OrderId, new Actor(caller.Id!, view.Role), view.Masked, cancellationToken);
        return new JsonWriterResult(writer => OrderStateJson.Write(writer, state, view, profile));
    }

    private static async Task<IResult> ConfirmAsync(
        string id,
        HttpRequest request,
        Caller caller,
        [FromHeader(Name = HostCommands.IdempotencyKeyHeader), Description(HostCommands.IdempotencyKeyDescription)] string? idempotencyKey,
        OrderCommandProcessor processor,
        CancellationToken cancellationToken)
    {
        if (await processor.Store.FindAsync(id, cancellationToken) is null)
        {
            return Problems.UnknownOrder(id);
        }

        var bytes = await JsonBody.ReadBytesAsync(request, cancellationToken);
        var body = JsonBody.Parse(bytes, HostJsonContext.Default.ConfirmBody);
        var promised = TextValues.Date(
            body.PromisedDeliveryDate ?? throw new RequestFormatException(JsonBody.Source, "promisedDeliveryDate", "Required: the delivery date promised to the customer, such as 2026-12-15."),
            "promisedDeliveryDate",
            JsonBody.Source);

        var head = HostCommands.ActorFor(caller, LifecycleCommandKind.Confirm, processor.Policy);
        var command = new ConfirmOrder(promised);
        var result = await processor.ExecuteAsync(
            HostCommands.Request(idempotencyKey, "confirm", id, caller, bytes),
            (_, _) => ValueTask.FromResult<IReadOnlyList<CommandStep>>([new(command, head)]),
            cancellationToken);
        if (HostCommands.Problem(result) is { } problem)
        {
            return problem;
        }

        var record = result.Order!.State.Confirmation!;
        return new JsonWriterResult(writer => OrderStateJson.WriteConfirmation(writer, record));
    }
}
