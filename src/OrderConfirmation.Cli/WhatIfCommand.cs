using System.CommandLine;
using OrderConfirmation.Findings;
using OrderConfirmation.Formats;
using OrderConfirmation.Review;
using OrderConfirmation.Testing.RuleTesting;

namespace OrderConfirmation.Cli;

/// <summary>
/// <c>orderconfirm whatif --baseline &lt;rules-dir&gt; --candidate &lt;rules-dir&gt; &lt;requests&gt;…</c>: reviews the same requests under
/// both rule sets and reports the orders whose outcome or findings change, with a count per outcome transition.
/// The requests are read once; one that names no time zone is in the zone of the baseline's calendar. With
/// <c>--html &lt;file&gt;</c> it also writes the report as an HTML page (<see cref="WhatIfHtmlReport"/>); the text is the same.
/// </summary>
internal static class WhatIfCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var requests = new Argument<string[]>("requests")
        {
            Description = "Review-request files, or directories of them (*.json): the orders to try the rules on.",
            Arity = ArgumentArity.OneOrMore,
        };
        var baseline = new Option<string>("--baseline") { Description = "The rules in force (a directory of rule files).", Required = true };
        var candidate = new Option<string>("--candidate") { Description = "The edited rules to try (a directory of rule files).", Required = true };
        var html = new Option<string?>("--html") { Description = "Also write the report as one self-contained HTML file: the outcome transition matrix and each changed order's findings." };
        var command = new Command("whatif", "Compare two rule sets on the same orders before shipping a rule change: which outcomes and findings change.")
        {
            requests,
            baseline,
            candidate,
            html,
        };
        command.SetAction(result => Run(result.GetRequiredValue(requests), result.GetRequiredValue(baseline), result.GetRequiredValue(candidate), result.GetValue(html), output, error));
        return command;
    }

    private static int Run(string[] inputs, string baselineDirectory, string candidateDirectory, string? htmlFile, TextWriter output, TextWriter error)
    {
        var baseline = RuleSetOption.Load(baselineDirectory, error);
        var candidate = RuleSetOption.Load(candidateDirectory, error);
        if (baseline is null || candidate is null)
        {
            return ExitCodes.InvalidRules;
        }

        // The requests are read once, for both rule sets, in the zone of the rules in force: what-if compares rules.
        if (CalendarOption.ZoneOfRules(baselineDirectory, error, "nothing was reviewed") is not { } zone)
        {
            return ExitCodes.InvalidRules;
        }

        var files = new List<string>();
        var requests = new List<ReviewFacts>();
        var exitCode = ExitCodes.Success;
        // As review reads them: only regular files are opened (a FIFO would block the run), and by their bytes a name
        // that is not UTF-8.
        foreach (var file in InputFiles.Files(inputs, error))
        {
            try
            {
                file.EnsureRegular();
                requests.Add(RequestFilesCommand.ReadRequest(
                    file,
                    path => ReviewRequestReader.ReadFile(path, RequestLimits.Default, zone),
                    (bytes, source) => ReviewRequestReader.Read(bytes, source, RequestLimits.Default, zone)));
                files.Add(file.Name);
            }
            catch (Exception e) when (e is RequestFormatException or NotARegularFileException)
            {
                error.WriteLine($"error: {e.Message}");
                exitCode = ExitCodes.InvalidInput;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: {file}: cannot be read ({e.Message})");
                exitCode = ExitCodes.InvalidInput;
            }
        }

        var report = WhatIfAnalysis.Compare(baseline, candidate, requests);
        output.WriteLine($"baseline {report.BaselineVersion} ({baselineDirectory}), candidate {report.CandidateVersion} ({candidateDirectory}): {report.Reviewed} orders reviewed under both");
        foreach (var change in report.Changes)
        {
            output.WriteLine();
            output.WriteLine($"{files[change.Index]}: order {change.OrderId ?? "(no order number)"}: {change.Baseline.Outcome} → {change.Candidate.Outcome}");
            foreach (var finding in change.ResolvedFindings)
            {
                output.WriteLine($"  - no longer {finding.Rule}{Line(finding)}: {finding.Message}");
            }

            foreach (var finding in change.NewFindings)
            {
                output.WriteLine($"  + now {finding.Rule}{Line(finding)}: {finding.Message}");
            }

            foreach (var (was, now) in change.ChangedFindings)
            {
                var effect = (was.Severity, was.Outcome, was.Action) == (now.Severity, now.Outcome, now.Action) ? string.Empty : $" [{Effect(was)} → {Effect(now)}]";
                output.WriteLine($"  ~ {now.Rule}{Line(now)}{effect}: {now.Message}");
            }
        }

        output.WriteLine();
        foreach (var (from, to, orders) in report.Transitions)
        {
            output.WriteLine($"{from} → {to}: {orders} of {report.Reviewed} orders");
        }

        if (report.FindingsOnly > 0)
        {
            output.WriteLine($"same outcome, different findings: {report.FindingsOnly} of {report.Reviewed} orders");
        }

        output.WriteLine($"{report.Changes.Count} of {report.Reviewed} orders change");
        if (htmlFile is not null && !HtmlReportFile.Write(htmlFile, page => WhatIfHtmlReport.Write(page, report, files), error))
        {
            return ExitCodes.InvalidInput;
        }

        return exitCode;
    }

    private static string Effect(ReviewFinding finding) =>
        finding.IsBlocking ? $"{finding.Severity} {finding.Outcome}, {finding.Action}" : $"{finding.Severity}, {finding.Action}";

    private static string Line(ReviewFinding finding) => finding.LineNo is { } line ? $" (line {line})" : string.Empty;
}
