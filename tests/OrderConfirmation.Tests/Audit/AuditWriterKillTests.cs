using System.Diagnostics;
using OrderConfirmation.Audit;
using Xunit.Abstractions;

namespace OrderConfirmation.Tests.Audit;

/// <summary>
/// Kills a process that is appending to an audit file (tests/OrderConfirmation.AuditWriter, copied next to the tests
/// by its project reference). Every acknowledged entry must survive and every complete line verify; if the kill lands
/// mid-write, the torn tail must be reported on opening and moved aside by the repair, never dropped or appended after.
/// </summary>
public sealed class AuditWriterKillTests(ITestOutputHelper output) : IDisposable
{
    private const int AcknowledgedBeforeKill = 5;
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    private readonly AuditFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Open_WriterKilledWhileAppending_KeepsEveryCompleteEntryAndContinuesTheSequence()
    {
        var path = _files.PathOf("killed.jsonl");
        var acknowledged = RunAndKillWriter(path);
        var killed = File.ReadAllBytes(path);
        var completeLength = Array.LastIndexOf(killed, (byte)'\n') + 1;
        var completeLines = killed.AsSpan(0, completeLength).Count((byte)'\n');

        var repair = OpenOrRepair(path);
        output.WriteLine($"killed after {acknowledged} acknowledged entries: {completeLines} complete lines, {killed.Length - completeLength} torn bytes{(repair is null ? string.Empty : $" moved to {repair.SideFilePath}")}");

        Assert.True(completeLines >= acknowledged, $"{completeLines} complete lines but {acknowledged} entries acknowledged");
        Assert.Equal(killed[..completeLength], File.ReadAllBytes(path));
        Assert.Equal(killed.Length - completeLength, repair?.BytesMoved ?? 0);
        if (repair is { SideFilePath: { } side })
        {
            Assert.Equal(killed[completeLength..], File.ReadAllBytes(side));
        }

        using var log = JsonLinesAuditLog.Open(path);
        Assert.Equal(completeLines, log.Head.Sequence);
        Assert.True(AuditChain.Verify(log.Entries).IsIntact);
        Assert.Equal(completeLines + 1, log.Append(AuditRecords.Report(0)).Sequence);
    }

    /// <summary>
    /// The kernel kills the writer in the middle of a line: with a file-size limit (<c>ulimit -f</c>) the write that
    /// crosses it is cut short and the process dies of SIGXFSZ, leaving a torn last line every time.
    /// </summary>
    [Fact]
    public void Open_WriterKilledMidLine_ReportsTheTornTailAndRepairKeepsTheLastCompleteEntry()
    {
        Assert.True(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "needs a POSIX shell's ulimit");
        var path = _files.PathOf("torn.jsonl");
        const int LimitBytes = 1000 * 1024;
        var (exitCode, acknowledged) = RunWriterUnderFileSizeLimit(path, LimitBytes);
        var killed = File.ReadAllBytes(path);
        var completeLength = Array.LastIndexOf(killed, (byte)'\n') + 1;

        Assert.Equal(128 + 25, exitCode); // killed by SIGXFSZ
        Assert.Equal(LimitBytes, killed.Length);
        Assert.True(completeLength < killed.Length, "the last line should be torn");
        var error = Assert.Throws<AuditLogCorruptException>(() => JsonLinesAuditLog.Open(path));
        Assert.True(error.IsTornTail, error.Message);
        Assert.Equal(acknowledged + 1, error.Sequence);
        Assert.Equal(killed, File.ReadAllBytes(path)); // reporting wrote nothing

        var repair = JsonLinesAuditLog.RepairTornTail(path);

        Assert.Equal((acknowledged, killed.Length - completeLength), (repair.LastKeptSequence, repair.BytesMoved));
        Assert.Equal(killed[completeLength..], File.ReadAllBytes(repair.SideFilePath!));
        using var log = JsonLinesAuditLog.Open(path);
        Assert.Equal(acknowledged, log.Head.Sequence);
        Assert.Equal(acknowledged + 1, log.Append(AuditRecords.Report(0)).Sequence);
        Assert.True(AuditChain.VerifyFile(path).IsIntact);
    }

