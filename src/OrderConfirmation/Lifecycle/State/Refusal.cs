namespace OrderConfirmation.Lifecycle.State;

/// <summary>Why a command was refused, in words for the person who gave it.</summary>
/// <param name="Reason">The kind of refusal.</param>
/// <param name="Message">The explanation, naming the command, the state or role and what is missing.</param>
public sealed record Refusal(RefusalReason Reason, string Message);
