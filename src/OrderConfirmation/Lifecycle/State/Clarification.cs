using NodaTime;

namespace OrderConfirmation.Lifecycle.State;

/// <summary>A question put to the customer (article 4.2), who must reply by <see cref="Deadline"/>.</summary>
/// <param name="Question">What the customer is asked to confirm or adjust.</param>
/// <param name="AskedBy">Who asked.</param>
/// <param name="AskedAt">When.</param>
/// <param name="Deadline">The close of business of the last business day for the reply.</param>
public sealed record Clarification(string Question, string AskedBy, Instant AskedAt, Instant Deadline)
{
    /// <summary>Whether the reply is overdue at <paramref name="asOf"/>.</summary>
    public bool IsOverdue(Instant asOf) => asOf > Deadline;
}
