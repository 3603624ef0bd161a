using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Tests.Supervision;

namespace OrderConfirmation.Cli.Tests;

/// <summary>
/// <c>orderconfirm audit sample</c> (issue 16): the orders confirmed in the period, ranked by the lowercase hex SHA-256
/// of <c>&lt;seed&gt;:&lt;orderId&gt;</c>, each with its checklist; exit 0 when every check passes, 4 when any fails,
/// 2 bad input. The expected draw is computed here with <see cref="SHA256.HashData(byte[])"/>.
/// </summary>
public sealed class AuditSampleCommandTests : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "audit", "trail.jsonl");

    private readonly string _temp = Directory.CreateTempSubdirectory("oc-sampletests-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The sample trail's orders (SO-1001 to SO-1003, confirmed on 20 November 2026), ranked by hand.</summary>
    private static List<(string Hash, string OrderId)> RankedByHand(string seed) =>
        [.. new[] { "SO-1001", "SO-1002", "SO-1003" }.Select(id => (Hash($"{seed}:{id}"), id)).OrderBy(x => x.Item1, StringComparer.Ordinal)];

    private string Written(IEnumerable<AuditRecord> records)
    {
        var path = Path.Combine(_temp, $"trail-{Guid.NewGuid():N}.jsonl");
        using var log = JsonLinesAuditLog.Open(path);
        foreach (var record in records)
        {
            log.Append(record);
        }

        return path;
    }

    [Theory]
    [InlineData("q4-2026", 2)]
    [InlineData("audit.sun 2026-12-01", 1)]
    [InlineData("x", 5)]
    public void Sample_ShippedTrail_DrawsTheHandComputedRankingAndPrintsEachChecklist(string seed, int size)
    {
        var expected = RankedByHand(seed).Take(size).ToList();

        var (exitCode, output, error) = CliRun.Run("audit", "sample", Sample, "--from", "2026-11-20", "--to", "2026-11-20", "--size", size.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", seed);

        Assert.True(exitCode == 0, error + output);
        var drawn = output.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("SO-", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Select(x => $"{x.OrderId}  sha256(\"{seed}:{x.OrderId}\") = {x.Hash}"), drawn);
        Assert.Contains($"seed: {seed}\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("ranked by the lowercase hex SHA-256 of \"<seed>:<orderId>\" (UTF-8), ascending", output, StringComparison.Ordinal);
        foreach (var check in new[] { "TrailIntact", "OrderSheetComplete", "ClarificationsRecorded", "ChangesAssessed", "ConfirmedByHead", "NotificationsAnswered" })
        {
            Assert.Equal(expected.Count, output.Split($"  pass  {check}: ").Length - 1);
        }

        Assert.Contains($"{expected.Count} order(s) checked: every check passed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_ShippedTrailAsJson_HoldsTheSampleAndItsChecklists()
    {
        var (exitCode, output, _) = CliRun.Run("audit", "sample", Sample, "--from", "2026-11-01", "--to", "2026-11-30", "--size", "2", "--seed", "q4-2026", "--json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(("q4-2026", 3, 2, true), (root.GetProperty("seed").GetString(), root.GetProperty("eligible").GetInt32(), root.GetProperty("size").GetInt32(), root.GetProperty("passed").GetBoolean()));
        var orders = root.GetProperty("orders").EnumerateArray().ToList();
        Assert.Equal(RankedByHand("q4-2026").Take(2).Select(x => (x.OrderId, x.Hash)), orders.Select(o => (o.GetProperty("orderId").GetString()!, o.GetProperty("rankKey").GetString()!)));
        Assert.All(orders, o => Assert.Equal(6, o.GetProperty("checks").GetArrayLength()));
    }

    [Fact]
    public void Sample_PeriodWithoutConfirmations_DrawsNothingAndExitsZero()
    {
        var (exitCode, output, _) = CliRun.Run("audit", "sample", Sample, "--from", "2026-11-21", "--to", "2026-11-30", "--size", "3", "--seed", "s");

        Assert.Equal(0, exitCode);
        Assert.Contains("0 eligible, 0 drawn", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_OrderWithACheckFailing_ExitsFourAndSaysWhatIsMissing()
    {
        var path = Written(new SupervisedOrder("SO-1", Instant.FromUtc(2026, 11, 20, 3, 40)).Without("notified").Records);

        var (exitCode, output, _) = CliRun.Run("audit", "sample", path, "--from", "2026-11-20", "--to", "2026-11-20", "--size", "1", "--seed", "s");

        Assert.Equal(4, exitCode);
        Assert.Contains("  FAIL  NotificationsAnswered: customer notification N1 (raised at entry 12) is answered by no later outbound communication", output, StringComparison.Ordinal);
        Assert.Contains("1 order(s) checked: 1 failed 1 check(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_TamperedTrail_ExitsFourWithTrailIntactFailing()
    {
        var path = Written(new SupervisedOrder("SO-1", Instant.FromUtc(2026, 11, 20, 3, 40)).Records);
        var lines = File.ReadAllLines(path);
        lines[^1] = lines[^1].Replace("\"summary\":\"called\"", "\"summary\":\"never called\"", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var (exitCode, output, _) = CliRun.Run("audit", "sample", path, "--from", "2026-11-20", "--to", "2026-11-20", "--size", "1", "--seed", "s");

        Assert.Equal(4, exitCode);
        Assert.Contains("trail: broken at entry 13", output, StringComparison.Ordinal);
        Assert.Contains("  FAIL  TrailIntact: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_FirstEntryAltered_IsATrailThatFailsNotBadInput()
    {
        var path = Written(new SupervisedOrder("SO-1", Instant.FromUtc(2026, 11, 20, 3, 40)).Records);
        var lines = File.ReadAllLines(path);
        lines[0] = lines[0].Replace("Acme Network Ltd", "Acme Networks Ltd", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var (exitCode, output, _) = CliRun.Run("audit", "sample", path, "--from", "2026-11-20", "--to", "2026-11-20", "--size", "1", "--seed", "s");

        // The chain breaks at entry 1, so nothing after it can be read and no order is eligible: the draw may be short, so it fails.
        Assert.Equal(4, exitCode);
        Assert.Contains("trail: broken at entry 1", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "2026-11-31", "--to", "2026-11-30", "--size", "2", "--seed", "s", "--from: '2026-11-31' is not an ISO 8601 date")]
    [InlineData("--from", "2026-11-01", "--to", "30.11.2026", "--size", "2", "--seed", "s", "--to: '30.11.2026' is not an ISO 8601 date")]
    [InlineData("--from", "2026-12-01", "--to", "2026-11-30", "--size", "2", "--seed", "s", "--from 2026-12-01 is after --to 2026-11-30")]
    [InlineData("--from", "2026-11-01", "--to", "2026-11-30", "--size", "0", "--seed", "s", "--size: '0' is not a whole number of at least 1")]
    [InlineData("--from", "2026-11-01", "--to", "2026-11-30", "--size", "-3", "--seed", "s", "--size: '-3' is not a whole number of at least 1")]
    [InlineData("--from", "2026-11-01", "--to", "2026-11-30", "--size", "2", "--seed", " ", "--seed <text> is required")]
    public void Sample_BadInput_ExitsTwoSayingWhatIsWrong(string a, string b, string c, string d, string e, string f, string g, string h, string message)
    {
        var (exitCode, output, error) = CliRun.Run("audit", "sample", Sample, a, b, c, d, e, f, g, h);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_NoSeed_ExitsTwo()
    {
        var (exitCode, _, error) = CliRun.Run("audit", "sample", Sample, "--from", "2026-11-01", "--to", "2026-11-30", "--size", "2");

        Assert.Equal(2, exitCode);
        Assert.Contains("--seed <text> is required", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_MissingFile_ExitsTwo()
    {
        var missing = Path.Combine(_temp, "missing.jsonl");

        var (exitCode, _, error) = CliRun.Run("audit", "sample", missing, "--from", "2026-11-01", "--to", "2026-11-30", "--size", "2", "--seed", "s");

        Assert.Equal(2, exitCode);
        Assert.Contains($"{missing}: cannot be read", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_FileThatIsNotAnAuditLog_ExitsTwo()
    {
        var path = Path.Combine(_temp, "notes.jsonl");
        File.WriteAllText(path, "{\"hello\":\"world\"}\n");

        var (exitCode, _, error) = CliRun.Run("audit", "sample", path, "--from", "2026-11-01", "--to", "2026-11-30", "--size", "2", "--seed", "s");

        Assert.Equal(2, exitCode);
        Assert.Contains("not an audit log", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_NoSource_ExitsTwo()
    {
        var (exitCode, _, error) = CliRun.Run("audit", "sample", "--from", "2026-11-01", "--to", "2026-11-30", "--size", "2", "--seed", "s");

        Assert.Equal(2, exitCode);
        Assert.Contains("give the audit file to sample", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_SqliteStoreThatIsNotAnAuditStore_ExitsTwo()
    {
        var path = Path.Combine(_temp, "empty.db");
        File.WriteAllBytes(path, []);

        var (exitCode, _, error) = CliRun.Run("audit", "sample", "--provider", "sqlite", "--connection", $"Data Source={path}", "--from", "2026-11-01", "--to", "2026-11-30", "--size", "2", "--seed", "s");

        Assert.Equal(2, exitCode);
        Assert.Contains("cannot be read as an audit store", error, StringComparison.Ordinal);
    }
}
