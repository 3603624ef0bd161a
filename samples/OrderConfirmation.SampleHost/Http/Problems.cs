using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.SampleHost.Http;

/// <summary>The problem responses of the order endpoints.</summary>
internal static class Problems
{
    /// <summary>404: the host keeps no order with this id.</summary>
    public static IResult UnknownOrder(string orderId) =>
        TypedResults.Problem(
            title: "Unknown order.",
            detail: $"This host has no order '{orderId}'; enter it with POST /orders/review first.",
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

    /// <summary>The status code of a refusal.</summary>
    public static int StatusFor(RefusalReason reason) =>
        reason is RefusalReason.RoleNotPermitted or RefusalReason.SeparationOfDuties
            ? StatusCodes.Status403Forbidden
            : StatusCodes.Status409Conflict;
}
