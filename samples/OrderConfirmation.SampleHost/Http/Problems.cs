using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.SampleHost.Identity;
using OrderConfirmation.Storage;

namespace OrderConfirmation.SampleHost.Http;

/// <summary>The problem responses of the order endpoints.</summary>
internal static class Problems
{
    /// <summary>404: the host keeps no order with this id.</summary>
    public static IResult UnknownOrder(string orderId) =>
        TypedResults.Problem(
            title: "Unknown order.",
            detail: $"This host has no order '{orderId}'; a SalesRep enters it with POST /orders first.",
            statusCode: StatusCodes.Status404NotFound,
            extensions: new Dictionary<string, object?> { ["orderId"] = orderId });

    /// <summary>
    /// The lifecycle refused a command: 403 when the actor may not give it (their role, or separation of duties),
    /// 409 when the order is not in a state for it (its status, or a precondition such as a review not ready to confirm).
    /// The problem's <c>reason</c> is the <see cref="RefusalReason"/> and its detail the lifecycle's explanation.
    /// </summary>
    public static IResult Refused(Refusal refusal) =>
        TypedResults.Problem(
            title: "The order lifecycle refused the command.",
            detail: refusal.Message,
            statusCode: StatusFor(refusal.Reason),
            extensions: new Dictionary<string, object?> { ["reason"] = refusal.Reason.ToString() });

    /// <summary>403: the caller is who they say, but this request is not theirs to make.</summary>
    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(title: "Forbidden.", detail: detail, statusCode: StatusCodes.Status403Forbidden);

    /// <summary>409: the command id (an idempotency key or a change id) was used before for a different request.</summary>
    public static IResult CommandIdReused(CommandReceipt first) =>
        TypedResults.Problem(
            title: "The command id was used for a different request.",
            detail: $"{first.CommandId} was used by {first.ActorId} at {first.At} for {first.Kind} on order {first.OrderId} with other content; give this request a new id.",
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["reason"] = "CommandIdReused" });

    /// <summary>409: other writers kept changing the order while this command was tried; nothing was written.</summary>
    public static IResult StillChanging(string? orderId) =>
        TypedResults.Problem(
            title: "The order kept changing.",
            detail: $"Order {orderId} was changed by others each time this command was tried; nothing was written. Send it again.",
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["reason"] = "Conflict" });

    /// <summary>The status code of a refusal.</summary>
    public static int StatusFor(RefusalReason reason) =>
        reason is RefusalReason.RoleNotPermitted or RefusalReason.SeparationOfDuties
            ? StatusCodes.Status403Forbidden
            : StatusCodes.Status409Conflict;
}
