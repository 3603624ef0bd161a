// Turns a Stryker.NET JSON report into the committed mutation report of one scope (tests/mutation/<scope>.md)
// and rebuilds the score table of every scope (tests/mutation/README.md) from the reports there. Run by eng/mutation.sh:
//   dotnet run eng/MutationReport.cs -- <scope> <mutation-report.json> <tests/mutation> <commit>
// A survivor's reason comes from tests/mutation/<scope>.survivors.tsv (file, mutator, original, replacement, reason);
// an ignored mutant's reason comes from its "// Stryker disable … : reason" comment.
using System.Globalization;
using System.Text;
using System.Text.Json;

if (args.Length != 4)
{
    Console.Error.WriteLine("usage: MutationReport.cs <scope> <mutation-report.json> <report-directory> <commit>");
    return 2;
}

var (scope, reportPath, directory, commit) = (args[0], args[1], args[2], args[3]);
using var document = JsonDocument.Parse(File.ReadAllBytes(reportPath));
var reasons = SurvivorReasons.Read(Path.Combine(directory, scope + ".survivors.tsv"));
var mutants = new List<Mutant>();
foreach (var file in document.RootElement.GetProperty("files").EnumerateObject())
{
    var path = RelativePath(file.Name);
    var source = file.Value.GetProperty("source").GetString() ?? string.Empty;
    var lines = source.Split('\n');
    foreach (var m in file.Value.GetProperty("mutants").EnumerateArray())
    {
        var status = m.GetProperty("status").GetString()!;
        var reason = m.TryGetProperty("statusReason", out var r) ? r.GetString() : null;
        if (status == "Ignored" && reason is not null && reason.StartsWith("Removed by mutate filter", StringComparison.Ordinal))
        {
            continue;
        }

        var start = m.GetProperty("location").GetProperty("start");
        var end = m.GetProperty("location").GetProperty("end");
        var original = Snippet(lines, start.GetProperty("line").GetInt32(), start.GetProperty("column").GetInt32(), end.GetProperty("line").GetInt32(), end.GetProperty("column").GetInt32());
        var replacement = OneLine(m.TryGetProperty("replacement", out var rep) ? rep.GetString() ?? string.Empty : string.Empty);
        mutants.Add(new Mutant(path, start.GetProperty("line").GetInt32(), m.GetProperty("mutatorName").GetString()!, original, replacement, status, reason));
    }
}

var scored = mutants.Where(m => m.Status is "Killed" or "Timeout" or "Survived" or "NoCoverage").ToList();
var detected = scored.Count(m => m.Status is "Killed" or "Timeout");
var score = scored.Count == 0 ? 100m : Math.Round(100m * detected / scored.Count, 1);
var ignored = mutants.Where(m => m.Status == "Ignored" && m.Reason is not null && !m.Reason.StartsWith("Removed by", StringComparison.Ordinal)).ToList();
var configured = mutants.Count(m => m.Status == "Ignored" && m.Reason is not null && m.Reason.StartsWith("Removed by method filter", StringComparison.Ordinal));
var counts = $"{Count("Killed")} killed, {Count("Timeout")} timed out, {Count("Survived")} survived, {Count("NoCoverage")} without coverage, {ignored.Count} ignored as equivalent, {Count("CompileError")} compile errors";

var text = new StringBuilder();
text.AppendLine(CultureInfo.InvariantCulture, $"# Mutation report: {scope}");
text.AppendLine(CultureInfo.InvariantCulture, $"{ScoreTable.Marker}{scope}|{score.ToString("0.0", CultureInfo.InvariantCulture)}|{detected}|{scored.Count}|{Count("Survived")}|{Count("NoCoverage")}|{ignored.Count}|{commit} -->");
text.AppendLine();
text.AppendLine(CultureInfo.InvariantCulture, $"Written by `eng/mutation.sh {scope}` at commit {commit}. Score {score.ToString("0.0", CultureInfo.InvariantCulture)} % ({detected} of {scored.Count} mutants detected): {counts}.");
text.AppendLine();
text.AppendLine("| File | Killed | Survived | No coverage | Ignored | Score |");
text.AppendLine("|---|---:|---:|---:|---:|---:|");
foreach (var file in mutants.GroupBy(m => m.File).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    var fileScored = file.Count(m => m.Status is "Killed" or "Timeout" or "Survived" or "NoCoverage");
    var fileDetected = file.Count(m => m.Status is "Killed" or "Timeout");
    var fileScore = fileScored == 0 ? "—" : (100m * fileDetected / fileScored).ToString("0.0", CultureInfo.InvariantCulture) + " %";
    text.AppendLine(CultureInfo.InvariantCulture, $"| `{file.Key}` | {fileDetected} | {file.Count(m => m.Status == "Survived")} | {file.Count(m => m.Status == "NoCoverage")} | {ignored.Count(m => m.File == file.Key)} | {fileScore} |");
}

text.AppendLine();
text.AppendLine("## Remaining survivors");
text.AppendLine();
var survivors = mutants.Where(m => m.Status is "Survived" or "NoCoverage").OrderBy(m => m.File, StringComparer.Ordinal).ThenBy(m => m.Line).ToList();
if (survivors.Count == 0)
{
    text.AppendLine("None.");
}

