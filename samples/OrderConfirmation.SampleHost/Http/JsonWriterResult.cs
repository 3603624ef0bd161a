using System.Text.Json;

namespace OrderConfirmation.SampleHost.Http;

/// <summary>
/// A JSON response written by one of the library's JSON writers, so the host returns exactly their contract: 200 by
/// default, or 201 Created with the new resource's <paramref name="location"/>.
/// </summary>
internal sealed class JsonWriterResult(Action<Utf8JsonWriter> write, string? location = null) : IResult
{
    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = location is null ? StatusCodes.Status200OK : StatusCodes.Status201Created;
        if (location is not null)
        {
            httpContext.Response.Headers.Location = location;
        }

        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(httpContext.Response.Body);
        write(writer);
        await writer.FlushAsync(httpContext.RequestAborted);
    }
}
