using Microsoft.EntityFrameworkCore;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>A host's own context: its invoices, and the store's tables applied to its model.</summary>
public sealed class HostContext(DbContextOptions<HostContext> options) : DbContext(options)
{
    /// <summary>Creates the host's table beside the store's (the host's own migrations would).</summary>
    public const string CreateInvoicesSql = "CREATE TABLE host_invoices (number text PRIMARY KEY, amount_cents bigint NOT NULL)";

    public DbSet<Invoice> Invoices => Set<Invoice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Invoice>(invoice =>
        {
            invoice.ToTable("host_invoices");
            invoice.HasKey(i => i.Number);
            invoice.Property(i => i.Number).HasColumnName("number");
            invoice.Property(i => i.AmountCents).HasColumnName("amount_cents");
        });
        modelBuilder.ApplyOrderConfirmationModel();
    }
}
