using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Storage.ProcessTests.Builders;

/// <summary>
/// One tests/OrderConfirmation.StoreWriter process (copied next to the tests by its project reference), run with the
/// dotnet host: its "ack" lines are collected as it prints them, until it exits or is killed.
/// </summary>
public sealed class StoreWriterProcess : IDisposable
{
    private const int SigCont = 18;
    private const int SigStop = 19;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly List<WriterAck> _acks = [];
    private readonly List<string> _lines = [];
    private readonly StringBuilder _errors = new();
    private readonly Task _readOutput;
    private readonly Task _readErrors;
    private readonly SemaphoreSlim _printed = new(0);

    private StoreWriterProcess(Process process, string name)
    {
        _process = process;
        Name = name;
        _readOutput = Task.Run(ReadOutputAsync);
        _readErrors = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                lock (_errors)
                {
                    _errors.AppendLine(line);
                }
            }
        });
    }

    /// <summary>The writer's name: the prefix of its command ids.</summary>
    public string Name { get; }

    /// <summary>The commands it acknowledged so far, in the order it printed them.</summary>
    public IReadOnlyList<WriterAck> Acks
    {
        get
        {
            lock (_acks)
            {
                return [.. _acks];
            }
        }
    }

    /// <summary>What it wrote on stdout that is not an ack (the "ready" and "started" lines).</summary>
    public IReadOnlyList<string> OtherLines
    {
        get
        {
            lock (_acks)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>
    /// When the writer began its first command (its "started &lt;ticks&gt;" line, on the machine's monotonic clock), or
    /// <see langword="null"/> before it said so.
    /// </summary>
    public long? StartedAt =>
        OtherLines.Select(l => l.Split(' ') is ["started", var at] && long.TryParse(at, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) ? ticks : (long?)null)
            .FirstOrDefault(t => t is not null);

    /// <summary>What it wrote on stderr so far.</summary>
    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    /// <summary><c>setup &lt;provider&gt; &lt;connection&gt; &lt;order&gt;</c>: schema and an order in execution.</summary>
    public static StoreWriterProcess Setup(StoreDatabase database, string orderId) =>
        Start("setup", ["setup", database.Provider, database.ConnectionString, orderId], awaitGo: false);

    /// <summary><c>report … &lt;writer&gt; &lt;count&gt;</c>: <paramref name="count"/> progress reports, or until killed when 0.</summary>
    public static StoreWriterProcess Report(StoreDatabase database, string orderId, string writer, int count) =>
        Start(writer, ["report", database.Provider, database.ConnectionString, orderId, writer, count.ToString(CultureInfo.InvariantCulture)], awaitGo: false);

    /// <summary>
    /// As <see cref="Report"/>, but the writer gets ready (its store opened and warmed up), prints "ready" and begins only
    /// on <see cref="Go"/>, so that writers started one after another on a busy machine still run at once.
    /// </summary>
    public static StoreWriterProcess ReportOnGo(StoreDatabase database, string orderId, string writer, int count) =>
        Start(writer, ["report", database.Provider, database.ConnectionString, orderId, writer, count.ToString(CultureInfo.InvariantCulture)], awaitGo: true);

    /// <summary>Waits until a writer of <see cref="ReportOnGo"/> is ready; fails if it exits first.</summary>
    public async Task WaitUntilReadyAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!OtherLines.Contains("ready"))
        {
            if (_readOutput.IsCompleted)
            {
                Assert.Fail($"writer {Name} stopped before it was ready: {Errors}");
            }

            try
            {
                await _printed.WaitAsync(TimeSpan.FromMilliseconds(200), timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"writer {Name} was not ready in {Patience}: {Errors}");
            }
        }
    }

    /// <summary>Lets a ready writer of <see cref="ReportOnGo"/> begin.</summary>
    public void Go()
    {
        _process.StandardInput.WriteLine("go");
        _process.StandardInput.Flush();
    }

    /// <summary>Waits until the writer has acknowledged at least <paramref name="count"/> commands; fails if it exits first.</summary>
    public async Task WaitForAcksAsync(int count)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (Acks.Count < count)
        {
            if (_readOutput.IsCompleted)
            {
                Assert.Fail($"writer {Name} stopped after {Acks.Count} acks, before {count}: {Errors}");
            }

            try
            {
                await _printed.WaitAsync(TimeSpan.FromMilliseconds(200), timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"writer {Name} acknowledged {Acks.Count} commands in {Patience}, not {count}: {Errors}");
            }
        }
    }

    /// <summary>Waits for the writer to exit by itself; returns its exit code once all its output is read.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            Assert.Fail($"writer {Name} did not finish in {Patience} ({Acks.Count} acks): {Errors}");
        }

        await Task.WhenAll(_readOutput, _readErrors);
        return _process.ExitCode;
    }

    /// <summary>
    /// SIGKILL (on Linux, <see cref="Process.Kill(bool)"/> sends it to the whole tree): the writer gets no chance to
    /// finish a commit. Returns once it is gone and every ack it printed before has been read.
    /// </summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had exited already.
        }

        _process.WaitForExit();
        Task.WaitAll(_readOutput, _readErrors);
    }

    /// <summary>Freezes the writer where it is (SIGSTOP), in the middle of whatever it was doing.</summary>
    public void Pause() => Signal(SigStop);

    /// <summary>Lets a frozen writer go on (SIGCONT).</summary>
    public void Resume() => Signal(SigCont);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        _printed.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SendSignal(int pid, int signal);

    private void Signal(int signal)
    {
        Assert.True(OperatingSystem.IsLinux(), "freezing a writer needs Linux signals");
        if (SendSignal(_process.Id, signal) != 0 && !_process.HasExited)
        {
            Assert.Fail($"signal {signal} to writer {Name} failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    private static StoreWriterProcess Start(string name, string[] arguments, bool awaitGo)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "OrderConfirmation.StoreWriter.dll");
        Assert.True(File.Exists(writer), $"{writer} was not built next to the tests");
        var start = new ProcessStartInfo(DotnetCli.Host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = awaitGo,
            UseShellExecute = false,
        };
        if (awaitGo)
        {
            start.Environment["STOREWRITER_AWAIT_GO"] = "1";
        }

        start.ArgumentList.Add(writer);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new StoreWriterProcess(Process.Start(start)!, name);
    }

    private async Task ReadOutputAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            var ack = WriterAck.TryParse(line);
            lock (_acks)
            {
                if (ack is { } acknowledged)
                {
                    _acks.Add(acknowledged);
                }
                else
                {
                    _lines.Add(line);
                }
            }

            _printed.Release();
        }
    }
}
