using System.Text.Json;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>The customer replied to a clarification request; the order, corrected if need be, goes back to review with a new decision.</summary>
public sealed record RecordCustomerReply : LifecycleCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="reply">The customer's reply, in words.</param>
    /// <param name="review">The review decision of the order after the reply.</param>
    /// <param name="correctedOrder">The order as the customer corrected it, or <see langword="null"/> when the order data is unchanged.</param>
    /// <exception cref="ArgumentException"><paramref name="reply"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    public RecordCustomerReply(string reply, ReviewDecision review, Order? correctedOrder = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reply);
        Reply = reply;
        Review = review ?? throw new ArgumentNullException(nameof(review));
        CorrectedOrder = correctedOrder;
    }

    /// <summary>The customer's reply.</summary>
    public string Reply { get; }

    /// <summary>The review decision after the reply.</summary>
    public ReviewDecision Review { get; }

    /// <summary>The corrected order, if the customer changed its data.</summary>
    public Order? CorrectedOrder { get; }

    /// <summary>
    /// The id of the inbound communication, already recorded on the order, that carried the reply (<c>C4</c>); optional,
    /// but supervision flags a reply without one (article 6.1, the communication records).
    /// </summary>
    public string? CommunicationId { get; init; }

    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.RecordCustomerReply;

    /// <inheritdoc />
    public override IReadOnlyList<OrderStatus> AllowedFrom => [OrderStatus.AwaitingCustomer];

    internal override CommandOutcome Execute(OrderState state, CommandContext context)
    {
        var problem = CarryingCommunication.Problem(state, CommunicationId, CommunicationDirection.Inbound, "the reply")
            ?? ReviewChecks.ForOrder(state, Review)
            ?? (CorrectedOrder is null ? null : ReviewChecks.SameOrder(state, CorrectedOrder));
        if (problem is not null)
        {
            return CommandOutcome.Fail(problem);
        }

        var after = state with
        {
            Status = OrderStatus.UnderReview,
            Order = CorrectedOrder ?? state.Order,
            LatestReview = ReviewChecks.Bound(state, Review),
            HoldRelease = null,
            Clarification = null,
            RepliedClarifications = state.Clarification is { } answered ? [.. state.RepliedClarifications, answered with { ReplyCommunicationId = CommunicationId }] : state.RepliedClarifications,
            CustomerWaits = state.CustomerWaitsUntil(context.At),
        };
        return context.Done(state, after, LifecycleEventKind.CustomerReplied, Reply);
    }

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("reply", Reply);
        writer.WriteBoolean("orderCorrected", CorrectedOrder is not null);
        CommandDetails.WriteReviewSummary(writer, Review);
        if (CommunicationId is not null)
        {
            writer.WriteString("communicationId", CommunicationId);
        }

        if (CorrectedOrder is not null)
        {
            // The corrected order sheet, so the trail holds every sheet the order had (article 6.1).
            writer.WriteStartObject("order");
            CommandDetails.WriteOrder(writer, CorrectedOrder);
            writer.WriteEndObject();
        }
    }
}
