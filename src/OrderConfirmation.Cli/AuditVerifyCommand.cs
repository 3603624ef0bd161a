using System.CommandLine;
using System.Globalization;
using OrderConfirmation.Audit;

namespace OrderConfirmation.Cli;

/// <summary>
/// <c>orderconfirm audit verify &lt;file&gt; [--expect-head &lt;sequence&gt;:&lt;hash&gt;] [--json]</c>: verifies a JSON Lines
/// audit file with <see cref="AuditChain.VerifyFile"/> and prints the entries checked and the head, or the first bad
/// entry, its line and why. Exit codes: 0 intact, 5 broken or tampered (<see cref="ExitCodes.AuditBroken"/>), 2 the file
/// cannot be read or its first line is not an audit entry, 1 a bad option.
/// </summary>
internal static class AuditVerifyCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "The JSON Lines audit file, as written by JsonLinesAuditLog." };
        var expectHead = new Option<string?>("--expect-head")
        {
            HelpName = "sequence:hash",
            Description = "A head checkpointed earlier, as <sequence>:<hash> (what this command prints): the file must reach that entry and its hash must match.",
        };
        var json = new Option<bool>("--json") { Description = "Write the result as one JSON object." };
        var command = new Command("verify", "Verify an audit file: every entry's hash, the sequence without gaps, every link to the entry before, and optionally a checkpointed head.")
        {
            file,
            expectHead,
            json,
        };
        command.SetAction(result =>
        {
            AuditHead? expected = null;
            if (result.GetValue(expectHead) is { } text)
            {
                expected = ParseHead(text);
                if (expected is null)
                {
                    error.WriteLine($"error: --expect-head: '{text}' is not a head such as 19:{new string('0', 64)}: a sequence number, a colon and 64 hex digits, as 'audit verify' prints it.");
                    return ExitCodes.Usage;
                }
            }

            return Run(result.GetRequiredValue(file), expected, result.GetValue(json), output, error);
        });
        return command;
    }

    private static int Run(string path, AuditHead? expected, bool json, TextWriter output, TextWriter error)
    {
        AuditVerification verification;
        try
        {
            verification = AuditChain.VerifyFile(path, expected);
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

        if (json)
        {
            output.WriteLine(AuditVerificationWriter.ToJson(path, expected, verification));
        }
        else
        {
            AuditVerificationWriter.WriteText(output, path, verification);
        }

        return verification.IsIntact ? ExitCodes.Success : ExitCodes.AuditBroken;
    }

    /// <summary>The first line is not an entry: the file is something else (or holds no complete entry at all).</summary>
    private static bool IsNotAnAuditLog(AuditVerification verification) =>
        verification is { EntriesVerified: 0, FirstBadLine: 1, ProblemKind: AuditProblemKind.Unreadable or AuditProblemKind.TornTail };

    /// <summary>A head written as <c>&lt;sequence&gt;:&lt;hash&gt;</c>; hex digits in either case; <see langword="null"/> when malformed.</summary>
    private static AuditHead? ParseHead(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0
            || !long.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || text[(colon + 1)..] is not { Length: 64 } hash
            || !hash.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        return new AuditHead(sequence, hash.ToLowerInvariant());
    }
}
