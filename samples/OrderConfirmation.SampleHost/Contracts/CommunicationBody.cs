namespace OrderConfirmation.SampleHost.Contracts;

/// <summary>The body of <c>POST /orders/{id}/communications</c>.</summary>
internal sealed class CommunicationBody
{
    /// <summary>How it took place: <c>Phone</c>, <c>Email</c>, <c>InstantMessage</c>, <c>Meeting</c> or <c>Letter</c>.</summary>
    public string? Channel { get; set; }

    /// <summary>Which way it went: <c>Inbound</c> or <c>Outbound</c>.</summary>
    public string? Direction { get; set; }

    /// <summary>Who was spoken to or wrote, such as <c>Customer: Zhang Wei</c>.</summary>
    public string? Counterpart { get; set; }

    /// <summary>What was said.</summary>
    public string? Summary { get; set; }

    /// <summary>When it took place, such as <c>2026-11-20T01:30:00Z</c>; not in the future.</summary>
    public string? OccurredAt { get; set; }

    /// <summary>The customer notifications it answers (<c>N1</c>, …); none when absent.</summary>
    public List<string>? Answers { get; set; }
}
