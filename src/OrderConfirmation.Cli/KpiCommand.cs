using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Formats;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Cli;

/// <summary>
/// <c>orderconfirm kpi &lt;records.jsonl&gt;… [--calendar &lt;file&gt;] [--as-of &lt;instant&gt;] [--from &lt;date&gt;] [--to &lt;date&gt;]
/// [--by department|employee|day|week|month] [--json] [--html &lt;file&gt;]</c>. Figures over partial data would mislead, so an invalid
/// record file stops the command before anything is computed.
/// </summary>
internal static class KpiCommand
{
    private static readonly Dictionary<string, KpiGrouping> Groupings = new(StringComparer.Ordinal)
    {
        ["department"] = KpiGrouping.Department,
        ["employee"] = KpiGrouping.Employee,
        ["day"] = KpiGrouping.Day,
        ["week"] = KpiGrouping.Week,
        ["month"] = KpiGrouping.Month,
    };

    public static Command Create(TextWriter output, TextWriter error, IClock clock, IStandardStreams streams)
    {
        var records = new Argument<string[]>("records")
        {
            Description = "KPI record files (JSON Lines), or directories of them (*.jsonl).",
            Arity = ArgumentArity.OneOrMore,
        };
        var calendar = new Option<string?>("--calendar") { Description = "The working-calendar file; default: the calendar shipped in the package (rules/calendar.json)." };
        var asOf = new Option<string?>("--as-of") { Description = "The instant deciding which open orders and unanswered cases are already late (ISO 8601, e.g. 2026-11-30T10:00:00Z); default: now." };
        var from = new Option<string?>("--from") { Description = "The first receipt date included (ISO 8601 date, in the calendar's zone); cases by their receipt too, survey responses by their answer." };
        var to = new Option<string?>("--to") { Description = "The last receipt date included." };
        var by = new Option<string?>("--by") { Description = "Break the figures down by department, employee, day, week or month." };
        by.AcceptOnlyFromAmong([.. Groupings.Keys]);
        var json = new Option<bool>("--json") { Description = "Write one JSON object per group, one per line." };
        var html = new Option<string?>("--html")
        {
            Description = "Also write the KPI report to this file: one self-contained HTML page with headline tiles against the calendar's targets " +
                "(green; amber up to 2 points below, 0.2 for satisfaction; red), trends, charts and tables by department and employee, and the " +
                "records behind the late and inaccurate counts. The standard output stays as it is; the page holds every breakdown whatever --by says.",
        };
        var command = new Command("kpi", "Compute the KPIs of article 6.2: confirmation accuracy, timely processing (in business time), customer satisfaction, and the customer-case figures (replies on time, complaints).")
        {
            records,
            calendar,
            asOf,
            from,
            to,
            by,
            json,
            html,
        };
        command.SetAction(result =>
        {
            var (query, problem) = Query(result.GetValue(asOf), result.GetValue(from), result.GetValue(to), result.GetValue(by), clock);
            if (query is null)
            {
                error.WriteLine($"error: {problem}");
                return ExitCodes.Usage;
            }

            return Run(result.GetRequiredValue(records), result.GetValue(calendar), query, result.GetValue(json), result.GetValue(html), output, error, streams);
        });
        return command;
    }

    private static (KpiQuery? Query, string? Problem) Query(string? asOf, string? from, string? to, string? by, IClock clock)
    {
        var instant = clock.GetCurrentInstant();
        if (asOf is not null)
        {
            var parsed = InstantPattern.ExtendedIso.Parse(asOf);
            if (!parsed.Success)
            {
                return (null, $"--as-of: '{asOf}' is not an ISO 8601 instant such as 2026-11-30T10:00:00Z.");
            }

            instant = parsed.Value;
        }

        var (first, firstProblem) = Date(from, "--from");
        var (last, lastProblem) = Date(to, "--to");
        if ((firstProblem ?? lastProblem) is { } problem)
        {
            return (null, problem);
        }

        if (first > last)
        {
            return (null, $"--from {from} is after --to {to}.");
        }

        return (new KpiQuery(instant, first, last, by is null ? KpiGrouping.None : Groupings[by]), null);
    }

    private static (LocalDate? Date, string? Problem) Date(string? text, string option)
    {
        if (text is null)
        {
            return (null, null);
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? (parsed.Value, null) : (null, $"{option}: '{text}' is not an ISO 8601 date such as 2026-11-01.");
    }

    private static int Run(string[] inputs, string? calendarFile, KpiQuery query, bool json, string? html, TextWriter output, TextWriter error, IStandardStreams streams)
    {
        if (CalendarOption.Load(calendarFile, error, "nothing was computed") is not { } settings)
        {
            return ExitCodes.InvalidRules;
        }

        // Streamed into tallies, but nothing is written before every record was read and checked: figures over partial
        // data would mislead.
        var accumulator = new KpiCalculator(settings).Accumulator(query);
        var files = InputFiles.Files(inputs, error, "*.jsonl").ToList();
        try
        {
            KpiRecordFiles.Read(files, accumulator, FileProgress.For(streams, error, files.Count));
        }
        catch (RequestFormatException e)
        {
            error.WriteLine($"error: {e.Message}");
            error.WriteLine("error: the records are invalid; nothing was computed.");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        var groups = accumulator.Groups();
        if (json)
        {
            foreach (var group in groups)
            {
                output.WriteLine(KpiJsonWriter.ToJson(group));
            }
        }
        else
        {
            KpiTableWriter.Write(output, settings, query, groups);
        }

        return html is null ? ExitCodes.Success : KpiReportFile.Write(html, files, settings, query, error);
    }
}
