using System.Globalization;
using NodaTime;
using OrderConfirmation.Audit;

// Two modes, for the audit tests that need a second OS process:
// - OrderConfirmation.AuditWriter <audit-file> [payload-KiB]: appends execution reports with large payloads (default
//   128 KiB) in an endless loop and prints each acknowledged sequence number on its own line; the kill tests
//   (Audit/AuditWriterKillTests) kill it mid-append.
// - OrderConfirmation.AuditWriter --hold <audit-file>: opens the log and prints "open <sequence>:<hash>", then keeps it
//   open until a line (or the end) arrives on standard input, closes it and prints "closed". If the log's writer lock
//   is held elsewhere it prints "locked <message>" and exits with 4 (Audit/AuditWriterLockTests).
if (args is ["--hold", var held])
{
    return Hold(held);
}

if (args.Length is < 1 or > 2 || args[0].StartsWith("--", StringComparison.Ordinal))
{
    Console.Error.WriteLine("usage: OrderConfirmation.AuditWriter <audit-file> [payload-KiB] | --hold <audit-file>");
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

static int Hold(string path)
{
    JsonLinesAuditLog log;
    try
    {
        log = JsonLinesAuditLog.Open(path);
    }
    catch (AuditLogLockedException error)
    {
        Console.Out.WriteLine($"locked {error.Message}");
        return 4;
    }

    using (log)
    {
        Console.Out.WriteLine($"open {log.Head.Sequence}:{log.Head.Hash}");
        Console.In.ReadLine();
    }

    Console.Out.WriteLine("closed");
    return 0;
}
