using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.SampleHost.Http;

namespace OrderConfirmation.SampleHost.Identity;

/// <summary>
/// Lets through only callers whose valid token names a user (<c>unique_name</c> or <c>sub</c>) and gives at least one
/// of the library's roles; anyone else is a 403 problem saying what the token lacks.
/// </summary>
internal sealed class KnownCallerFilter : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var caller = Caller.From(context.HttpContext.User);
        if (caller.Id is null)
        {
            return Problems.Forbidden($"The token names no user: give it a '{Caller.NameClaim}' or '{Caller.SubjectClaim}' claim.");
        }

        if (caller.Roles.Count == 0)
        {
            return Problems.Forbidden(
                $"The token gives {caller.Id} no role of this host: give it a '{Caller.RoleClaim}' claim holding one of {string.Join(", ", Enum.GetNames<Role>())}.");
        }

        return await next(context);
    }
}