var unexplained = 0;
foreach (var m in survivors)
{
    var why = reasons.For(m);
    unexplained += why is null ? 1 : 0;
    text.AppendLine(CultureInfo.InvariantCulture, $"- `{m.File}:{m.Line}` {m.Mutator}{(m.Status == "NoCoverage" ? " (no coverage)" : string.Empty)}: `{Code(m.Original)}` → `{Code(m.Replacement)}` — {why ?? $"**not yet explained: kill it, or give the reason in {scope}.survivors.tsv**"}");
}

text.AppendLine();
text.AppendLine("## Ignored as equivalent, by a Stryker comment giving the reason");
text.AppendLine();
if (configured > 0)
{
    text.AppendLine(CultureInfo.InvariantCulture, $"{configured} mutant(s) of `ConfigureAwait` arguments are not made at all (`ignore-methods` in eng/stryker-config.json).");
    text.AppendLine();
}

if (ignored.Count == 0)
{
    text.AppendLine("None.");
}

foreach (var group in ignored.GroupBy(m => (m.File, m.Reason)).OrderBy(g => g.Key.File, StringComparer.Ordinal).ThenBy(g => g.Min(m => m.Line)))
{
    text.AppendLine(CultureInfo.InvariantCulture, $"- `{group.Key.File}:{string.Join(",", group.Select(m => m.Line).Distinct())}` ({group.Count()}): {group.Key.Reason}");
}

Directory.CreateDirectory(directory);
File.WriteAllText(Path.Combine(directory, scope + ".md"), text.ToString());
ScoreTable.Rebuild(directory);
Console.WriteLine($"{scope}: {score.ToString("0.0", CultureInfo.InvariantCulture)} % — {counts}{(unexplained > 0 ? $"; {unexplained} survivor(s) not yet explained" : string.Empty)}");
return 0;

int Count(string status) => mutants.Count(m => m.Status == status);

static string RelativePath(string path)
{
    var at = path.IndexOf("src/", StringComparison.Ordinal);
    return at < 0 ? path : path[at..];
}

static string Snippet(string[] lines, int startLine, int startColumn, int endLine, int endColumn)
{
    var text = new StringBuilder();
    for (var line = startLine; line <= endLine && line <= lines.Length; line++)
    {
        var content = lines[line - 1];
        var from = line == startLine ? Math.Min(startColumn - 1, content.Length) : 0;
        var to = line == endLine ? Math.Min(endColumn - 1, content.Length) : content.Length;
        text.Append(content.AsSpan(from, Math.Max(0, to - from))).Append(' ');
    }

    return OneLine(text.ToString());
}

static string OneLine(string text)
{
    var single = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
    return single.Length <= 100 ? single : single[..97] + "...";
}

static string Code(string text) => text.Replace('`', '\'');

internal sealed record Mutant(string File, int Line, string Mutator, string Original, string Replacement, string Status, string? Reason);

/// <summary>Reasons for survivors kept on purpose: one per line, tab-separated file, mutator, original, replacement, reason.</summary>
internal sealed class SurvivorReasons(Dictionary<(string, string, string, string), string> reasons)
{
    public static SurvivorReasons Read(string path)
    {
        var reasons = new Dictionary<(string, string, string, string), string>();
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                var parts = line.Split('\t');
                if (parts.Length != 5)
                {
                    throw new FormatException($"{path}: expected 5 tab-separated fields, got {parts.Length}: {line}");
                }

                reasons[(parts[0], parts[1], parts[2], parts[3])] = parts[4];
            }
        }

        return new SurvivorReasons(reasons);
    }

    public string? For(Mutant m) => reasons.GetValueOrDefault((m.File, m.Mutator, m.Original, m.Replacement));
}

/// <summary>
/// The table of scores in tests/mutation/README.md, between two marker comments: one row per scope report in the
/// directory, read from the machine-readable line each report starts with.
/// </summary>
internal static class ScoreTable
{
    public const string Marker = "<!-- score: ";
    private const string Begin = "<!-- scores:begin -->";
    private const string End = "<!-- scores:end -->";
    private const string Header = "| Scope | Score | Detected / scored | Survived | No coverage | Ignored (equivalent) | Commit |\n|---|---:|---:|---:|---:|---:|---|";

    public static void Rebuild(string directory)
    {
        var path = Path.Combine(directory, "README.md");
        var text = File.Exists(path) ? File.ReadAllText(path) : $"# Mutation testing\n\n{Begin}\n{End}\n";
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new FormatException($"{path} has no {Begin} … {End} block for the score table.");
        }

        var rows = Directory.EnumerateFiles(directory, "*.md")
            .Select(f => File.ReadLines(f).FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal)))
            .OfType<string>()
            .Select(l => l[Marker.Length..^" -->".Length].Split('|'))
            .OrderBy(f => f[0], StringComparer.Ordinal)
            .Select(f => $"| [{f[0]}]({f[0]}.md) | {f[1]} % | {f[2]} / {f[3]} | {f[4]} | {f[5]} | {f[6]} | {f[7]} |");
        File.WriteAllText(path, $"{text[..begin]}{Begin}\n{Header}\n{string.Join('\n', rows)}\n{text[end..]}");
    }
}
