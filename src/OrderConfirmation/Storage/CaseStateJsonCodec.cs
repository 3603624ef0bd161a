using System.Text.Json;
using OrderConfirmation.Cases;
using OrderConfirmation.Findings;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Storage;

/// <summary>The members of a stored case, in the order they are written, each always present (<c>null</c> when absent).</summary>
internal static class CaseStateJsonCodec
{
    public static void Write(Utf8JsonWriter writer, CaseState state)
    {
        writer.WriteStartObject();
        writer.WriteNumber("format", CaseStateDocument.CurrentFormat);
        writer.WriteString("caseId", state.CaseId);
        writer.WriteEnum("kind", state.Kind);
        writer.WriteEnum("channel", state.Channel);
        writer.WriteInstant("receivedAt", state.ReceivedAt);
        writer.WriteString("receivedBy", state.ReceivedBy);
        writer.WriteString("orderId", state.OrderId);
        writer.WriteString("reporter", state.Reporter);
        writer.WriteString("subject", state.Subject);
        writer.WriteString("description", state.Description);
        writer.WriteEnum("department", state.Department);
        writer.WriteString("assignedTo", state.AssignedTo);
        writer.WriteInstant("replyDueAt", state.ReplyDueAt);
        writer.WriteEnum("status", state.Status);
        writer.WriteArray("notes", state.Notes, WriteNote);
        writer.WriteArray("rectifications", state.Rectifications, WriteRectification);
        writer.WriteObjectOrNull("answer", state.Answer, WriteAnswer);
        writer.WriteObjectOrNull("closure", state.Closure, LifecycleJsonCodec.WriteAction);
        writer.WriteEndObject();
    }

    /// <summary>Reads the case from a document whose format has been checked.</summary>
    public static CaseState Read(StoredElement element)
    {
        var state = element.Object(
            "format", "caseId", "kind", "channel", "receivedAt", "receivedBy", "orderId", "reporter", "subject", "description",
            "department", "assignedTo", "replyDueAt", "status", "notes", "rectifications", "answer", "closure");
        return new CaseState
        {
            CaseId = state["caseId"].String(),
            Kind = state["kind"].Enum<CaseKind>(),
            Channel = state["channel"].Enum<CommunicationChannel>(),
            ReceivedAt = state["receivedAt"].Instant(),
            ReceivedBy = state["receivedBy"].String(),
            OrderId = state["orderId"].StringOrNull(),
            Reporter = state["reporter"].StringOrNull(),
            Subject = state["subject"].String(),
            Description = state["description"].String(),
            Department = state["department"].OrNone(e => e.Enum<Department>()),
            AssignedTo = state["assignedTo"].StringOrNull(),
            ReplyDueAt = state["replyDueAt"].Instant(),
            Status = state["status"].Enum<CaseStatus>(),
            Notes = state["notes"].Array(ReadNote),
            Rectifications = state["rectifications"].Array(ReadRectification),
            Answer = state["answer"].OrNull(ReadAnswer),
            Closure = state["closure"].OrNull(LifecycleJsonCodec.ReadAction),
        };
    }

    private static void WriteNote(Utf8JsonWriter writer, CaseNote note)
    {
        writer.WriteStartObject();
        writer.WriteNumber("number", note.Number);
        writer.WriteString("text", note.Text);
        writer.WriteString("by", note.By);
        writer.WriteEnum("role", note.Role);
        writer.WriteInstant("at", note.At);
        writer.WriteEndObject();
    }

    private static CaseNote ReadNote(StoredElement element)
    {
        var note = element.Object("number", "text", "by", "role", "at");
        return new CaseNote(note["number"].Int32(), note["text"].String(), note["by"].String(), note["role"].Enum<Role>(), note["at"].Instant());
    }

    private static void WriteRectification(Utf8JsonWriter writer, Rectification action)
    {
        writer.WriteStartObject();
        writer.WriteNumber("number", action.Number);
        writer.WriteString("owner", action.Owner);
        writer.WriteInstant("dueAt", action.DueAt);
        writer.WriteString("description", action.Description);
        writer.WriteString("addedBy", action.AddedBy);
        writer.WriteInstant("addedAt", action.AddedAt);
        writer.WriteObjectOrNull("done", action.Done, (w, done) =>
        {
            w.WriteStartObject();
            w.WriteInstant("at", done.At);
            w.WriteString("by", done.By);
            w.WriteEnum("role", done.Role);
            w.WriteString("how", done.How);
            w.WriteEndObject();
        });
        writer.WriteEndObject();
    }

    private static Rectification ReadRectification(StoredElement element)
    {
        var action = element.Object("number", "owner", "dueAt", "description", "addedBy", "addedAt", "done");
        return new Rectification(
            action["number"].Int32(),
            action["owner"].String(),
            action["dueAt"].Instant(),
            action["description"].String(),
            action["addedBy"].String(),
            action["addedAt"].Instant(),
            action["done"].OrNull(e =>
            {
                var done = e.Object("at", "by", "role", "how");
                return new RectificationCompletion(done["at"].Instant(), done["by"].String(), done["role"].Enum<Role>(), done["how"].String());
            }));
    }

    private static void WriteAnswer(Utf8JsonWriter writer, CaseAnswer answer)
    {
        writer.WriteStartObject();
        writer.WriteString("text", answer.Text);
        writer.WriteString("by", answer.By);
        writer.WriteEnum("role", answer.Role);
        writer.WriteInstant("at", answer.At);
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

    private static CaseAnswer ReadAnswer(StoredElement element)
    {
        var answer = element.Object("text", "by", "role", "at", "substantiated");
        return new CaseAnswer(
            answer["text"].String(),
            answer["by"].String(),
            answer["role"].Enum<Role>(),
            answer["at"].Instant(),
            answer["substantiated"].OrNone(e => e.Boolean()));
    }
}
