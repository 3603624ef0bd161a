using Microsoft.EntityFrameworkCore;
using OrderConfirmation.EntityFrameworkCore.Internal;

namespace OrderConfirmation.EntityFrameworkCore;

/// <summary>Applies the store's tables to a model, for <see cref="OrderConfirmationDbContext"/> or a host's own context.</summary>
public static class OrderConfirmationModelBuilderExtensions
{
    /// <summary>
    /// Adds the store's four tables to the model: <c>oc_orders</c> (each order's state document under its version,
    /// indexed by status and by received instant), <c>oc_commands</c> (the receipt of every command under its unique id),
    /// <c>oc_audit_entries</c> (the one hash-chained trail, its sequence the primary key; indexed by order, actor and
    /// instant) and <c>oc_cases</c> (each customer case's state document under its version, indexed by status and reply
    /// due, and by received instant). Instants are 64-bit Unix ticks (UTC). Call it from a host's <c>OnModelCreating</c> so that the host's
    /// own data and an order's commit share one transaction (see
    /// <see cref="OrderConfirmationDbContextExtensions.CommitOrderAsync"/>); the host's migrations then create the tables.
    /// </summary>
    /// <param name="modelBuilder">The model being built.</param>
    /// <returns>The same model builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelBuilder"/> is <see langword="null"/>.</exception>
    public static ModelBuilder ApplyOrderConfirmationModel(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OrderRow>(order =>
        {
            order.ToTable(StoreTables.Orders);
            order.HasKey(o => o.OrderId).HasName("pk_oc_orders");
            order.Property(o => o.OrderId).HasColumnName("order_id");
            order.Property(o => o.Status).HasColumnName("status").HasMaxLength(32);
            order.Property(o => o.Revision).HasColumnName("revision");
            order.Property(o => o.Version).HasColumnName("version");
            order.Property(o => o.State).HasColumnName("state");
            order.Property(o => o.EnteredAt).HasColumnName("entered_at");
            order.Property(o => o.ReceivedAt).HasColumnName("received_at");
            order.Property(o => o.UpdatedAt).HasColumnName("updated_at");
            order.HasIndex(o => o.Status).HasDatabaseName("ix_oc_orders_status");
            order.HasIndex(o => o.ReceivedAt).HasDatabaseName("ix_oc_orders_received_at");
        });
        modelBuilder.Entity<CommandRow>(command =>
        {
            command.ToTable(StoreTables.Commands);
            command.HasKey(c => c.CommandId).HasName("pk_oc_commands");
            command.Property(c => c.CommandId).HasColumnName("command_id");
            command.Property(c => c.OrderId).HasColumnName("order_id");
            command.Property(c => c.Kind).HasColumnName("kind").HasMaxLength(32);
            command.Property(c => c.ActorId).HasColumnName("actor_id");
            command.Property(c => c.Role).HasColumnName("role").HasMaxLength(32);
            command.Property(c => c.At).HasColumnName("at");
            command.Property(c => c.AtNanoseconds).HasColumnName("at_nanoseconds");
            command.Property(c => c.RefusalReason).HasColumnName("refusal_reason").HasMaxLength(32);
            command.Property(c => c.RefusalMessage).HasColumnName("refusal_message");
            command.Property(c => c.Version).HasColumnName("version");
            command.Property(c => c.Revision).HasColumnName("revision");
            command.Property(c => c.Status).HasColumnName("status").HasMaxLength(32);
            command.Property(c => c.Fingerprint).HasColumnName("fingerprint");
            command.HasIndex(c => c.OrderId).HasDatabaseName("ix_oc_commands_order_id");
        });
        modelBuilder.Entity<AuditEntryRow>(entry =>
        {
            entry.ToTable(StoreTables.AuditEntries);
            entry.HasKey(e => e.Sequence).HasName("pk_oc_audit_entries");
            entry.Property(e => e.Sequence).HasColumnName("sequence").ValueGeneratedNever();
            entry.Property(e => e.At).HasColumnName("at");
            entry.Property(e => e.AtNanoseconds).HasColumnName("at_nanoseconds");
            entry.Property(e => e.Actor).HasColumnName("actor");
            entry.Property(e => e.Role).HasColumnName("role");
            entry.Property(e => e.OrderId).HasColumnName("order_id");
            entry.Property(e => e.Kind).HasColumnName("kind");
            entry.Property(e => e.Payload).HasColumnName("payload");
            entry.Property(e => e.PreviousHash).HasColumnName("previous_hash").HasMaxLength(64);
            entry.Property(e => e.Hash).HasColumnName("hash").HasMaxLength(64);
            entry.HasIndex(e => new { e.OrderId, e.Sequence }).HasDatabaseName("ix_oc_audit_entries_order_id");
            entry.HasIndex(e => new { e.Actor, e.Sequence }).HasDatabaseName("ix_oc_audit_entries_actor");
            entry.HasIndex(e => e.At).HasDatabaseName("ix_oc_audit_entries_at");
        });
        modelBuilder.Entity<CaseRow>(@case =>
        {
            @case.ToTable(StoreTables.Cases);
            @case.HasKey(c => c.CaseId).HasName("pk_oc_cases");
            @case.Property(c => c.CaseId).HasColumnName("case_id");
            @case.Property(c => c.Kind).HasColumnName("kind").HasMaxLength(32);
            @case.Property(c => c.Status).HasColumnName("status").HasMaxLength(32);
            @case.Property(c => c.Version).HasColumnName("version");
            @case.Property(c => c.State).HasColumnName("state");
            @case.Property(c => c.ReceivedAt).HasColumnName("received_at");
            @case.Property(c => c.ReplyDueAt).HasColumnName("reply_due_at");
            @case.HasIndex(c => new { c.Status, c.ReplyDueAt }).HasDatabaseName("ix_oc_cases_status_reply_due_at");
            @case.HasIndex(c => c.ReceivedAt).HasDatabaseName("ix_oc_cases_received_at");
        });
        return modelBuilder;
    }
}
