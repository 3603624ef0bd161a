using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.SampleHost.Identity;

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

    /// <summary>403 <see cref="RefusalReason.RoleNotPermitted"/>: none of the caller's roles may give the command.</summary>
    public static IResult RoleNotPermitted(Caller caller, LifecycleCommandKind command, LifecyclePolicy policy)
    {
        var allowed = policy.Permissions.GetValueOrDefault(command) ?? new HashSet<Role>();
        return TypedResults.Problem(
            title: "The caller's role may not do this.",
            detail: $"{caller} may not {command}: only {(allowed.Count == 0 ? "nobody" : string.Join(", ", allowed.Order()))} may.",
            statusCode: StatusCodes.Status403Forbidden,
            extensions: new Dictionary<string, object?> { ["reason"] = nameof(RefusalReason.RoleNotPermitted) });
    }

    /// <summary>403: the caller is who they say, but this request is not theirs to make.</summary>
    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(title: "Forbidden.", detail: detail, statusCode: StatusCodes.Status403Forbidden);

    /// <summary>The status code of a refusal.</summary>
    public static int StatusFor(RefusalReason reason) =>
        reason is RefusalReason.RoleNotPermitted or RefusalReason.SeparationOfDuties
            ? StatusCodes.Status403Forbidden
            : StatusCodes.Status409Conflict;
}
