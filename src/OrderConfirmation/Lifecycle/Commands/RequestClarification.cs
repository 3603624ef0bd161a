using System.Text.Json;
using NodaTime.Text;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>
/// Order Confirmation asks the customer to confirm or adjust something (article 4.2). The reply is due by the
/// close of business of the <see cref="LifecyclePolicy.ReplyBusinessDays"/>th business day after asking.
/// </summary>
public sealed record RequestClarification : LifecycleCommand
{
    /// <summary>Creates the command.</summary>
    /// <exception cref="ArgumentException"><paramref name="question"/> is blank.</exception>
    public RequestClarification(string question)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        Question = question;
    }

    /// <summary>What the customer is asked.</summary>
    public string Question { get; }

    /// <summary>
    /// The id of the outbound communication, already recorded on the order, that carried the question (<c>C3</c>); optional,
    /// but supervision flags a clarification without one (article 6.1, the communication records).
    /// </summary>
    public string? CommunicationId { get; init; }

    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.RequestClarification;

    /// <inheritdoc />
    public override IReadOnlyList<OrderStatus> AllowedFrom => [OrderStatus.UnderReview];

    internal override CommandOutcome Execute(OrderState state, CommandContext context)
    {
        if (CarryingCommunication.Problem(state, CommunicationId, CommunicationDirection.Outbound, "the question") is { } problem)
        {
            return CommandOutcome.Fail(problem);
        }

        var deadline = context.Policy.Calendar.ReplyDeadline(context.At, context.Policy.ReplyBusinessDays);
        var clarification = new Clarification(Question, context.Actor.Id, context.At, deadline) { CommunicationId = CommunicationId };
        return context.Done(state, state with { Status = OrderStatus.AwaitingCustomer, Clarification = clarification }, LifecycleEventKind.ClarificationRequested, $"reply due by {InstantPattern.ExtendedIso.Format(deadline)}: {Question}");
    }

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("question", Question);
        if (CommunicationId is not null)
        {
            writer.WriteString("communicationId", CommunicationId);
        }
    }
}
