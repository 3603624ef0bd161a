using System.Text.Json;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>
/// Finance releases the hold: the order goes back to review, and a decision held only for credit
/// (Finance findings with outcome OnHold) may now be confirmed; an order held after its confirmation goes back to
/// <see cref="OrderStatus.Confirmed"/>.
/// </summary>
public sealed record ReleaseHold : LifecycleCommand
{
    /// <summary>Creates the command.</summary>
    /// <exception cref="ArgumentException"><paramref name="note"/> is blank.</exception>
    public ReleaseHold(string note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        Note = note;
    }

    /// <summary>Finance's note: on what terms the hold is released (prepayment received, limit raised, …).</summary>
    public string Note { get; }

    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.ReleaseHold;

    /// <inheritdoc />
    public override IReadOnlyList<OrderStatus> AllowedFrom => [OrderStatus.OnHold];

    internal override CommandOutcome Execute(OrderState state, CommandContext context) =>
        context.Done(state, state with { Status = state.Confirmation is null ? OrderStatus.UnderReview : OrderStatus.Confirmed, Hold = null, HoldRelease = context.Record(Note) }, LifecycleEventKind.HoldReleased, Note);

    internal override void WriteDetails(Utf8JsonWriter writer) => writer.WriteString("note", Note);
}
