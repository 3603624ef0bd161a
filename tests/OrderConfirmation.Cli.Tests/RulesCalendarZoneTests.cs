using System.Text.Json;
using System.Text.Json.Nodes;
using OrderConfirmation.Tests.Formats;

namespace OrderConfirmation.Cli.Tests;

/// <summary>
/// A request that names no time zone is read in the company's zone, and the company's zone is that of the working
/// calendar beside the rules (README: "Today" is the evaluation instant's date in the company time zone). The
/// requests here are evaluated at 2026-11-20T20:00Z: Saturday 04:00 on 21 November in Shanghai (the shipped calendar),
/// Friday 15:00 on 20 November in New York, so a delivery requested for 20 November is past in one and not the other.
/// </summary>
public sealed class RulesCalendarZoneTests : IDisposable
{
    private const string EveningInUtc = "2026-11-20T20:00:00Z";

    private readonly string _temp = Directory.CreateTempSubdirectory("oc-zonetests-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => CliRun.Run(args);

    private static JsonElement SingleJsonLine(string output)
    {
        using var json = JsonDocument.Parse(Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        return json.RootElement.Clone();
    }

    /// <summary>A copy of the shipped rules; its calendar in <paramref name="zone"/>, or none when <paramref name="zone"/> is null.</summary>
    private string Rules(string name, string? zone, Func<string, string, string>? edit = null) =>
        CliRun.CopyOfDefaultRules(Path.Combine(_temp, name), (file, text) => file == "calendar.json"
            ? zone is null ? null : text.Replace("\"Asia/Shanghai\"", $"\"{zone}\"", StringComparison.Ordinal)
            : edit is null ? text : edit(file, text));

    /// <summary>The sample review request SO-1001, without a time zone, evaluated in the evening (UTC) of 20 November, delivery asked for that day.</summary>
    private string ReviewRequest(string? timeZone = null)
    {
        var request = RequestJson.Example(r =>
        {
            r.Facts()["asOf"] = EveningInUtc;
            r.Facts()["timeZone"] = timeZone;
            r.Order()["requestedDeliveryDate"] = "2026-11-20";
        });
        var path = Path.Combine(_temp, "request.json");
        File.WriteAllBytes(path, RequestJson.Bytes(request));
        return path;
    }

    private static string[] FindingRules(JsonElement decision) =>
        [.. decision.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!)];

    [Fact]
    public void Review_ShippedRulesAndRequestWithoutZone_ReadsItInShanghai()
    {
        var (exitCode, output, _) = Run("review", ReviewRequest(), "--json");

        Assert.Equal(0, exitCode);
        Assert.Equal(["DeliveryDateNotPast"], FindingRules(SingleJsonLine(output)));
    }

    [Fact]
    public void Review_RulesWithNewYorkCalendarAndRequestWithoutZone_ReadsItInNewYork()
    {
        var (exitCode, output, _) = Run("review", ReviewRequest(), "--rules", Rules("new-york", "America/New_York"), "--json");

        Assert.Equal(0, exitCode);
        var decision = SingleJsonLine(output);
        Assert.Equal(("ReadyToConfirm", 0), (decision.GetProperty("outcome").GetString(), FindingRules(decision).Length));
    }

    [Fact]
    public void Review_RulesWithNewYorkCalendarAndRequestInShanghai_KeepsTheRequestsZone()
    {
        var (_, output, _) = Run("review", ReviewRequest("Asia/Shanghai"), "--rules", Rules("new-york", "America/New_York"), "--json");

        Assert.Equal(["DeliveryDateNotPast"], FindingRules(SingleJsonLine(output)));
    }

    [Theory]
    [InlineData(null, "NeedsClarification")]
    [InlineData("America/New_York", "ReadyToConfirm")]
    public void Test_CaseWithoutZone_IsReadInTheZoneOfTheRulesCalendar(string? zone, string outcome)
    {
        var rules = Rules($"test-{zone?.Replace('/', '-') ?? "shipped"}", zone ?? "Asia/Shanghai");
        var request = RequestJson.Example(r =>
        {
            r.Facts()["asOf"] = EveningInUtc;
            r.Facts()["timeZone"] = null;
            r.Order()["requestedDeliveryDate"] = "2026-11-20";
        });
        request["name"] = "Delivery asked for the day of the review";
        request["expect"] = new JsonObject { ["outcome"] = outcome };
        var cases = Directory.CreateDirectory(Path.Combine(_temp, "cases")).FullName;
        File.WriteAllBytes(Path.Combine(cases, "today.json"), RequestJson.Bytes(request));

        var (exitCode, output, _) = Run("test", cases, "--rules", rules);

        Assert.Equal(0, exitCode);
        Assert.EndsWith("1 passed, 0 failed", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Review_RulesWithoutCalendar_ReadsTheRequestInTheShippedCalendarsZone()
    {
        var (exitCode, output, _) = Run("review", ReviewRequest(), "--rules", Rules("no-calendar", zone: null), "--json");

        Assert.Equal(0, exitCode);
        Assert.Equal(["DeliveryDateNotPast"], FindingRules(SingleJsonLine(output)));
    }

    [Theory]
    [InlineData("review")]
    [InlineData("change")]
    public void Run_RulesWithInvalidCalendar_ExitsWithInvalidRulesReviewingNothing(string command)
    {
        var rules = Rules("bad-calendar", "Mars/Olympus");
        var input = command == "review" ? ReviewRequest() : Path.Combine(AppContext.BaseDirectory, "samples", "changes");

        var (exitCode, output, error) = Run(command, input, "--rules", rules);

        Assert.Equal(3, exitCode);
        Assert.Empty(output);
        Assert.StartsWith(Path.Combine(rules, "calendar.json") + ":", error, StringComparison.Ordinal);
        Assert.EndsWith("error: the calendar is invalid (1 problem(s)); nothing was reviewed." + Environment.NewLine, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Asia/Shanghai", false)]
    [InlineData("America/New_York", true)]
    public void Change_RequestWithoutZone_IsJudgedOnTheDateInTheRulesCalendarsZone(string zone, bool eligible)
    {
        // Delivery is promised for 15 December and dates within 2 days of today are frozen: on 13 December (Shanghai)
        // the date can no longer move, on 12 December (New York) it still can.
        var request = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "changes", "01-feasible-more-hosts-later-date.json")))!;
        request["facts"]!["asOf"] = "2026-12-12T20:00:00Z";
        request["facts"]!.AsObject().Remove("timeZone");
        var path = Path.Combine(_temp, "change.json");
        File.WriteAllBytes(path, RequestJson.Bytes(request));

        var (exitCode, output, _) = Run("change", path, "--rules", Rules("rules", zone), "--json");

        Assert.Equal(0, exitCode);
        Assert.Equal(eligible, SingleJsonLine(output).GetProperty("eligible").GetBoolean());
    }

    [Theory]
    [InlineData("Asia/Shanghai", "1 of 1 orders change")]
    [InlineData("America/New_York", "0 of 1 orders change")]
    public void WhatIf_RequestWithoutZone_IsReadInTheZoneOfTheBaselinesCalendar(string baselineZone, string verdict)
    {
        // The candidate accepts a delivery date of yesterday; it changes the outcome only where 20 November is past.
        var baseline = Rules("baseline", baselineZone);
        var candidate = Rules("candidate", "America/New_York", (file, text) => file == "completeness.json"
            ? text.Replace("order.RequestedDeliveryDate.Value >= today", "order.RequestedDeliveryDate.Value >= today.PlusDays(-1)", StringComparison.Ordinal)
            : text);

        var (exitCode, output, _) = Run("whatif", "--baseline", baseline, "--candidate", candidate, ReviewRequest());

        Assert.Equal(0, exitCode);
        Assert.Contains(verdict, output, StringComparison.Ordinal);
    }
}
