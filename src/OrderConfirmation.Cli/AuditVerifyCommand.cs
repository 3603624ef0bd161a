using System.CommandLine;
using OrderConfirmation.Audit;

namespace OrderConfirmation.Cli;

/// <summary>
/// <c>orderconfirm audit verify &lt;file&gt; | --provider sqlite|postgresql --connection &lt;string&gt;
/// [--expect-head &lt;hash&gt; | &lt;sequence&gt;:&lt;hash&gt;] [--json]</c>: verifies a JSON Lines audit file with
/// <see cref="AuditChain.VerifyFile"/>, or the audit trail of a database store (<see cref="AuditDatabase"/>), and prints
/// the entries checked and the head, or the first bad entry (and its line, for a file) and why. Exit codes: 0 intact,
/// 5 broken or tampered (<see cref="ExitCodes.AuditBroken"/>), 2 the file or database cannot be read or is not an audit
/// trail, 1 misuse. The database path alone loads Entity Framework Core, so verifying a file starts as fast as before.
/// </summary>
internal static class AuditVerifyCommand
{
    private static readonly string[] Providers = ["sqlite", "postgresql"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string?>("file") { Description = "The JSON Lines audit file, as written by JsonLinesAuditLog.", Arity = ArgumentArity.ZeroOrOne };
        var provider = new Option<string?>("--provider") { HelpName = "sqlite|postgresql", Description = "Verify the audit trail of a database store (OrderConfirmation.EntityFrameworkCore) instead of a file." };
        provider.AcceptOnlyFromAmong(Providers);
        var connection = new Option<string?>("--connection") { HelpName = "string", Description = "The database's connection string (with --provider); a SQLite database is opened read-only." };
        var expectHead = new Option<string?>("--expect-head")
        {
            HelpName = "hash|sequence:hash",
            Description = "A head checkpointed earlier: <sequence>:<hash> (what this command prints), which the trail must reach and match; or a bare <hash>, which the trail's head must have.",
        };
        var json = new Option<bool>("--json") { Description = "Write the result as one JSON object." };
        var command = new Command("verify", "Verify an audit trail, in a file or a database: every entry's hash, the sequence without gaps, every link to the entry before, and optionally a checkpointed head.")
        {
            file,
            provider,
            connection,
            expectHead,
            json,
        };
        command.SetAction(result =>
        {
            ExpectedHead? expected = null;
            if (result.GetValue(expectHead) is { } text && (expected = ExpectedHead.Parse(text)) is null)
            {
                error.WriteLine($"error: --expect-head: '{text}' is not a head such as 19:{new string('0', 64)} (a sequence number, a colon and 64 hex digits, as 'audit verify' prints it) or a bare hash of 64 hex digits.");
                return ExitCodes.Usage;
            }

            var path = result.GetValue(file);
            var database = result.GetValue(provider);
            var connectionString = result.GetValue(connection);
            if (Misuse(path, database, connectionString) is { } misuse)
            {
                error.WriteLine($"error: {misuse}");
                return ExitCodes.Usage;
            }

            return database is null
                ? VerifyFile(path!, expected, result.GetValue(json), output, error)
                : AuditDatabase.Verify(database, connectionString!, expected, result.GetValue(json), output, error);
        });
        return command;
    }

    private static string? Misuse(string? path, string? provider, string? connectionString) => (path, provider, connectionString) switch
    {
        (not null, not null, _) => "give either an audit file or --provider with --connection, not both.",
        (not null, null, not null) => "--connection needs --provider sqlite|postgresql; an audit file takes no connection string.",
        (null, null, _) => "give the audit file to verify, or --provider sqlite|postgresql with --connection <string> for a database.",
        (null, not null, null or { Length: 0 }) => $"--provider {provider} needs --connection <string>: the database's connection string.",
        _ => null,
    };

    private static int VerifyFile(string path, ExpectedHead? expected, bool json, TextWriter output, TextWriter error)
    {
        AuditVerification verification;
        AuditHead? checkpoint;
        try
        {
            (verification, checkpoint) = ExpectedHead.Verify(expected, head => AuditChain.VerifyFile(path, head));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {path}: cannot be read ({e.Message})");
            return ExitCodes.InvalidInput;
        }

        if (IsNotAnAuditLog(verification))
        {
            error.WriteLine($"error: {path}:line 1: not an audit log: {verification.Problem}");
            return ExitCodes.InvalidInput;
        }

        return AuditVerificationWriter.Report(output, AuditSource.File(path), checkpoint, verification, json);
    }

    /// <summary>The first line is not an entry: the file is something else (or holds no complete entry at all).</summary>
    private static bool IsNotAnAuditLog(AuditVerification verification) =>
        verification is { EntriesVerified: 0, FirstBadLine: 1, ProblemKind: AuditProblemKind.Unreadable or AuditProblemKind.TornTail };
}
