using NodaTime;

namespace OrderConfirmation.Lifecycle.State;

/// <summary>
/// A communication about an order, as recorded (articles 4.2 and 6.1, the communication records): a call, e-mail, message,
/// meeting or letter with the customer or another department, and the customer notifications it answered.
/// </summary>
/// <param name="Id">The communication's id on its order: <c>C1</c>, <c>C2</c>, … in recording order.</param>
/// <param name="Channel">How it took place.</param>
/// <param name="Direction">Which way it went, seen from the company.</param>
/// <param name="Counterpart">Who was spoken to or wrote, for example <c>Customer: Zhang Wei</c> or <c>Sales: lin</c>.</param>
/// <param name="Summary">What was said, in words.</param>
/// <param name="OccurredAt">When it took place; never after <paramref name="RecordedAt"/>.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="Answers">The ids of the customer notifications it answered (<c>N1</c>, …); empty when none.</param>
public sealed record Communication(
    string Id,
    CommunicationChannel Channel,
    CommunicationDirection Direction,
    string Counterpart,
    string Summary,
    Instant OccurredAt,
    string RecordedBy,
    Instant RecordedAt,
    IReadOnlyList<string> Answers);
