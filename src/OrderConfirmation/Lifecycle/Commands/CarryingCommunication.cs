using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>Checks the communication a clarification question or reply names as the one that carried it.</summary>
internal static class CarryingCommunication
{
    /// <summary>The problem with <paramref name="communicationId"/> as the carrier of <paramref name="what"/>, or <see langword="null"/> when it is fine or not given.</summary>
    /// <param name="state">The order, whose communications are searched.</param>
    /// <param name="communicationId">The communication named, if any.</param>
    /// <param name="direction">The direction the carrier must have: outbound for a question, inbound for a reply.</param>
    /// <param name="what">What it carried, in words: "the question", "the reply".</param>
    public static string? Problem(OrderState state, string? communicationId, CommunicationDirection direction, string what)
    {
        if (communicationId is null)
        {
            return null;
        }

        if (state.Communications.FirstOrDefault(c => c.Id == communicationId) is not { } communication)
        {
            return $"there is no communication {communicationId} on the order to have carried {what}; record it first";
        }

        return communication.Direction == direction
            ? null
            : $"communication {communicationId} is {Word(communication.Direction)}, so it cannot have carried {what}, which needs an {Word(direction)} one";
    }

    private static string Word(CommunicationDirection direction) => direction == CommunicationDirection.Inbound ? "inbound" : "outbound";
}
