using Microsoft.EntityFrameworkCore;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>A context without the store's model.</summary>
public sealed class BareContext(DbContextOptions<BareContext> options) : DbContext(options);
