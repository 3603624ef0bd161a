using System.Globalization;
using System.Text.Json;
using NodaTime.Testing;
using OrderConfirmation.Tests.Kpis;

namespace OrderConfirmation.Cli.Tests;

public sealed class KpiCommandTests : IDisposable
{
    private const string AsOf = "2026-11-27T10:00:00Z";

    private readonly string _temp = Directory.CreateTempSubdirectory("oc-kpitests-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = CliApplication.Run(args, output, error, new FakeClock(KpiRecords.SampleAsOf));
        return (exitCode, output.ToString(), error.ToString());
    }

    private static List<JsonElement> JsonLines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.Clone();
        })];

    [Fact]
    public void Kpi_SampleAsJson_HasTheContractShapeAndFigures()
    {
        var (exitCode, output, error) = Run("kpi", KpiRecords.SamplePath, "--as-of", AsOf, "--json");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        var all = Assert.Single(JsonLines(output));
        Assert.Equal(["group", "accuracy", "timeliness", "satisfaction", "cases"], all.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["rate", "accurate", "assessed", "notAssessed"], all.GetProperty("accuracy").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["rate", "onTime", "due", "notYetDue"], all.GetProperty("timeliness").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["responses", "communication", "efficiency", "attitude", "overall", "csat"], all.GetProperty("satisfaction").EnumerateObject().Select(p => p.Name));
        Assert.Equal("all", all.GetProperty("group").GetString());
        Assert.Equal(0.6m, all.GetProperty("accuracy").GetProperty("rate").GetDecimal());
        Assert.Equal(5, all.GetProperty("timeliness").GetProperty("onTime").GetInt32());
        Assert.Equal(7, all.GetProperty("timeliness").GetProperty("due").GetInt32());
        Assert.Equal(0.75m, all.GetProperty("satisfaction").GetProperty("csat").GetDecimal());
    }

    [Fact]
    public void Kpi_SampleAsJson_HasTheCasesObjectWithTheIssuesFieldNames()
    {
        var all = Assert.Single(JsonLines(Run("kpi", KpiRecords.SamplePath, "--as-of", AsOf, "--json").Output));

        var cases = all.GetProperty("cases");
        Assert.Equal(
            ["received", "answeredOnTime", "due", "notYetDue", "rate", "complaints", "substantiatedComplaints", "complaintsPer100Orders"],
            cases.EnumerateObject().Select(p => p.Name));
        // samples/kpi/README.md: CC-1, CC-5 and CC-6 answered on time, CC-2 answered late, CC-3 unanswered past its 16 hours,
        // CC-4 (a report) still within its 40; complaints CC-1, CC-3, CC-6, of which CC-1 substantiated, over 6 confirmed orders.
        Assert.Equal((6, 3, 5, 1), (cases.GetProperty("received").GetInt32(), cases.GetProperty("answeredOnTime").GetInt32(), cases.GetProperty("due").GetInt32(), cases.GetProperty("notYetDue").GetInt32()));
        Assert.Equal((0.6m, 3, 1), (cases.GetProperty("rate").GetDecimal(), cases.GetProperty("complaints").GetInt32(), cases.GetProperty("substantiatedComplaints").GetInt32()));
        Assert.Equal(100m / 6m, cases.GetProperty("complaintsPer100Orders").GetDecimal());
    }

    [Fact]
    public void Kpi_CasesByDepartment_SetEachDepartmentsComplaintsAgainstItsConfirmedOrders()
    {
        var groups = JsonLines(Run("kpi", KpiRecords.SamplePath, "--as-of", AsOf, "--by", "department", "--json").Output);

        var figures = groups.Select(g => g.GetProperty("cases")).Select(c => (
            c.GetProperty("received").GetInt32(), c.GetProperty("answeredOnTime").GetInt32(), c.GetProperty("due").GetInt32(), c.GetProperty("substantiatedComplaints").GetInt32(), c.GetProperty("complaintsPer100Orders").GetDecimal()));
        // OrderConfirmation: CC-1, CC-2, CC-4, CC-6 and confirmed orders SO-1 to SO-4 (1 substantiated ÷ 4 × 100 = 25);
        // Sales: CC-3 and CC-5 and confirmed orders SO-7 and SO-8, no substantiated complaint.
        Assert.Equal([(4, 2, 3, 1, 25m), (2, 1, 2, 0, 0m)], figures);
    }

    [Fact]
    public void Kpi_NoConfirmedOrderInTheGroup_HasNullComplaintsPer100Orders()
    {
        var path = Write("cases.jsonl", """{"type":"case","caseId":"CC-9","kind":"Complaint","receivedAt":"2026-11-23T01:00:00Z","substantiated":true}""");

        var cases = Assert.Single(JsonLines(Run("kpi", path, "--as-of", AsOf, "--json").Output)).GetProperty("cases");

        Assert.Equal(JsonValueKind.Null, cases.GetProperty("complaintsPer100Orders").ValueKind);
        Assert.Equal(JsonValueKind.Number, cases.GetProperty("rate").ValueKind);
    }

    [Fact]
    public void Kpi_CalendarWithLongerQueryReplyTime_PutsTheQueryOnTime()
    {
        // CC-2, a query, took 9 business hours: late against PT8H, on time against PT10H.
        var calendar = Write("calendar.json", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rules", "calendar.json")).Replace("\"Query\": \"PT8H\"", "\"Query\": \"PT10H\"", StringComparison.Ordinal));

        var cases = Assert.Single(JsonLines(Run("kpi", KpiRecords.SamplePath, "--as-of", AsOf, "--calendar", calendar, "--json").Output)).GetProperty("cases");

        Assert.Equal(4, cases.GetProperty("answeredOnTime").GetInt32());
    }

    [Fact]
    public void Kpi_Text_ShowsTheCasesInASecondTable()
    {
        var lines = Run("kpi", KpiRecords.SamplePath, "--as-of", AsOf).Output.Split('\n');

        var title = Array.FindIndex(lines, l => l.StartsWith("customer cases", StringComparison.Ordinal));
        Assert.Equal("customer cases (reply time in business hours: Query 8, Complaint 16, Report 40)", lines[title].TrimEnd());
        Assert.Equal(["group", "received", "timely", "on", "time/due", "not", "yet", "due", "complaints", "substantiated", "per", "100", "orders"], lines[title + 1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["all", "6", "60.0", "%", "3/5", "1", "3", "1", "16.67"], lines[title + 2].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>README, "KPIs for customer cases": two confirmed orders and three cases on the shipped calendar.</summary>
    private const string ReadmeCases = """
        {"type":"order","orderId":"SO-21","receivedAt":"2026-11-23T01:00:00Z","confirmedAt":"2026-11-23T03:00:00Z","department":"OrderConfirmation","employee":"conf.wang"}
        {"type":"order","orderId":"SO-22","receivedAt":"2026-11-23T01:00:00Z","confirmedAt":"2026-11-23T05:00:00Z","department":"OrderConfirmation","employee":"conf.wang"}
        {"type":"case","caseId":"CC-21","kind":"Complaint","orderId":"SO-21","department":"OrderConfirmation","employee":"conf.wang","receivedAt":"2026-11-27T08:00:00Z","answeredAt":"2026-12-01T07:00:00Z","substantiated":true}
        {"type":"case","caseId":"CC-22","kind":"Query","orderId":"SO-22","department":"OrderConfirmation","employee":"conf.wang","receivedAt":"2026-11-30T09:00:00Z","answeredAt":"2026-12-01T10:00:00Z"}
        {"type":"case","caseId":"CC-23","kind":"Report","department":"OrderConfirmation","receivedAt":"2026-12-01T01:00:00Z"}
        """;

    [Fact]
    public void Kpi_ReadmeCaseExample_GivesTheFiguresWorkedOutByHand()
    {
        var (exitCode, output, _) = Run("kpi", Write("cases.jsonl", ReadmeCases), "--as-of", "2026-12-03T10:00:00Z", "--json");

        Assert.Equal(0, exitCode);
        // CC-21, a complaint: 2 + 8 + 5 = 15 business hours ≤ 16, on time. CC-22, a query: 1 + 8 = 9 > 8, late.
        // CC-23, a report: 24 of its 40 hours by Thursday 18:00, not yet due. 1 substantiated complaint over 2 confirmed orders.
        Assert.Equal(
            """{"received":3,"answeredOnTime":1,"due":2,"notYetDue":1,"rate":0.5,"complaints":1,"substantiatedComplaints":1,"complaintsPer100Orders":50}""",
            Assert.Single(JsonLines(output)).GetProperty("cases").GetRawText());
    }

    [Fact]
    public void Kpi_TextWithoutCases_HasNoCaseTable()
    {
        var output = Run("kpi", KpiRecords.SamplePath, "--as-of", AsOf, "--to", "2026-11-15").Output;

        Assert.DoesNotContain("customer cases", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Kpi_InvalidCaseRecord_ComputesNothingAndNamesLineAndField()
    {
        var path = Path.Combine(_temp, "bad-case.jsonl");
        File.WriteAllText(path, File.ReadAllText(KpiRecords.SamplePath).Replace("\"kind\":\"Report\"", "\"kind\":\"Tip\"", StringComparison.Ordinal));

        var (exitCode, output, error) = Run("kpi", path, "--as-of", AsOf);

        Assert.Equal((2, string.Empty), (exitCode, output));
        Assert.Contains("bad-case.jsonl:16: kind", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Kpi_ByDepartment_WritesOneObjectPerGroupWithNullForUndefinedRates()
    {
        var (_, output, _) = Run("kpi", Path.GetDirectoryName(KpiRecords.SamplePath)!, "--as-of", AsOf, "--by", "department", "--json", "--from", "2026-11-25");

        var groups = JsonLines(output);
        Assert.Equal(["OrderConfirmation", "Sales"], groups.Select(g => g.GetProperty("group").GetString()));
        var confirmation = groups[0];
        Assert.Equal(JsonValueKind.Null, confirmation.GetProperty("accuracy").GetProperty("rate").ValueKind);
        Assert.Equal(JsonValueKind.Null, confirmation.GetProperty("timeliness").GetProperty("rate").ValueKind);
        Assert.Equal(1, confirmation.GetProperty("timeliness").GetProperty("notYetDue").GetInt32()); // SO-6, received on the 27th
        Assert.Equal(1, confirmation.GetProperty("satisfaction").GetProperty("responses").GetInt32()); // SO-3's survey, answered on the 26th
    }

    [Fact]
    public void Kpi_Text_ShowsPercentagesCountsAndNotApplicable()
    {
        var (exitCode, output, _) = Run("kpi", KpiRecords.SamplePath, "--as-of", AsOf, "--by", "employee");

        Assert.Equal(0, exitCode);
        Assert.Contains("standard time 8 business hours on the Asia/Shanghai calendar", output, StringComparison.Ordinal);
        var wang = output.Split('\n').First(l => l.StartsWith("conf.wang", StringComparison.Ordinal));
        Assert.Contains("50.0 %", wang, StringComparison.Ordinal);
        Assert.Contains("1/2", wang, StringComparison.Ordinal);
    }

    [Fact]
    public void Kpi_NothingSelected_ShowsNotApplicableNotZero()
    {
        var all = Run("kpi", KpiRecords.SamplePath, "--as-of", AsOf, "--to", "2026-11-01").Output.Split('\n').Single(l => l.StartsWith("all", StringComparison.Ordinal));

        Assert.Contains("n/a", all, StringComparison.Ordinal);
        Assert.DoesNotContain("0.0 %", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Kpi_AsOfDefaultsToNow()
    {
        var (_, withDefault, _) = Run("kpi", KpiRecords.SamplePath, "--json");

        Assert.Equal(Run("kpi", KpiRecords.SamplePath, "--as-of", AsOf, "--json").Output, withDefault);
    }

    [Fact]
    public void Kpi_InvalidRecord_ComputesNothingAndExitsWithInvalidInput()
    {
        var path = Path.Combine(_temp, "bad.jsonl");
        File.WriteAllText(path, File.ReadAllText(KpiRecords.SamplePath).Replace("\"attitude\":4", "\"attitude\":9", StringComparison.Ordinal));

        var (exitCode, output, error) = Run("kpi", path, "--as-of", AsOf);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("bad.jsonl:11: attitude", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Kpi_InvalidLineNearTheEndOfALargeSecondFile_WritesNothingAndNamesItsLine()
    {
        // Issue 17: the records stream, but figures over partial data would mislead, so nothing is written before every
        // record was read and checked; a file over 16 MB is read in sections on all cores, and the line is still exact.
        var sample = File.ReadAllLines(KpiRecords.SamplePath).Where(l => l.Contains("\"type\":\"order\"", StringComparison.Ordinal)).ToArray();
        var lines = Enumerable.Range(0, 80_000).Select(i => sample[i % sample.Length]).ToList();
        lines[79_990] = lines[79_990].Replace("\"receivedAt\":\"", "\"receivedAt\":\"x", StringComparison.Ordinal);
        var (first, second) = (Path.Combine(_temp, "first.jsonl"), Path.Combine(_temp, "second.jsonl"));
        File.Copy(KpiRecords.SamplePath, first);
        File.WriteAllLines(second, lines);

        var (exitCode, output, error) = Run("kpi", first, second, "--as-of", AsOf);

        Assert.True(new FileInfo(second).Length > 16 << 20, "the file is read in sections");
        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("second.jsonl:79991: receivedAt: 'x", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Kpi_InvalidCalendar_ExitsWithInvalidRules()
    {
        var path = Path.Combine(_temp, "calendar.json");
        File.WriteAllText(path, """{ "timeZone": "Mars/Olympus", "week": { "Monday": ["09:00-18:00"] }, "standardTime": "PT8H" }""");

        var (exitCode, output, error) = Run("kpi", KpiRecords.SamplePath, "--calendar", path, "--as-of", AsOf);

        Assert.Equal(3, exitCode);
        Assert.Empty(output);
        Assert.Contains("Mars/Olympus", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-of", "yesterday")]
    [InlineData("--from", "2026-13-01")]
    [InlineData("--by", "team")]
    public void Kpi_BadOption_IsAUsageError(string option, string value) =>
        Assert.Equal(1, Run("kpi", KpiRecords.SamplePath, option, value).ExitCode);

    [Fact]
    public void Kpi_FromAfterTo_IsAUsageError() =>
        Assert.Contains("is after --to", Run("kpi", KpiRecords.SamplePath, "--from", "2026-11-30", "--to", "2026-11-01").Error, StringComparison.Ordinal);

    [Fact]
    public void Kpi_BreakdownOverNothing_SaysSoInsteadOfFailing()
    {
        var (exitCode, output, _) = Run("kpi", KpiRecords.SamplePath, "--as-of", AsOf, "--by", "employee", "--to", "2026-01-01");

        Assert.Equal(0, exitCode);
        Assert.EndsWith("no records selected", output.Trim(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Records with the outcomes of issue 15, for the shipped calendar (Monday–Friday 09:00–12:00 and 13:00–18:00 in
    /// Shanghai, standard time 8 business hours), every order received on Monday 23 November 2026 at 09:00 in Shanghai.
    /// </summary>
    private const string OutcomeRecords = """
        {"type":"order","orderId":"SO-R1","receivedAt":"2026-11-23T01:00:00Z","outcome":"Rejected","closedAt":"2026-11-23T03:00:00Z","department":"OrderConfirmation","employee":"conf.li"}
        {"type":"order","orderId":"SO-R2","receivedAt":"2026-11-23T01:00:00Z","outcome":"Rejected","closedAt":"2026-11-24T02:00:00Z","department":"OrderConfirmation","employee":"conf.li"}
        {"type":"order","orderId":"SO-C1","receivedAt":"2026-11-23T01:00:00Z","confirmedAt":"2026-11-23T02:00:00Z","outcome":"Cancelled","closedAt":"2026-11-25T02:00:00Z","assessed":true,"defects":[{"kind":"InfeasibleDate","attributableToConfirmation":true}]}
        {"type":"order","orderId":"SO-C2","receivedAt":"2026-11-23T01:00:00Z","outcome":"Cancelled","closedAt":"2026-11-27T02:00:00Z"}
        {"type":"order","orderId":"SO-O1","receivedAt":"2026-11-23T01:00:00Z","confirmedAt":null}
        {"type":"order","orderId":"SO-K1","receivedAt":"2026-11-23T01:00:00Z","confirmedAt":"2026-11-23T04:00:00Z","assessed":true,"defects":[]}
        {"type":"order","orderId":"SO-K2","receivedAt":"2026-11-23T01:00:00Z","confirmedAt":"2026-11-23T05:00:00Z","outcome":"Confirmed"}
        """;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Kpi_RecordsWithOutcomes_CountRejectionsAsProcessingAndLeaveCancelledOrdersOut()
    {
        var (exitCode, output, error) = Run("kpi", Write("outcomes.jsonl", OutcomeRecords), "--as-of", "2026-11-30T02:00:00Z", "--json");

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
        var (_, output, _) = Run("kpi", Write("outcomes.jsonl", OutcomeRecords), "--as-of", "2026-11-24T02:00:00Z", "--json");

        using var json = JsonDocument.Parse(output);
        var timeliness = json.RootElement.GetProperty("timeliness");
        // As of Tuesday 10:00 (9 business hours after receipt) SO-C1 was confirmed on time and SO-C2 open and late.
        Assert.Equal((4, 7, 0), (timeliness.GetProperty("onTime").GetInt32(), timeliness.GetProperty("due").GetInt32(), timeliness.GetProperty("notYetDue").GetInt32()));
    }

    [Fact]
    public void Kpi_RejectedWithoutClosedAt_ComputesNothingAndNamesFileLineAndField()
    {
        var path = Write("broken.jsonl", OutcomeRecords.Replace(",\"closedAt\":\"2026-11-24T02:00:00Z\"", string.Empty, StringComparison.Ordinal));

        var (exitCode, output, error) = Run("kpi", path, "--as-of", "2026-11-30T02:00:00Z");

        Assert.Equal((2, string.Empty), (exitCode, output));
        Assert.Contains("broken.jsonl:2: closedAt", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Kpi_UnknownOutcome_ComputesNothingAndNamesTheField()
    {
        var (exitCode, _, error) = Run("kpi", Write("unknown.jsonl", OutcomeRecords.Replace("\"Confirmed\"", "\"Shipped\"", StringComparison.Ordinal)), "--as-of", "2026-11-30T02:00:00Z");

        Assert.Equal(2, exitCode);
        Assert.Contains("unknown.jsonl:7: outcome", error, StringComparison.Ordinal);
    }
}
