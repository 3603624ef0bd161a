using System.Text.Json;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>
/// A command on an order's life (submit, confirm, report progress, …). Commands are data: an
/// <see cref="OrderStateMachine"/> checks the state, the actor's role and the command's preconditions and
/// applies it, or refuses it and changes nothing.
/// </summary>
public abstract record LifecycleCommand
{
    private protected LifecycleCommand()
    {
    }

    /// <summary>Which command this is.</summary>
    public abstract LifecycleCommandKind Kind { get; }

    /// <summary>The statuses the command may be given in.</summary>
    public abstract IReadOnlyList<OrderStatus> AllowedFrom { get; }

    /// <summary>Applies the command to a state already checked for status and role.</summary>
    internal abstract CommandOutcome Execute(OrderState state, CommandContext context);

    /// <summary>Writes the command's data (never customer contact data) into its audit record.</summary>
    internal abstract void WriteDetails(Utf8JsonWriter writer);

    /// <summary>Writes the command's data into its audit record, with what the library assigned when it was accepted (an id).</summary>
    /// <param name="writer">The record's <c>details</c> object.</param>
    /// <param name="after">The state after the accepted command; <see langword="null"/> when it was refused.</param>
    internal virtual void WriteDetails(Utf8JsonWriter writer, OrderState? after) => WriteDetails(writer);
}
