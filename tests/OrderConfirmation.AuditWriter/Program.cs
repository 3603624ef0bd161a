using System.Globalization;
using NodaTime;
using OrderConfirmation.Audit;

// Appends execution reports with large payloads to the audit file named by the first argument, in an endless loop,
// and prints each acknowledged sequence number on its own line. The kill test kills it mid-append.
// The optional second argument is the payload size in KiB (default 128).
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: OrderConfirmation.AuditWriter <audit-file> [payload-KiB]");
    return 2;
}

var kib = args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 128;
var start = Instant.FromUtc(2026, 11, 25, 3, 0);
var filler = new string('x', kib * 1024);
using var log = JsonLinesAuditLog.Open(args[0]);
while (true)
{
    var next = log.Head.Sequence + 1;
    var payload = $$"""{"milestone":"step {{next}}","note":"{{filler}}"}""";
    AuditEntry entry;
    try
    {
        entry = log.Append(new AuditRecord(start + Duration.FromSeconds(next), "audit-writer", "ExecutionOfficer", $"SO-{next % 7}", "ExecutionReport", payload));
    }
    catch (IOException error)
    {
        // A full disk (or a file-size limit): the entry is not acknowledged, and the log refuses to go on.
        Console.Out.WriteLine($"refused {next}: {error.GetType().Name}");
        try
        {
            log.Append(new AuditRecord(start, "audit-writer", "ExecutionOfficer", "SO-0", "ExecutionReport", "{}"));
            Console.Out.WriteLine("appended after a failure");
        }
        catch (InvalidOperationException)
        {
            Console.Out.WriteLine("refused again");
        }

        Console.Out.WriteLine($"head {log.Head.Sequence}");
        return 3;
    }

    Console.Out.WriteLine(entry.Sequence);
}
