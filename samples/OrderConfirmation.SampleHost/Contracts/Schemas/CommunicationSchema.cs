using System.ComponentModel;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.SampleHost.Contracts.Schemas;

/// <summary>A communication record.</summary>
[Description("A communication about an order (articles 4.2 and 6.1): a call, e-mail, message, meeting or letter.")]
internal sealed class CommunicationSchema
{
    [Description("Its id on the order, C1, C2, … in recording order.")]
    public required string Id { get; init; }

    [Description("How it took place.")]
    public required CommunicationChannel Channel { get; init; }

    [Description("Which way it went, seen from the company.")]
    public required CommunicationDirection Direction { get; init; }

    [Description("Who was spoken to or wrote; *** for a caller who may not see customer data.")]
    public required string Counterpart { get; init; }

    [Description("What was said; *** for a caller who may not see customer data.")]
    public required string Summary { get; init; }

    [Description("When it took place.")]
    public required DateTimeOffset OccurredAt { get; init; }

    [Description("Who recorded it, by user id.")]
    public required string RecordedBy { get; init; }

    [Description("When it was recorded.")]
    public required DateTimeOffset RecordedAt { get; init; }

    [Description("The customer notifications it answered (N1, …).")]
    public required IReadOnlyList<string> Answers { get; init; }
}

/// <summary>An order's communications and customer notifications.</summary>
[Description("An order's communication records and customer notifications, as the caller may see them.")]
internal sealed class CommunicationsSchema
{
    [Description("The order's id.")]
    public required string OrderId { get; init; }

    [Description("What is hidden from the caller: customerData, or nothing.")]
    public required IReadOnlyList<string> Masked { get; init; }

    [Description("The communications, in recording order.")]
    public required IReadOnlyList<CommunicationSchema> Communications { get; init; }

    [Description("The customer notifications, in the order raised, open or answered.")]
    public required IReadOnlyList<NotificationSchema> Notifications { get; init; }
}

/// <summary>A customer notification.</summary>
[Description("Something the customer must be told (article 4.4), open until an outbound communication answers it.")]
internal sealed class NotificationSchema
{
    [Description("Its id on the order, N1, N2, … in the order raised.")]
    public required string Id { get; init; }

    [Description("What the customer must be told; *** for a caller who may not see customer data.")]
    public required string Reason { get; init; }

    [Description("The kind of execution issue, or null.")]
    public required ExecutionIssueKind? Issue { get; init; }

    [Description("When it was raised.")]
    public required DateTimeOffset RaisedAt { get; init; }

    [Description("Whether the customer has not been told yet.")]
    public required bool Open { get; init; }

    [Description("The communication that told the customer, or null while open.")]
    public required string? AnsweredBy { get; init; }

    [Description("When the customer was told, or null while open.")]
    public required DateTimeOffset? AnsweredAt { get; init; }
}
