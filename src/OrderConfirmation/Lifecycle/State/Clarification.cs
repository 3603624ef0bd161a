using NodaTime;

namespace OrderConfirmation.Lifecycle.State;

/// <summary>A question put to the customer (article 4.2), who must reply by <see cref="Deadline"/>.</summary>
/// <param name="Question">What the customer is asked to confirm or adjust.</param>
/// <param name="AskedBy">Who asked.</param>
/// <param name="AskedAt">When.</param>
/// <param name="Deadline">The close of business of the last business day for the reply.</param>
public sealed record Clarification(string Question, string AskedBy, Instant AskedAt, Instant Deadline)
{
    /// <summary>The id of the outbound <see cref="Communication"/> that carried the question, when the asker gave it.</summary>
    public string? CommunicationId { get; init; }

    /// <summary>The id of the inbound <see cref="Communication"/> that carried the customer's reply, once replied and when given.</summary>
    public string? ReplyCommunicationId { get; init; }

    /// <summary>Whether the reply is overdue at <paramref name="asOf"/>.</summary>
    public bool IsOverdue(Instant asOf) => asOf > Deadline;
}
