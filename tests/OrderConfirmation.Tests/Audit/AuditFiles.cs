using System.Text;
using OrderConfirmation.Audit;

namespace OrderConfirmation.Tests.Audit;

/// <summary>A temporary folder for audit files, deleted afterwards; and ways to write and damage them.</summary>
public sealed class AuditFiles : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("oc-audit-").FullName;

    public string PathOf(string name) => Path.Combine(_folder, name);

    /// <summary>A file log with <paramref name="count"/> execution reports, closed again.</summary>
    public string Written(int count, string name = "audit.jsonl")
    {
        var path = PathOf(name);
        using var log = JsonLinesAuditLog.Open(path);
        for (var minute = 1; minute <= count; minute++)
        {
            log.Append(AuditRecords.Report(minute));
        }

        return path;
    }

    /// <summary>The file's lines (as text, without line feeds), ignoring what follows the last line feed.</summary>
    public static List<string> Lines(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        return [.. text[..(text.LastIndexOf('\n') + 1)].Split('\n')[..^1]];
    }

    public static void WriteLines(string path, IEnumerable<string> lines) =>
        File.WriteAllText(path, string.Concat(lines.Select(l => l + "\n")), new UTF8Encoding(false));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
