using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using OrderConfirmation.Formats;

namespace OrderConfirmation.SampleHost.Http;

/// <summary>
/// Answers bad input with a problem, never a 500: the library's <see cref="RequestFormatException"/> (a review request,
/// a body or a query parameter that is not valid) becomes a 400 validation problem whose <c>errors</c> map the field
/// (<c>$</c> for the whole body) to what is wrong with it; a <see cref="BadHttpRequestException"/> (a body over the
/// limit, 413, or a request the server could not read) becomes a problem with its status. Other exceptions are left to
/// the default handler (a 500 problem).
/// </summary>
internal sealed class RequestProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            RequestFormatException invalid => Invalid(invalid),
            BadHttpRequestException unreadable => new ProblemDetails
            {
                Status = unreadable.StatusCode,
                Title = unreadable.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request could not be read.",
                Detail = unreadable.Message,
            },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = problem });
    }

    private static HttpValidationProblemDetails Invalid(RequestFormatException invalid)
    {
        var field = invalid.Field.Length == 0 ? "$" : invalid.Field;
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [invalid.Problem] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is invalid.",
            Detail = $"{field}: {invalid.Problem}",
        };
    }
}
