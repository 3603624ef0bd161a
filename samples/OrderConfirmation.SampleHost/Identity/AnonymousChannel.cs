namespace OrderConfirmation.SampleHost.Identity;

/// <summary>
/// The anonymous reporting channel (article 6.1: the reporter's identity is protected): <c>POST /cases/reports</c> takes
/// no token, and any <c>Authorization</c> or <c>Cookie</c> header sent to it is dropped before authentication runs, so no
/// caller identity is ever read, validated, logged or recorded for a report.
/// </summary>
internal static class AnonymousChannel
{
    /// <summary>The route of the anonymous channel.</summary>
    public const string Route = "/cases/reports";

    /// <summary>Drops identifying headers from requests to <see cref="Route"/>; call before <c>UseAuthentication</c>.</summary>
    public static IApplicationBuilder UseAnonymousChannel(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.Path.Equals(Route, StringComparison.OrdinalIgnoreCase))
            {
                context.Request.Headers.Authorization = default;
                context.Request.Headers.Cookie = default;
            }

            return next(context);
        });
}
