using System.Buffers;
using System.Text;
using System.Text.Json;
using OrderConfirmation.Audit;
using OrderConfirmation.Formats;

namespace OrderConfirmation.Cli;

/// <summary>Writes the result of <c>orderconfirm audit verify</c> as text or as one JSON object.</summary>
internal static class AuditVerificationWriter
{
    private static readonly JsonWriterOptions JsonOptions = JsonOutput.WriterOptions;

    /// <summary>Writes the result as text or JSON; returns the exit code: 0 intact, 5 broken.</summary>
    public static int Report(TextWriter output, AuditSource source, AuditHead? expected, AuditVerification verification, bool json)
    {
        if (json)
        {
            output.WriteLine(ToJson(source, expected, verification));
        }
        else
        {
            WriteText(output, source, verification);
        }

        return verification.IsIntact ? ExitCodes.Success : ExitCodes.AuditBroken;
    }

    /// <summary>
    /// Intact: <c>&lt;source&gt;: intact, N entries verified</c> and <c>head: &lt;sequence&gt;:&lt;hash&gt;</c>. Broken: the
    /// first bad entry (its line, for a file) and kind of problem, the problem, and how far the trail verified.
    /// </summary>
    public static void WriteText(TextWriter output, AuditSource source, AuditVerification verification)
    {
        if (verification.IsIntact)
        {
            output.WriteLine($"{source.Label}: intact, {verification.EntriesVerified} entries verified");
            output.WriteLine($"head: {Head(verification.Head)}");
            return;
        }

        var where = (verification.FirstBadLine, source.IsFile) switch
        {
            ({ } number, _) => $" (line {number})",
            (null, true) => " (missing from the end of the file)",
            _ => string.Empty,
        };
        output.WriteLine($"{source.Label}: broken at entry {verification.FirstBadSequence}{where}: {verification.ProblemKind}");
        output.WriteLine($"  {verification.Problem}");
        output.WriteLine(verification.EntriesVerified == 0
            ? "  no entry verified before it"
            : $"  entries 1 to {verification.EntriesVerified} verified; their head: {Head(verification.Head)}");
    }

    /// <summary>
    /// One JSON object: <c>file</c> (or <c>database</c>), <c>intact</c>, <c>entriesVerified</c>, <c>head</c> {<c>sequence</c>, <c>hash</c>} (of
    /// the verified part), <c>expectedHead</c> ({<c>sequence</c>, <c>hash</c>} or null), <c>firstBad</c> (null when intact,
    /// else {<c>sequence</c>, <c>line</c> (null when missing from the end), <c>kind</c>, <c>problem</c>}).
    /// </summary>
    public static string ToJson(AuditSource source, AuditHead? expected, AuditVerification verification)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteString(source.IsFile ? "file" : "database", source.Label);
            writer.WriteBoolean("intact", verification.IsIntact);
            writer.WriteNumber("entriesVerified", verification.EntriesVerified);
            writer.WritePropertyName("head");
            WriteHead(writer, verification.Head);
            writer.WritePropertyName("expectedHead");
            if (expected is { } head)
            {
                WriteHead(writer, head);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WritePropertyName("firstBad");
            WriteFirstBad(writer, verification);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Head(AuditHead head) => $"{head.Sequence}:{head.Hash}";

    private static void WriteHead(Utf8JsonWriter writer, AuditHead head)
    {
        writer.WriteStartObject();
        writer.WriteNumber("sequence", head.Sequence);
        writer.WriteString("hash", head.Hash);
        writer.WriteEndObject();
    }

    private static void WriteFirstBad(Utf8JsonWriter writer, AuditVerification verification)
    {
        if (verification.IsIntact)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteNumber("sequence", verification.FirstBadSequence.GetValueOrDefault());
        if (verification.FirstBadLine is { } line)
        {
            writer.WriteNumber("line", line);
        }
        else
        {
            writer.WriteNull("line");
        }

        writer.WriteString("kind", verification.ProblemKind.ToString());
        writer.WriteString("problem", verification.Problem);
        writer.WriteEndObject();
    }
}
