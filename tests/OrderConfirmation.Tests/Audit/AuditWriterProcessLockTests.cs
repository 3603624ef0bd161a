using System.Diagnostics;
using OrderConfirmation.Audit;

namespace OrderConfirmation.Tests.Audit;

/// <summary>
/// Issue 14 across OS processes: a second process (tests/OrderConfirmation.AuditWriter with <c>--hold</c>) and this
/// one open the same JSON Lines audit file. On Linux .NET enforces the lock with <c>flock</c> between processes; these
/// tests check that it really refuses the second writer, lets readers verify, and goes with the process that held it.
/// </summary>
public sealed class AuditWriterProcessLockTests : IDisposable
{
    private readonly AuditFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Open_AnotherProcessHoldsTheLog_IsRefusedNamingTheFile()
    {
        var path = _files.Written(3);
        using var other = HeldLog.Start(path);
        Assert.StartsWith("open 3:", other.ReadLine(), StringComparison.Ordinal);

        var error = Assert.Throws<AuditLogLockedException>(() => JsonLinesAuditLog.Open(path));

        Assert.Equal(path, error.Path);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyFile_AnotherProcessHoldsTheLog_VerifiesAndFindsItsHead()
    {
        var path = _files.Written(3);
        using var other = HeldLog.Start(path);
        var opened = other.ReadLine();

        var verification = AuditChain.VerifyFile(path);

        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal($"open 3:{verification.Head.Hash}", opened);
    }

    [Fact]
    public void Open_ThisProcessHoldsTheLog_AnotherProcessIsRefused()
    {
        var path = _files.Written(2);
        using var writer = JsonLinesAuditLog.Open(path);

        using var other = HeldLog.Start(path);

        var line = other.ReadLine();
        Assert.StartsWith($"locked {path}: the audit log is already open for writing", line, StringComparison.Ordinal);
        Assert.Equal(4, other.WaitForExit());
        Assert.Equal(3, writer.Append(AuditRecords.Report(3)).Sequence);
    }

    [Fact]
    public void Open_AfterTheOtherProcessClosedTheLog_Opens()
    {
        var path = _files.Written(2);
        using var other = HeldLog.Start(path);
        Assert.StartsWith("open 2:", other.ReadLine(), StringComparison.Ordinal);
        Assert.Throws<AuditLogLockedException>(() => JsonLinesAuditLog.Open(path));

        other.Close();
        Assert.Equal("closed", other.ReadLine());
        Assert.Equal(0, other.WaitForExit());

        using var log = JsonLinesAuditLog.Open(path);
        Assert.Equal(3, log.Append(AuditRecords.Report(3)).Sequence);
    }

    [Fact]
    public void Open_AfterTheOtherProcessWasKilled_Opens()
    {
        var path = _files.Written(2);
        using var other = HeldLog.Start(path);
        Assert.StartsWith("open 2:", other.ReadLine(), StringComparison.Ordinal);

        other.Kill();

        using var log = JsonLinesAuditLog.Open(path);
        Assert.Equal(3, log.Append(AuditRecords.Report(3)).Sequence);
    }

    [Fact]
    public void Open_ThisProcessClosedTheLog_AnotherProcessOpens()
    {
        var path = _files.Written(2);
        var writer = JsonLinesAuditLog.Open(path);
        writer.Append(AuditRecords.Report(3));
        writer.Dispose();

        using var other = HeldLog.Start(path);

        Assert.StartsWith("open 3:", other.ReadLine(), StringComparison.Ordinal);
    }

    /// <summary>The writer process holding a log open (or refused), talked to through its standard streams.</summary>
    private sealed class HeldLog : IDisposable
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
        private readonly Process _process;
        private readonly Task<string> _errors;

        private HeldLog(Process process)
        {
            _process = process;
            _errors = process.StandardError.ReadToEndAsync();
        }

        public static HeldLog Start(string path)
        {
            var writer = Path.Combine(AppContext.BaseDirectory, "OrderConfirmation.AuditWriter.dll");
            Assert.True(File.Exists(writer), $"{writer} was not built next to the tests");
            var start = new ProcessStartInfo(Builders.DotnetCli.Host)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(writer);
            start.ArgumentList.Add("--hold");
            start.ArgumentList.Add(path);
            return new HeldLog(Process.Start(start)!);
        }

        /// <summary>The next line the process prints; fails the test after a minute or at the end of its output.</summary>
        public string ReadLine()
        {
            var line = _process.StandardOutput.ReadLineAsync();
            Assert.True(line.Wait(Timeout), "the writer process printed nothing within a minute");
            return line.Result ?? throw new Xunit.Sdk.XunitException($"the writer process ended without a word: {_errors.Result}");
        }

        /// <summary>Tells the process to close its log.</summary>
        public void Close() => _process.StandardInput.Close();

        public int WaitForExit()
        {
            Assert.True(_process.WaitForExit(Timeout), "the writer process did not end within a minute");
            return _process.ExitCode;
        }

        /// <summary>Kills the process (SIGKILL on Unix) and waits until it is gone.</summary>
        public void Kill()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }

            _process.Dispose();
        }
    }
}
