using System.Text.Json.Serialization;
using OrderConfirmation.Formats;
using OrderConfirmation.SampleHost.Http;

namespace OrderConfirmation.SampleHost.Contracts;

/// <summary>The body of <c>POST /cases</c>: a customer's query or complaint as received.</summary>
internal sealed class CaseBody
{
    /// <summary><c>Query</c> or <c>Complaint</c> (a report goes through <c>POST /cases/reports</c>).</summary>
    public string? Kind { get; set; }

    /// <summary>How it came in: Phone, Email, InstantMessage, Meeting or Letter.</summary>
    public string? Channel { get; set; }

    /// <summary>What it is about, in a line.</summary>
    public string? Subject { get; set; }

    /// <summary>The query or complaint as given.</summary>
    public string? Description { get; set; }

    /// <summary>Who the customer is, as given.</summary>
    public string? Customer { get; set; }

    /// <summary>The order it is about, if any.</summary>
    public string? OrderId { get; set; }
}

/// <summary>The body of <c>POST /cases/reports</c>: a report through the anonymous channel.</summary>
internal sealed class ReportBody
{
    /// <summary>How it came in: Phone, Email, InstantMessage, Meeting or Letter.</summary>
    public string? Channel { get; set; }

    /// <summary>What it is about, in a line.</summary>
    public string? Subject { get; set; }

    /// <summary>The report.</summary>
    public string? Description { get; set; }

    /// <summary>Only what the reporter chooses to give, such as a way to reach them; may be absent.</summary>
    public string? Contact { get; set; }

    /// <summary>The order it is about, if any.</summary>
    public string? OrderId { get; set; }
}

/// <summary>The body of <c>POST /cases/{id}/assign</c>.</summary>
internal sealed class AssignBody
{
    /// <summary>Sales, OrderConfirmation, Finance, Technical or Product.</summary>
    public string? Department { get; set; }

    /// <summary>The employee's user id.</summary>
    public string? Employee { get; set; }
}

/// <summary>The body of <c>POST /cases/{id}/notes</c>.</summary>
internal sealed class NoteBody
{
    /// <summary>What was found or done.</summary>
    public string? Text { get; set; }
}

/// <summary>The body of <c>POST /cases/{id}/rectifications</c>.</summary>
internal sealed class RectificationBody
{
    /// <summary>Who must carry it out.</summary>
    public string? Owner { get; set; }

    /// <summary>When it is due, such as <c>2026-12-04T10:00:00Z</c>.</summary>
    public string? DueAt { get; set; }

    /// <summary>What must be done.</summary>
    public string? Description { get; set; }
}

/// <summary>The body of <c>POST /cases/{id}/rectifications/{n}/done</c>.</summary>
internal sealed class RectificationDoneBody
{
    /// <summary>What was done.</summary>
    public string? How { get; set; }
}

/// <summary>The body of <c>POST /cases/{id}/answer</c>.</summary>
internal sealed class AnswerBody
{
    /// <summary>The answer as given.</summary>
    public string? Answer { get; set; }

    /// <summary>For a complaint (required) or a report: whether it was substantiated.</summary>
    public bool? Substantiated { get; set; }
}

/// <summary>The case bodies' JSON shapes: camelCase, an unknown field is an error (as <see cref="HostJsonContext"/>).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(CaseBody))]
[JsonSerializable(typeof(ReportBody))]
[JsonSerializable(typeof(AssignBody))]
[JsonSerializable(typeof(NoteBody))]
[JsonSerializable(typeof(RectificationBody))]
[JsonSerializable(typeof(RectificationDoneBody))]
[JsonSerializable(typeof(AnswerBody))]
internal sealed partial class CaseJsonContext : JsonSerializerContext
{
    /// <summary>A body's required text field.</summary>
    /// <exception cref="RequestFormatException">The field is absent.</exception>
    public static string Required(string? value, string field, string example) =>
        value ?? throw new RequestFormatException(JsonBody.Source, field, $"Required: {example}.");
}
