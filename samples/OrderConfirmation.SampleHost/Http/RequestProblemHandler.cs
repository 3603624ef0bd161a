using Microsoft.AspNetCore.Diagnostics;
using OrderConfirmation.Formats;

namespace OrderConfirmation.SampleHost.Http;

/// <summary>
/// Answers bad input with a 400 problem that names the field: the library's <see cref="RequestFormatException"/> (a
/// review request, a body, a header or a query parameter that is not valid) becomes a validation problem whose
/// <c>errors</c> map the field (<c>$</c> for the whole body) to what is wrong with it. Other exceptions are left to the
/// default handler (a 500 problem).
/// </summary>
internal sealed class RequestProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not RequestFormatException invalid)
        {
            return false;
        }

        var field = invalid.Field.Length == 0 ? "$" : invalid.Field;
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [invalid.Problem] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is invalid.",
                Detail = $"{field}: {invalid.Problem}",
            },
        });
    }
}
