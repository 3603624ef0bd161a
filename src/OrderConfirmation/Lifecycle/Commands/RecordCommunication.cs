using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>
/// Records a communication about an order (articles 4.2 and 6.1, the communication records): a call, e-mail, instant
/// message, meeting or letter with the customer or a department, in either direction. An outbound communication may
/// answer the order's open customer notifications (article 4.4; article 5). Possible in every status, after the
/// order's life is over too (a complaint call after completion is still recorded), and never changes the status. The
/// library gives it the next id, <c>C1</c>, <c>C2</c>, … Refused for a notification the order does not have, one already
/// answered, an inbound communication that answers any, and a communication that occurred after it is recorded.
/// </summary>
public sealed record RecordCommunication : LifecycleCommand
{
    private static readonly OrderStatus[] EveryStatus = Enum.GetValues<OrderStatus>();

    /// <summary>Creates the command.</summary>
    /// <param name="channel">How the communication took place.</param>
    /// <param name="direction">Which way it went, seen from the company.</param>
    /// <param name="counterpart">Who was spoken to or wrote, for example <c>Customer: Zhang Wei</c> or <c>Sales: lin</c>.</param>
    /// <param name="summary">What was said.</param>
    /// <param name="occurredAt">When it took place; not after the command is given.</param>
    /// <param name="answers">The ids of the customer notifications it answers (<c>N1</c>, …); none by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> or <paramref name="direction"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="counterpart"/> or <paramref name="summary"/> is blank, or <paramref name="answers"/> holds a blank id or an id twice.</exception>
    public RecordCommunication(CommunicationChannel channel, CommunicationDirection direction, string counterpart, string summary, Instant occurredAt, IReadOnlyList<string>? answers = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(counterpart);
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        Channel = Enum.IsDefined(channel) ? channel : throw new ArgumentOutOfRangeException(nameof(channel), channel, "Not a defined channel.");
        Direction = Enum.IsDefined(direction) ? direction : throw new ArgumentOutOfRangeException(nameof(direction), direction, "Not a defined direction.");
        Counterpart = counterpart;
        Summary = summary;
        OccurredAt = occurredAt;
        Answers = [.. answers ?? []];
        if (Answers.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A notification id is blank.", nameof(answers));
        }

        if (Answers.Distinct(StringComparer.Ordinal).Count() != Answers.Count)
        {
            throw new ArgumentException("A notification id appears twice.", nameof(answers));
        }
    }

    /// <summary>How the communication took place.</summary>
    public CommunicationChannel Channel { get; }

    /// <summary>Which way it went.</summary>
    public CommunicationDirection Direction { get; }

    /// <summary>Who was spoken to or wrote.</summary>
    public string Counterpart { get; }

    /// <summary>What was said.</summary>
    public string Summary { get; }

    /// <summary>When it took place.</summary>
    public Instant OccurredAt { get; }

    /// <summary>The ids of the customer notifications it answers; empty when none.</summary>
    public IReadOnlyList<string> Answers { get; }

    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.RecordCommunication;

    /// <inheritdoc />
    public override IReadOnlyList<OrderStatus> AllowedFrom => EveryStatus;

    internal override CommandOutcome Execute(OrderState state, CommandContext context)
    {
        if (OccurredAt > context.At)
        {
            return CommandOutcome.Fail($"the communication is said to have occurred at {InstantPattern.ExtendedIso.Format(OccurredAt)}, after it is recorded ({InstantPattern.ExtendedIso.Format(context.At)}); record a communication once it has happened");
        }

        var id = $"C{state.Communications.Count + 1}";
        var notifications = state.Notifications.ToList();
        foreach (var answered in Answers)
        {
            var index = notifications.FindIndex(n => n.Id == answered);
            if (index < 0)
            {
                return CommandOutcome.Fail($"there is no customer notification {answered} on the order");
            }

            if (Direction == CommunicationDirection.Inbound)
            {
                return CommandOutcome.Fail($"an inbound communication cannot answer customer notification {answered}: the customer is told by an outbound one");
            }

            if (notifications[index].AnsweredBy is { } by)
            {
                return CommandOutcome.Fail($"customer notification {answered} was already answered by communication {by}");
            }

            notifications[index] = notifications[index] with { AnsweredBy = id, AnsweredAt = OccurredAt };
        }

        var communication = new Communication(id, Channel, Direction, Counterpart, Summary, OccurredAt, context.Actor.Id, context.At, Answers);
        return CommandOutcome.Done(state with { Communications = [.. state.Communications, communication], Notifications = Answers.Count == 0 ? state.Notifications : [.. notifications] });
    }

    internal override void WriteDetails(Utf8JsonWriter writer) => WriteDetails(writer, null);

    internal override void WriteDetails(Utf8JsonWriter writer, OrderState? after)
    {
        if (after?.Communications is [.., var recorded])
        {
            writer.WriteString("communicationId", recorded.Id);
        }

        writer.WriteString("channel", Channel.ToString());
        writer.WriteString("direction", Direction.ToString());
        writer.WriteString("counterpart", Counterpart);
        writer.WriteString("summary", Summary);
        writer.WriteString("occurredAt", InstantPattern.ExtendedIso.Format(OccurredAt));
        writer.WriteStartArray("answers");
        foreach (var answered in Answers)
        {
            writer.WriteStringValue(answered);
        }

        writer.WriteEndArray();
    }
}
