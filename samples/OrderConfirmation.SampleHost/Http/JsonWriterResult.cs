using System.Text.Json;

namespace OrderConfirmation.SampleHost.Http;

/// <summary>A JSON response written by one of the library's JSON writers, so the host returns exactly their contract.</summary>
internal sealed class JsonWriterResult(Action<Utf8JsonWriter> write) : IResult
{
    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(httpContext.Response.Body);
        write(writer);
        await writer.FlushAsync(httpContext.RequestAborted);
    }
}
