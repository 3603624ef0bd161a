namespace OrderConfirmation.Cli;

/// <summary>Where a verified audit trail was read: a file (whose entries have lines) or a database.</summary>
/// <param name="Label">How the output names it: the file's path, or <c>&lt;provider&gt;:&lt;database&gt;</c> without credentials.</param>
/// <param name="IsFile">Whether it is a file.</param>
internal sealed record AuditSource(string Label, bool IsFile)
{
    public static AuditSource File(string path) => new(path, IsFile: true);

    public static AuditSource Database(string label) => new(label, IsFile: false);
}
