using System.Text.Json;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Lifecycle;

/// <summary>
/// Whether an audit log holds the records the lifecycle owes supervision (article 6.1): every confirmation with the
/// review it relied on and its confirmation record, every revision with the change request behind it. The audit log
/// itself knows nothing of orders' lifecycles; this check reads the entries the lifecycle wrote (their kinds are the
/// names of <see cref="AuditEntryKind"/>) and ignores entries of other kinds.
/// </summary>
public static class AuditCompleteness
{
    private const string ConfirmCommand = nameof(LifecycleCommandKind.Confirm);

    /// <summary>
    /// Checks that the log holds the records confirmations and revisions need: every accepted <c>Confirm</c> command
    /// (a <see cref="AuditEntryKind.CommandAccepted"/> entry whose payload <c>command</c> is <c>"Confirm"</c>) has a
    /// <see cref="AuditEntryKind.ReviewDecision"/> for its order before it, and the order has a
    /// <see cref="AuditEntryKind.Confirmation"/> record for each such command; every <see cref="AuditEntryKind.ChangeOutcome"/>
    /// with a numeric <c>revision</c> has a <see cref="AuditEntryKind.ChangeRequest"/> with the same order and <c>changeId</c> before it.
    /// </summary>
    /// <param name="entries">The log's entries, in log order.</param>
    /// <returns>The gaps, in the order of the entries that lack something; empty when the log is complete.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<AuditGap> Check(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var log = entries.ToList();
        var confirmations = log.Where(e => e.Kind == nameof(AuditEntryKind.Confirmation) && e.OrderId is not null)
            .CountBy(e => e.OrderId!, StringComparer.Ordinal)
            .ToDictionary(StringComparer.Ordinal);
        var reviewed = new HashSet<string>(StringComparer.Ordinal);
        var requested = new HashSet<(string OrderId, string ChangeId)>();
        var confirmsSoFar = new Dictionary<string, int>(StringComparer.Ordinal);
        var gaps = new List<AuditGap>();
        foreach (var entry in log)
        {
            switch (entry.Kind)
            {
                case nameof(AuditEntryKind.ReviewDecision) when entry.OrderId is not null:
                    reviewed.Add(entry.OrderId);
                    break;
                case nameof(AuditEntryKind.ChangeRequest) when entry.OrderId is not null && PayloadText(entry, "changeId") is { } changeId:
                    requested.Add((entry.OrderId, changeId));
                    break;
                case nameof(AuditEntryKind.CommandAccepted) when PayloadText(entry, "command") == ConfirmCommand:
                    gaps.AddRange(ConfirmGaps(entry, reviewed, confirmations, confirmsSoFar));
                    break;
                case nameof(AuditEntryKind.ChangeOutcome) when IsRevision(entry):
                    gaps.AddRange(RevisionGaps(entry, requested));
                    break;
            }
        }

        return gaps;
    }

    private static IEnumerable<AuditGap> ConfirmGaps(AuditEntry confirm, HashSet<string> reviewed, Dictionary<string, int> confirmations, Dictionary<string, int> confirmsSoFar)
    {
        // A plain local rather than a pattern variable: Stryker's mutants of the condition must not leave it unassigned
        // (its "Safe Mode" would otherwise drop every mutant of this method).
        var orderId = confirm.OrderId;
        if (orderId is null)
        {
            yield return new AuditGap(string.Empty, confirm.Sequence, AuditGapKind.MissingReference,
                $"Entry {confirm.Sequence} records an accepted Confirm command without an order id.");
            yield break;
        }

        if (!reviewed.Contains(orderId))
        {
            yield return new AuditGap(orderId, confirm.Sequence, AuditGapKind.MissingReviewDecision,
                $"Order {orderId} was confirmed (entry {confirm.Sequence}) with no review decision recorded before it.");
        }

        var nth = confirmsSoFar[orderId] = confirmsSoFar.GetValueOrDefault(orderId) + 1;
        if (confirmations.GetValueOrDefault(orderId) < nth)
        {
            yield return new AuditGap(orderId, confirm.Sequence, AuditGapKind.MissingConfirmation,
                $"Order {orderId} was confirmed (entry {confirm.Sequence}) but the log has no confirmation record for it{(nth > 1 ? $" (confirmation {nth})" : string.Empty)}.");
        }
    }

    private static IEnumerable<AuditGap> RevisionGaps(AuditEntry outcome, HashSet<(string OrderId, string ChangeId)> requested)
    {
        var changeId = PayloadText(outcome, "changeId");
        if (outcome.OrderId is not { } orderId || changeId is null)
        {
            yield return new AuditGap(outcome.OrderId ?? string.Empty, outcome.Sequence, AuditGapKind.MissingReference,
                $"Entry {outcome.Sequence} records a revision without {(outcome.OrderId is null ? "an order id" : "a changeId")}.");
        }
        else if (!requested.Contains((orderId, changeId)))
        {
            yield return new AuditGap(orderId, outcome.Sequence, AuditGapKind.MissingChangeRequest,
                $"Order {orderId} was revised by change {changeId} (entry {outcome.Sequence}) with no change request {changeId} recorded before it.");
        }
    }

    /// <summary>Whether a change outcome records a revision: its payload's <c>revision</c> is a number.</summary>
    private static bool IsRevision(AuditEntry outcome) =>
        PayloadValue(
            outcome,
            "revision",
            // Stryker disable once String : any non-null text marks a number here; only whether it is null is read
            e => e.ValueKind == JsonValueKind.Number ? string.Empty : null) is not null;

    /// <summary>A payload property as text: a string's value, or the JSON of a number; null when absent, null or another type.</summary>
    private static string? PayloadText(AuditEntry entry, string name) =>
        PayloadValue(entry, name, e => e.ValueKind switch
        {
            JsonValueKind.String => e.GetString(),
            JsonValueKind.Number => e.GetRawText(),
            _ => null,
        });

    private static string? PayloadValue(AuditEntry entry, string name, Func<JsonElement, string?> read)
    {
        try
        {
            using var payload = JsonDocument.Parse(entry.Payload);
            return payload.RootElement.ValueKind == JsonValueKind.Object && payload.RootElement.TryGetProperty(name, out var value) ? read(value) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
