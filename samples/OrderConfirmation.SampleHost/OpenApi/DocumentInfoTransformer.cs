using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OrderConfirmation.SampleHost.OpenApi;

/// <summary>The document's title, description, licence, tag descriptions, and server addresses without a trailing slash.</summary>
internal sealed class DocumentInfoTransformer : IOpenApiDocumentTransformer
{
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Orders"] = "An order's life: entered by Sales, reviewed by Order Confirmation, confirmed by its head, changed at the customer's request (articles 4.1 to 4.3).",
        ["KPIs"] = "The three KPIs of article 6.2: confirmation accuracy, timely processing, customer satisfaction.",
        ["Communications"] = "An order's communication records and the customer notifications they answer (articles 4.2, 4.4 and 6.1).",
        ["Tasks"] = "Department tasks with deadlines (articles 3 and 4.2): opened by review decisions, completed by the department, escalated to the head when overdue.",
        ["Cases"] = "Customer queries and complaints answered within their reply time, and reports of breaches through the anonymous channel (articles 5 and 6.1).",
        ["Reports"] = "Pages to read or print rather than parse: the catalogue of the rules in force, for the supervision group and the head of Order Confirmation.",
        ["Supervision"] = "The supervision group's checks by random sampling (article 6.1): the sample of confirmed orders and each one's checklist; who read an order (article 5).",
    };

    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "OrderConfirmation sample host";
        document.Info.Description =
            "A sample HTTP host of the OrderConfirmation library. Every operation needs a bearer token (see the `Bearer` scheme); " +
            "errors are problem details (RFC 9457).";
        document.Info.License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" };
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }

        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        return Task.CompletedTask;
    }
}
