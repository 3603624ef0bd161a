using Microsoft.AspNetCore.Http.Features;

namespace OrderConfirmation.SampleHost.Http;

/// <summary>
/// Bounds every request body to <c>SampleHost:MaxRequestBodyBytes</c> (default 1 MiB, far above any real order): a
/// body declared larger (<c>Content-Length</c>) is refused before it is read, a chunked one as soon as it has sent
/// more, both with a 413 problem (<see cref="RequestProblemHandler"/>). The limit holds on any server: the body is read
/// through a <see cref="LimitedRequestBody"/>, and Kestrel's own limit (30 MB) is raised to it when it is larger.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next, long maxBytes)
{
    /// <summary>The configuration key of the limit, in bytes.</summary>
    public const string ConfigurationKey = "SampleHost:MaxRequestBodyBytes";

    /// <summary>The limit when none is configured: 1 MiB.</summary>
    public const long DefaultMaxBytes = 1024 * 1024;

    /// <summary>Refuses a body declared too large, and bounds the rest.</summary>
    /// <exception cref="BadHttpRequestException">The body is declared larger than the limit (status 413).</exception>
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server && server.MaxRequestBodySize < maxBytes)
        {
            server.MaxRequestBodySize = maxBytes;
        }

        request.Body = new LimitedRequestBody(request.Body, maxBytes);
        return next(context);
    }

    /// <summary>The error for a body over the limit: a 413.</summary>
    public static BadHttpRequestException TooLarge(long maxBytes) =>
        new($"The request body is larger than this host accepts: at most {maxBytes} bytes ({ConfigurationKey}).", StatusCodes.Status413PayloadTooLarge);
}
