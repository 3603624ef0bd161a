namespace OrderConfirmation.EntityFrameworkCore.Internal;

/// <summary>A row of <c>oc_commands</c>: a <see cref="Storage.CommandReceipt"/> under its command id.</summary>
internal sealed class CommandRow
{
    public required string CommandId { get; set; }

    public required string OrderId { get; set; }

    /// <summary>The <see cref="Lifecycle.State.LifecycleCommandKind"/> name.</summary>
    public required string Kind { get; set; }

    public required string ActorId { get; set; }

    /// <summary>The <see cref="Lifecycle.State.Role"/> name.</summary>
    public required string Role { get; set; }

    /// <summary>When the command was applied, in Unix ticks (rounded down); <see cref="AtNanoseconds"/> holds the rest.</summary>
    public long At { get; set; }

    public int AtNanoseconds { get; set; }

    /// <summary>The <see cref="Lifecycle.State.RefusalReason"/> name, or <see langword="null"/> when carried out.</summary>
    public string? RefusalReason { get; set; }

    public string? RefusalMessage { get; set; }

    public long Version { get; set; }

    public int Revision { get; set; }

    /// <summary>The <see cref="Orders.OrderStatus"/> name, or <see langword="null"/>.</summary>
    public string? Status { get; set; }

    public required string Fingerprint { get; set; }
}