    /// <summary>
    /// A full disk: with the file-size signal ignored, the write that crosses the limit fails with an I/O error instead of
    /// killing the writer. The entry is not acknowledged, the log refuses further appends, and after the torn tail is
    /// repaired the file verifies with every acknowledged entry.
    /// </summary>
    [Fact]
    public void Append_DiskFull_IsNotAcknowledgedAndNothingAcknowledgedIsLost()
    {
        Assert.True(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "needs a POSIX shell's ulimit");
        var path = _files.PathOf("full.jsonl");

        var (exitCode, output) = RunWriter(path, "trap '' XFSZ; ulimit -f 1000", out var lines);

        Assert.True(exitCode == 3, output);
        var acknowledged = lines.Where(l => long.TryParse(l, out _)).Select(long.Parse).Last();
        Assert.Contains($"refused {acknowledged + 1}: IOException", lines);
        Assert.Contains("refused again", lines);
        Assert.Contains($"head {acknowledged}", lines);
        if (!AuditChain.VerifyFile(path).IsIntact)
        {
            Assert.Equal(acknowledged, JsonLinesAuditLog.RepairTornTail(path).LastKeptSequence);
        }

        var verification = AuditChain.VerifyFile(path);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(acknowledged, verification.EntriesVerified);
    }

    private static (int ExitCode, string Output) RunWriter(string path, string shellPrefix, out string[] lines)
    {
        var start = new ProcessStartInfo("/bin/bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"{shellPrefix}; exec \"$0\" \"$@\"");
        start.ArgumentList.Add(Builders.DotnetCli.Host);
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OrderConfirmation.AuditWriter.dll"));
        start.ArgumentList.Add(path);
        start.ArgumentList.Add("128");
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!process.WaitForExit(StartupTimeout))
        {
            process.Kill(entireProcessTree: true);
        }

        return (process.ExitCode, string.Join('\n', lines) + errors.Result);
    }

    private static (int ExitCode, long Acknowledged) RunWriterUnderFileSizeLimit(string path, int limitBytes)
    {
        var start = new ProcessStartInfo("/bin/bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"ulimit -f {limitBytes / 1024}; exec \"$0\" \"$@\"");
        start.ArgumentList.Add(Builders.DotnetCli.Host);
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OrderConfirmation.AuditWriter.dll"));
        start.ArgumentList.Add(path);
        start.ArgumentList.Add("128");
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0"; // the runtime's double-mapped code heap would itself hit the limit
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!process.WaitForExit(StartupTimeout))
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(lines.Length > 0, $"the writer acknowledged nothing: {errors.Result}");
        return (process.ExitCode, long.Parse(lines[^1], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Opens the file; if that reports a torn tail (and only then), repairs it.</summary>
    private static TornTailRepair? OpenOrRepair(string path)
    {
        try
        {
            using var log = JsonLinesAuditLog.Open(path);
            return null;
        }
        catch (AuditLogCorruptException error) when (error.IsTornTail)
        {
            var repair = JsonLinesAuditLog.RepairTornTail(path);
            Assert.True(repair.Repaired);
            Assert.Equal(error.Sequence - 1, repair.LastKeptSequence);
            return repair;
        }
    }

    /// <summary>Starts the writer, waits until it has acknowledged a few entries, kills it; returns the last acknowledged sequence.</summary>
    private static long RunAndKillWriter(string path)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "OrderConfirmation.AuditWriter.dll");
        Assert.True(File.Exists(writer), $"{writer} was not built next to the tests");
        var start = new ProcessStartInfo(Builders.DotnetCli.Host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(writer);
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        long last = 0;
        using (new Timer(_ => process.Kill(entireProcessTree: true), null, StartupTimeout, Timeout.InfiniteTimeSpan))
        {
            while (last < AcknowledgedBeforeKill && process.StandardOutput.ReadLine() is { } line)
            {
                last = long.Parse(line, System.Globalization.CultureInfo.InvariantCulture);
            }

            process.Kill(entireProcessTree: true);
        }

        foreach (var line in process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            last = long.Parse(line, System.Globalization.CultureInfo.InvariantCulture);
        }

        process.WaitForExit();
        Assert.True(last >= AcknowledgedBeforeKill, $"the writer acknowledged only {last} entries: {errors.Result}");
        return last;
    }
}
