using OrderConfirmation.Audit;
using OrderConfirmation.Json;

namespace OrderConfirmation.Cases;

/// <summary>What the audit trail records of one case command, accepted or refused (see <see cref="CaseAuditEntryKind"/>).</summary>
internal static class CaseAuditRecords
{
    /// <summary>The records of a command's result, in the order they are appended: one per command.</summary>
    public static IReadOnlyList<AuditRecord> For(CaseTransitionResult result)
    {
        var orderId = result.State?.OrderId ?? (result.Command as ReceiveCase)?.OrderId;
        var kind = result.IsAccepted ? CaseAuditEntryKind.CaseCommandAccepted : CaseAuditEntryKind.CaseCommandRefused;
        return
        [
            new AuditRecord(
                result.At,
                result.Actor?.Id ?? CaseState.AnonymousChannel,
                result.Actor?.Role.ToString(),
                string.IsNullOrWhiteSpace(orderId) ? null : orderId,
                kind.ToString(),
                Payload(result)),
        ];
    }

    private static string Payload(CaseTransitionResult result) => CompactJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("caseId", result.CaseId);
        writer.WriteString("caseKind", result.Kind?.ToString());
        writer.WriteString("command", result.Command.Kind.ToString());
        writer.WriteString("from", result.Before?.Status.ToString());
        if (result.Refusal is { } refusal)
        {
            writer.WriteString("reason", refusal.Reason.ToString());
            writer.WriteString("message", refusal.Message);
        }
        else
        {
            writer.WriteString("to", result.State!.Status.ToString());
        }

        writer.WriteStartObject("details");
        result.Command.WriteDetails(writer, result.IsAccepted ? result.State : null);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });
}
