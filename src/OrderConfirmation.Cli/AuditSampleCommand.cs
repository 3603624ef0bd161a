using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Audit;
using OrderConfirmation.Calendars;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Supervision;

namespace OrderConfirmation.Cli;

/// <summary>
/// <c>orderconfirm audit sample &lt;file&gt; | --provider sqlite|postgresql --connection &lt;string&gt; --from &lt;date&gt;
/// --to &lt;date&gt; --size &lt;n&gt; --seed &lt;text&gt; [--calendar &lt;file&gt;] [--json]</c>: draws the supervision sample
/// (<see cref="SupervisionSample"/>) from an audit trail read as <c>audit verify</c> reads it, and prints each sampled
/// order's checklist (<see cref="SupervisionChecklist"/>), with the seed and the ranking rule so an auditor can verify
/// the draw by hand. Exit codes: 0 every check passed, 4 a check failed or the trail does not verify (<see cref="ExitCodes.SupervisionChecksFailed"/>),
/// 2 bad input (a bad or reversed period, a size below 1, no seed, no or an unreadable source).
/// </summary>
internal static class AuditSampleCommand
{
    private static readonly string[] Providers = ["sqlite", "postgresql"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string?>("file") { Description = "The JSON Lines audit file, as written by JsonLinesAuditLog.", Arity = ArgumentArity.ZeroOrOne };
        var provider = new Option<string?>("--provider") { HelpName = "sqlite|postgresql", Description = "Sample the audit trail of a database store (OrderConfirmation.EntityFrameworkCore) instead of a file." };
        provider.AcceptOnlyFromAmong(Providers);
        var connection = new Option<string?>("--connection") { HelpName = "string", Description = "The database's connection string (with --provider); a SQLite database is opened read-only." };
        var from = new Option<string?>("--from") { HelpName = "date", Description = "The first confirmation date included (ISO 8601 date, in the company's zone)." };
        var to = new Option<string?>("--to") { HelpName = "date", Description = "The last confirmation date included." };
        var size = new Option<string?>("--size") { HelpName = "n", Description = "How many orders to draw (at least 1); all of them when fewer were confirmed." };
        var seed = new Option<string?>("--seed") { HelpName = "text", Description = "The seed of the draw: orders are ranked by the lowercase hex SHA-256 of <seed>:<orderId> (UTF-8)." };
        var calendar = new Option<string?>("--calendar") { Description = "The working-calendar file giving the company's zone; default: the calendar shipped in the package." };
        var json = new Option<bool>("--json") { Description = "Write the sample and its checklists as one JSON object." };
        var command = new Command("sample", "Draw a reproducible random sample of the orders confirmed in a period and print each one's supervision checklist (article 6.1).")
        {
            file, provider, connection, from, to, size, seed, calendar, json,
        };
        command.SetAction(result =>
        {
            var request = SampleRequest.Parse(result.GetValue(from), result.GetValue(to), result.GetValue(size), result.GetValue(seed));
            var path = result.GetValue(file);
            var database = result.GetValue(provider);
            var problem = request.Problem ?? Misuse(path, database, result.GetValue(connection));
            if (problem is not null)
            {
                error.WriteLine($"error: {problem}");
                return ExitCodes.InvalidInput;
            }

            if (CalendarOption.Load(result.GetValue(calendar), error, "nothing was sampled") is not { } settings)
            {
                return ExitCodes.InvalidInput;
            }

            var (trail, label) = database is null ? ReadFile(path!, error) : AuditDatabase.Read(database, result.GetValue(connection)!, error);
            if (trail is null)
            {
                return ExitCodes.InvalidInput;
            }

            var sample = SupervisionSample.Draw(trail.Entries, request.From, request.To, request.Size, request.Seed!, settings.Calendar.Zone);
            var checklists = SupervisionChecklist.For(trail, sample, new LifecyclePolicy(settings.Calendar));
            if (result.GetValue(json))
            {
                output.WriteLine(SupervisionSampleWriter.ToJson(label, trail, sample, checklists));
            }
            else
            {
                SupervisionSampleWriter.WriteText(output, label, trail, sample, checklists);
            }

            // A trail that does not verify fails the check even when no sampled order shows it: the orders after the break
            // could not be read, so the sample itself may be short.
            return checklists.All(c => c.Passed) && trail.Verification.IsIntact ? ExitCodes.Success : ExitCodes.SupervisionChecksFailed;
        });
        return command;
    }

    private static string? Misuse(string? path, string? provider, string? connectionString) => (path, provider, connectionString) switch
    {
        (not null, not null, _) => "give either an audit file or --provider with --connection, not both.",
        (not null, null, not null) => "--connection needs --provider sqlite|postgresql; an audit file takes no connection string.",
        (null, null, _) => "give the audit file to sample, or --provider sqlite|postgresql with --connection <string> for a database.",
        (null, not null, null or { Length: 0 }) => $"--provider {provider} needs --connection <string>: the database's connection string.",
        _ => null,
    };

    private static (SupervisionTrail? Trail, string Label) ReadFile(string path, TextWriter error)
    {
        try
        {
            var trail = SupervisionTrail.ReadFile(path);
            if (trail.Verification is { EntriesVerified: 0, FirstBadLine: 1, ProblemKind: AuditProblemKind.Unreadable or AuditProblemKind.TornTail })
            {
                error.WriteLine($"error: {path}:line 1: not an audit log: {trail.Verification.Problem}");
                return (null, path);
            }

            return (trail, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {path}: cannot be read ({e.Message})");
            return (null, path);
        }
    }

    /// <summary>The period, size and seed as given, or what is wrong with them.</summary>
    private sealed record SampleRequest(LocalDate From, LocalDate To, int Size, string? Seed, string? Problem)
    {
        public static SampleRequest Parse(string? from, string? to, string? size, string? seed)
        {
            var first = from is null ? null : LocalDatePattern.Iso.Parse(from);
            var last = to is null ? null : LocalDatePattern.Iso.Parse(to);
            var n = int.TryParse(size, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
            string? problem = (first, last) switch
            {
                (null, _) => "--from <date> is required: the first confirmation date of the period (ISO 8601, e.g. 2026-11-01).",
                ({ Success: false }, _) => $"--from: '{from}' is not an ISO 8601 date such as 2026-11-01.",
                (_, null) => "--to <date> is required: the last confirmation date of the period (ISO 8601, e.g. 2026-11-30).",
                (_, { Success: false }) => $"--to: '{to}' is not an ISO 8601 date such as 2026-11-30.",
                _ when first.Value > last.Value => $"--from {from} is after --to {to}: the period is empty.",
                _ when size is null => "--size <n> is required: how many orders to draw (at least 1).",
                _ when n < 1 => $"--size: '{size}' is not a whole number of at least 1.",
                _ when string.IsNullOrWhiteSpace(seed) => "--seed <text> is required: the sample is drawn by it, so anyone can draw it again.",
                _ => null,
            };
            return problem is null ? new SampleRequest(first!.Value, last!.Value, n, seed, null) : new SampleRequest(default, default, 0, null, problem);
        }
    }
}
