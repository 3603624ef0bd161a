using System.Diagnostics;
using System.Net.Sockets;
using OrderConfirmation.Tests.Formats;

namespace OrderConfirmation.Cli.Tests;

/// <summary>
/// Issue 18: "A FIFO named <c>*.json</c> hangs <c>review</c> and <c>change</c> forever (and <c>*.jsonl</c> hangs
/// <c>kpi</c>): anything that is not a regular file is refused with a message naming it, never opened for reading."
/// Each command runs with a generous bound; a command that opened the FIFO would wait for a writer until the test
/// released it, and the test fails.
/// </summary>
public sealed class NonRegularFileTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private readonly string _temp = Directory.CreateTempSubdirectory("oc-special-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Fifo(string name)
    {
        var path = Path.Combine(_temp, name);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.True(mkfifo.ExitCode == 0 && File.Exists(path), $"mkfifo {path} failed");
        return path;
    }

    private string ValidRequest(string name)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, RequestJson.Example().ToJsonString());
        return path;
    }

    /// <summary>Runs the command line in process; if it has not ended within the bound, releases the FIFOs it may wait on and fails.</summary>
    private static (int ExitCode, string Output, string Error) RunBounded(string[] fifos, params string[] args)
    {
        var run = Task.Run(() => CliRun.Run(args));
        if (run.Wait(Bound))
        {
            return run.Result;
        }

        foreach (var fifo in fifos)
        {
            // A reader blocked in open() is waiting for a writer: become one, and close at once (end of file).
            using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
        }

        Assert.Fail($"orderconfirm {string.Join(' ', args)} did not end within {Bound.TotalSeconds} s: it opened a FIFO.");
        return default;
    }

    private static void AssertRefused((int ExitCode, string Output, string Error) run, string path)
    {
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains(path, StringComparison.Ordinal));
        Assert.Contains("not a regular file", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_FifoNamedDirectly_RefusedNamingItWithoutOpeningIt()
    {
        var fifo = Fifo("waiting.json");

        var run = RunBounded([fifo], "review", fifo);

        AssertRefused(run, fifo);
    }

    [Fact]
    public void Review_DirectoryWithAFifo_ReviewsTheOthersAndRefusesTheFifo()
    {
        var fifo = Fifo("b-waiting.json");
        ValidRequest("a-order.json");
        ValidRequest("c-order.json");

        var run = RunBounded([fifo], "review", _temp, "--json");

        AssertRefused(run, fifo);
        Assert.Equal(2, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void WhatIf_DirectoryWithAFifo_ComparesTheOthersAndRefusesTheFifo()
    {
        var fifo = Fifo("b-waiting.json");
        ValidRequest("a-order.json");
        var rules = OrderConfirmation.Tests.Builders.DefaultRules.RulesDirectory;

        var run = RunBounded([fifo], "whatif", "--baseline", rules, "--candidate", rules, _temp);

        AssertRefused(run, fifo);
        Assert.Contains("1 orders reviewed under both", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Change_FifoNamedDirectly_RefusedNamingItWithoutOpeningIt()
    {
        var fifo = Fifo("waiting-change.json");

        var run = RunBounded([fifo], "change", fifo);

        AssertRefused(run, fifo);
    }

    [Fact]
    public void Kpi_FifoNamedDirectly_RefusedNamingItWithoutOpeningIt()
    {
        var fifo = Fifo("waiting.jsonl");

        var run = RunBounded([fifo], "kpi", fifo, "--as-of", "2026-11-30T10:00:00Z");

        AssertRefused(run, fifo);
    }

    [Fact]
    public void Kpi_DirectoryWithAFifo_RefusedNamingItWithoutOpeningIt()
    {
        var fifo = Fifo("waiting.jsonl");

        var run = RunBounded([fifo], "kpi", _temp, "--as-of", "2026-11-30T10:00:00Z");

        AssertRefused(run, fifo);
    }

    [Fact]
    public void Review_CharacterDevice_RefusedNamingIt()
    {
        // /dev/null reads as an empty file, /dev/zero as an endless one, /dev/stdin waits for a terminal: none is a request file.
        var run = RunBounded([], "review", "/dev/zero");

        AssertRefused(run, "/dev/zero");
    }

    [Fact]
    public void Review_SocketInADirectory_RefusedNamingIt()
    {
        var path = Path.Combine(_temp, "listening.json");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));

        var run = RunBounded([], "review", _temp);

        AssertRefused(run, path);
    }
}
