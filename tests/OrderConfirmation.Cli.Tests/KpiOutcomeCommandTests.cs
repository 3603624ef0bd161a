using System.Globalization;
using System.Text.Json;
using NodaTime.Testing;
using OrderConfirmation.Tests.Kpis;

namespace OrderConfirmation.Cli.Tests;

/// <summary>
/// <c>orderconfirm kpi</c> on records with the outcomes of issue 15, on the shipped calendar (Monday–Friday 09:00–12:00
/// and 13:00–18:00 in Shanghai, standard time 8 business hours). Every order is received on Monday 23 November 2026 at
/// 09:00 in Shanghai (01:00Z).
/// </summary>
public sealed class KpiOutcomeCommandTests : IDisposable
{
    private const string Records = """
        {"type":"order","orderId":"SO-R1","receivedAt":"2026-11-23T01:00:00Z","outcome":"Rejected","closedAt":"2026-11-23T03:00:00Z","department":"OrderConfirmation","employee":"conf.li"}
        {"type":"order","orderId":"SO-R2","receivedAt":"2026-11-23T01:00:00Z","outcome":"Rejected","closedAt":"2026-11-24T02:00:00Z","department":"OrderConfirmation","employee":"conf.li"}
        {"type":"order","orderId":"SO-C1","receivedAt":"2026-11-23T01:00:00Z","confirmedAt":"2026-11-23T02:00:00Z","outcome":"Cancelled","closedAt":"2026-11-25T02:00:00Z","assessed":true,"defects":[{"kind":"InfeasibleDate","attributableToConfirmation":true}]}
        {"type":"order","orderId":"SO-C2","receivedAt":"2026-11-23T01:00:00Z","outcome":"Cancelled","closedAt":"2026-11-27T02:00:00Z"}
        {"type":"order","orderId":"SO-O1","receivedAt":"2026-11-23T01:00:00Z","confirmedAt":null}
        {"type":"order","orderId":"SO-K1","receivedAt":"2026-11-23T01:00:00Z","confirmedAt":"2026-11-23T04:00:00Z","assessed":true,"defects":[]}
        {"type":"order","orderId":"SO-K2","receivedAt":"2026-11-23T01:00:00Z","confirmedAt":"2026-11-23T05:00:00Z","outcome":"Confirmed"}
        """;

    private readonly string _temp = Directory.CreateTempSubdirectory("oc-kpioutcomes-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = CliApplication.Run(args, output, error, new FakeClock(KpiRecords.SampleAsOf));
        return (exitCode, output.ToString(), error.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Kpi_RecordsWithOutcomes_CountRejectionsAsProcessingAndLeaveCancelledOrdersOut()
    {
        var (exitCode, output, error) = Run("kpi", Write("outcomes.jsonl", Records), "--as-of", "2026-11-30T02:00:00Z", "--json");

        Assert.Equal((0, string.Empty), (exitCode, error));
        using var json = JsonDocument.Parse(output);
        var timeliness = json.RootElement.GetProperty("timeliness");
        var accuracy = json.RootElement.GetProperty("accuracy");
        // On time: SO-R1 (rejected after 2 h), SO-K1 (3 h), SO-K2 (4 h). Late: SO-R2 (rejected after 9 h), SO-O1 (open for a week).
        // Left out: SO-C1 and SO-C2, cancelled, the first after an assessed, inaccurate confirmation.
        Assert.Equal((3, 5, 0), (timeliness.GetProperty("onTime").GetInt32(), timeliness.GetProperty("due").GetInt32(), timeliness.GetProperty("notYetDue").GetInt32()));
        Assert.Equal(0.6m, timeliness.GetProperty("rate").GetDecimal());
        Assert.Equal((1, 1, 1), (accuracy.GetProperty("accurate").GetInt32(), accuracy.GetProperty("assessed").GetInt32(), accuracy.GetProperty("notAssessed").GetInt32()));
    }

    [Fact]
    public void Kpi_AsOfBeforeTheCancellations_CountsTheOrdersAsTheyStoodThen()
    {
        var (_, output, _) = Run("kpi", Write("outcomes.jsonl", Records), "--as-of", "2026-11-24T02:00:00Z", "--json");

        using var json = JsonDocument.Parse(output);
        var timeliness = json.RootElement.GetProperty("timeliness");
        // As of Tuesday 10:00 (9 business hours after receipt) SO-C1 was confirmed on time and SO-C2 open and late.
        Assert.Equal((4, 7, 0), (timeliness.GetProperty("onTime").GetInt32(), timeliness.GetProperty("due").GetInt32(), timeliness.GetProperty("notYetDue").GetInt32()));
    }

    [Fact]
    public void Kpi_RejectedWithoutClosedAt_ComputesNothingAndNamesFileLineAndField()
    {
        var path = Write("broken.jsonl", Records.Replace(",\"closedAt\":\"2026-11-24T02:00:00Z\"", string.Empty, StringComparison.Ordinal));

        var (exitCode, output, error) = Run("kpi", path, "--as-of", "2026-11-30T02:00:00Z");

        Assert.Equal((2, string.Empty), (exitCode, output));
        Assert.Contains("broken.jsonl:2: closedAt", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Kpi_UnknownOutcome_ComputesNothingAndNamesTheField()
    {
        var (exitCode, _, error) = Run("kpi", Write("unknown.jsonl", Records.Replace("\"Confirmed\"", "\"Shipped\"", StringComparison.Ordinal)), "--as-of", "2026-11-30T02:00:00Z");

        Assert.Equal(2, exitCode);
        Assert.Contains("unknown.jsonl:7: outcome", error, StringComparison.Ordinal);
    }
}
