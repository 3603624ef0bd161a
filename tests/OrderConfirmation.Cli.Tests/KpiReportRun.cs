using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NodaTime.Testing;
using OrderConfirmation.Tests.Kpis;

namespace OrderConfirmation.Cli.Tests;

/// <summary>
/// Runs <c>orderconfirm kpi</c> with and without <c>--html</c> on the same records, in a temporary directory, and reads
/// back what the tests compare: the page (parsed with AngleSharp, and as text) and the <c>--json</c> groups.
/// </summary>
internal sealed class KpiReportRun : IDisposable
{
    public const string AsOf = "2026-11-27T10:00:00Z";

    /// <summary>The targets of <see cref="CalendarWithTargets"/>: the example.</summary>
    public static readonly (decimal Accuracy, decimal Timeliness, decimal Satisfaction, decimal CaseReply) Targets = (0.98m, 0.95m, 4.5m, 0.95m);

    public KpiReportRun() => Directory = System.IO.Directory.CreateTempSubdirectory("oc-kpireport-").FullName;

    public string Directory { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    /// <summary>The shipped calendar with the example targets (or, for <see langword="null"/>, none), written to the directory.</summary>
    public string CalendarWithTargets(bool withTargets = true)
    {
        var calendar = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rules", "calendar.json")))!.AsObject();
        calendar.Remove("$schema");
        calendar.Remove("targets");
        if (withTargets)
        {
            calendar["targets"] = new JsonObject
            {
                ["accuracy"] = Targets.Accuracy,
                ["timeliness"] = Targets.Timeliness,
                ["satisfaction"] = Targets.Satisfaction,
                ["caseReply"] = Targets.CaseReply,
            };
        }

        return Write(withTargets ? "calendar-targets.json" : "calendar-no-targets.json", calendar.ToJsonString());
    }

    /// <summary>Writes a file in the directory.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Runs the tool with the sample clock.</summary>
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = CliApplication.Run(args, output, error, new FakeClock(KpiRecords.SampleAsOf));
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Writes the report of <paramref name="args"/> (records and options, without --html) and returns its text.</summary>
    public string Report(params string[] args)
    {
        var file = Path.Combine(Directory, $"report-{Guid.NewGuid():N}.html");
        var (exitCode, _, error) = Run(["kpi", .. args, "--html", file]);
        Assert.True(exitCode == 0, error);
        return File.ReadAllText(file);
    }

    /// <summary>The groups of <c>kpi --json</c> for the same arguments, by name.</summary>
    public static Dictionary<string, JsonElement> Json(params string[] args)
    {
        var (exitCode, output, error) = Run(["kpi", .. args, "--json"]);
        Assert.True(exitCode == 0, error);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToDictionary(g => g.GetProperty("group").GetString()!, StringComparer.Ordinal);
    }

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>A table's column headers and its rows, each cell's text.</summary>
    public static (IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) Cells(IElement table) =>
        ([.. table.QuerySelectorAll("thead th").Select(h => h.TextContent)],
         [.. table.QuerySelectorAll("tbody tr").Select(r => (IReadOnlyList<string>)[.. r.Children.Select(c => c.TextContent)])]);
}
