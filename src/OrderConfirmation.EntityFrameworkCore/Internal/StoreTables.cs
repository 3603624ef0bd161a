namespace OrderConfirmation.EntityFrameworkCore.Internal;

/// <summary>The names of the store's tables, prefixed so they sit beside a host's own tables without clashing.</summary>
internal static class StoreTables
{
    public const string Orders = "oc_orders";

    public const string Commands = "oc_commands";

    public const string AuditEntries = "oc_audit_entries";

    public const string Cases = "oc_cases";
}
