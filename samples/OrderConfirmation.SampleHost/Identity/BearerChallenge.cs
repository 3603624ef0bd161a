using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;

namespace OrderConfirmation.SampleHost.Identity;

/// <summary>
/// Answers a request without a valid bearer token: 401 with a <c>WWW-Authenticate: Bearer</c> header (RFC 6750) and a
/// problem whose detail says what is wrong with the token (none sent, expired, signed with a key the host does not
/// trust, another issuer or audience) and how to get one.
/// </summary>
internal static class BearerChallenge
{
    /// <summary>Writes the 401 problem instead of the handler's empty challenge.</summary>
    public static async Task WriteAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var response = context.Response;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        var failure = context.AuthenticateFailure is null ? null : context.ErrorDescription;
        response.Headers.WWWAuthenticate = failure is null
            ? JwtBearerDefaults.AuthenticationScheme
            : $"{JwtBearerDefaults.AuthenticationScheme} error=\"invalid_token\", error_description=\"{failure.Replace('"', '\'')}\"";
        var detail = failure is null
            ? "Send a bearer token: 'Authorization: Bearer <token>'. In development, 'dotnet user-jwts create --name <user id> --role <Role>' in the host's project directory makes one."
            : $"The bearer token is not valid: {(failure.Length == 0 ? context.AuthenticateFailure!.GetType().Name : failure)}.";
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Authentication required.",
                Detail = detail,
            },
        });
    }
}
