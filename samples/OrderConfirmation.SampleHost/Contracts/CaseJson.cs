using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Cases;

namespace OrderConfirmation.SampleHost.Contracts;

/// <summary>Writes a customer case as the caller who may read it sees it (see <see cref="Schemas.CaseSchema"/>): camelCase, instants in ISO-8601 UTC, enums by name.</summary>
internal static class CaseJson
{
    /// <summary>Writes the case as one JSON object; <c>overdue</c> as of <paramref name="now"/>.</summary>
    public static void Write(Utf8JsonWriter writer, CaseState state, Instant now)
    {
        writer.WriteStartObject();
        writer.WriteString("caseId", state.CaseId);
        writer.WriteString("kind", state.Kind.ToString());
        writer.WriteString("channel", state.Channel.ToString());
        writer.WriteString("receivedAt", Format(state.ReceivedAt));
        writer.WriteString("receivedBy", state.ReceivedBy);
        writer.WriteString("orderId", state.OrderId);
        writer.WriteString("reporter", state.Reporter);
        writer.WriteString("subject", state.Subject);
        writer.WriteString("description", state.Description);
        writer.WriteString("department", state.Department?.ToString());
        writer.WriteString("assignedTo", state.AssignedTo);
        writer.WriteString("replyDueAt", Format(state.ReplyDueAt));
        writer.WriteBoolean("overdue", state.IsOverdue(now));
        writer.WriteString("status", state.Status.ToString());
        writer.WriteStartArray("notes");
        foreach (var note in state.Notes)
        {
            writer.WriteStartObject();
            writer.WriteNumber("number", note.Number);
            writer.WriteString("text", note.Text);
            writer.WriteString("by", note.By);
            writer.WriteString("role", note.Role.ToString());
            writer.WriteString("at", Format(note.At));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("rectifications");
        foreach (var action in state.Rectifications)
        {
            WriteRectification(writer, action);
        }

        writer.WriteEndArray();
        WriteAnswer(writer, state.Answer);
        writer.WriteString("closedBy", state.Closure?.By);
        writer.WriteString("closedAt", state.Closure is { } closure ? Format(closure.At) : null);
        writer.WriteEndObject();
    }

    /// <summary>Writes what the anonymous channel tells a reporter: the case id and when the report will have been answered, nothing more.</summary>
    public static void WriteReceipt(Utf8JsonWriter writer, CaseState state)
    {
        writer.WriteStartObject();
        writer.WriteString("caseId", state.CaseId);
        writer.WriteString("replyDueAt", Format(state.ReplyDueAt));
        writer.WriteEndObject();
    }

    private static void WriteRectification(Utf8JsonWriter writer, Rectification action)
    {
        writer.WriteStartObject();
        writer.WriteNumber("number", action.Number);
        writer.WriteString("owner", action.Owner);
        writer.WriteString("dueAt", Format(action.DueAt));
        writer.WriteString("description", action.Description);
        writer.WriteString("addedBy", action.AddedBy);
        writer.WriteString("addedAt", Format(action.AddedAt));
        if (action.Done is { } done)
        {
            writer.WriteStartObject("done");
            writer.WriteString("at", Format(done.At));
            writer.WriteString("by", done.By);
            writer.WriteString("role", done.Role.ToString());
            writer.WriteString("how", done.How);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("done");
        }

        writer.WriteEndObject();
    }

    private static void WriteAnswer(Utf8JsonWriter writer, CaseAnswer? answer)
    {
        if (answer is null)
        {
            writer.WriteNull("answer");
            return;
        }

        writer.WriteStartObject("answer");
        writer.WriteString("text", answer.Text);
        writer.WriteString("by", answer.By);
        writer.WriteString("role", answer.Role.ToString());
        writer.WriteString("at", Format(answer.At));
        if (answer.Substantiated is { } substantiated)
        {
            writer.WriteBoolean("substantiated", substantiated);
        }
        else
        {
            writer.WriteNull("substantiated");
        }

        writer.WriteEndObject();
    }

    private static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
