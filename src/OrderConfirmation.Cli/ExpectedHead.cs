using System.Globalization;
using OrderConfirmation.Audit;

namespace OrderConfirmation.Cli;

/// <summary>
/// What <c>--expect-head</c> says: a checkpointed head (<c>&lt;sequence&gt;:&lt;hash&gt;</c>), which the trail must reach
/// and match; or a bare hash, which the trail's head must have.
/// </summary>
/// <param name="Sequence">The checkpoint's sequence, or <see langword="null"/> for a bare hash.</param>
/// <param name="Hash">The hash, as 64 lowercase hex digits.</param>
internal sealed record ExpectedHead(long? Sequence, string Hash)
{
    /// <summary>The head written as <c>&lt;sequence&gt;:&lt;hash&gt;</c> or <c>&lt;hash&gt;</c>; hex digits in either case; <see langword="null"/> when malformed.</summary>
    public static ExpectedHead? Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        long? sequence = null;
        if (colon >= 0)
        {
            if (colon == 0 || !long.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return null;
            }

            sequence = number;
        }

        var hash = text[(colon + 1)..];
        return hash.Length == 64 && hash.All(char.IsAsciiHexDigit) ? new ExpectedHead(sequence, hash.ToLowerInvariant()) : null;
    }

    /// <summary>
    /// Verifies a trail against the expected head: a checkpoint is passed on as it is; a bare hash is checked against the
    /// verified head, and when they differ the trail is verified again against that hash at the head's sequence, so the
    /// result names the head entry as not matching. Returns the verification and the head it was checked against.
    /// </summary>
    public static (AuditVerification Verification, AuditHead? Checkpoint) Verify(ExpectedHead? expected, Func<AuditHead?, AuditVerification> verify)
    {
        if (expected is null)
        {
            return (verify(null), null);
        }

        if (expected.Sequence is { } sequence)
        {
            var checkpoint = new AuditHead(sequence, expected.Hash);
            return (verify(checkpoint), checkpoint);
        }

        var verification = verify(null);
        var atHead = new AuditHead(verification.Head.Sequence, expected.Hash);
        return !verification.IsIntact || string.Equals(verification.Head.Hash, expected.Hash, StringComparison.Ordinal)
            ? (verification, atHead)
            : (verify(atHead), atHead);
    }
}
