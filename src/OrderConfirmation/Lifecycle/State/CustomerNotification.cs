using NodaTime;

namespace OrderConfirmation.Lifecycle.State;

/// <summary>
/// The customer must be told something (article 4.4; article 5, progress information "in the agreed way and at the agreed
/// times"): opened by every <see cref="LifecycleEventKind.CustomerNotificationRequired"/> event and open until an outbound
/// <see cref="Communication"/> answers it.
/// </summary>
/// <param name="Id">The notification's id on its order: <c>N1</c>, <c>N2</c>, … in the order notifications are raised.</param>
/// <param name="Reason">What the customer must be told: the event's note.</param>
/// <param name="Issue">The kind of execution issue, if any.</param>
/// <param name="RaisedAt">When the command that raised it was given.</param>
public sealed record CustomerNotification(string Id, string Reason, ExecutionIssueKind? Issue, Instant RaisedAt)
{
    /// <summary>The id of the outbound communication that told the customer, or <see langword="null"/> while open.</summary>
    public string? AnsweredBy { get; init; }

    /// <summary>When the customer was told: when the answering communication took place; <see langword="null"/> while open.</summary>
    public Instant? AnsweredAt { get; init; }

    /// <summary>Whether the customer has not been told yet.</summary>
    public bool IsOpen => AnsweredBy is null;
}
