using System.Text.Json;
using OrderConfirmation.Storage;

namespace OrderConfirmation.SampleHost.Contracts;

/// <summary>
/// The answer to a change sent again with a change id already handled (and the same body): nothing is assessed or
/// applied again; the answer says what became of it the first time, from the stored receipt.
/// </summary>
internal static class ChangeReplay
{
    /// <summary>Writes <c>{orderId, changeId, replayed: true, applied, revision, refusal}</c>.</summary>
    public static void Write(Utf8JsonWriter writer, string changeId, CommandResult result)
    {
        var receipt = result.Receipt!;
        writer.WriteStartObject();
        writer.WriteString("orderId", receipt.OrderId);
        writer.WriteString("changeId", changeId);
        writer.WriteBoolean("replayed", true);
        writer.WriteBoolean("applied", receipt.IsAccepted);
        writer.WriteNumber("revision", receipt.Revision);
        if (receipt.Refusal is { } refusal)
        {
            writer.WriteStartObject("refusal");
            writer.WriteString("reason", refusal.Reason.ToString());
            writer.WriteString("message", refusal.Message);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("refusal");
        }

        writer.WriteEndObject();
    }
}
