using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.SampleHost.Contracts;

/// <summary>
/// Writes an order's department tasks as camelCase JSON: <c>id</c>, <c>department</c>, <c>action</c>, <c>rules</c>,
/// <c>openedAt</c>, <c>due</c>, <c>blocksConfirmation</c>, <c>open</c>, <c>overdue</c> (as of now), and the
/// <c>completion</c>, <c>supersession</c> and <c>escalation</c> records (<c>by</c>, <c>role</c>, <c>at</c>, <c>note</c>, or null).
/// </summary>
internal static class TaskJson
{
    /// <summary>Writes the tasks as a JSON array, oldest first.</summary>
    public static void WriteAll(Utf8JsonWriter writer, IEnumerable<DepartmentTask> tasks, Instant now)
    {
        writer.WriteStartArray();
        foreach (var task in tasks)
        {
            Write(writer, task, now);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes one task as a JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, DepartmentTask task, Instant now)
    {
        writer.WriteStartObject();
        writer.WriteString("id", task.Id);
        writer.WriteString("department", task.Department.ToString());
        writer.WriteString("action", task.Action.ToString());
        writer.WriteStartArray("rules");
        foreach (var rule in task.Rules)
        {
            writer.WriteStringValue(rule);
        }

        writer.WriteEndArray();
        writer.WriteString("openedAt", InstantPattern.ExtendedIso.Format(task.OpenedAt));
        writer.WriteString("due", InstantPattern.ExtendedIso.Format(task.Due));
        writer.WriteBoolean("blocksConfirmation", task.BlocksConfirmation);
        writer.WriteBoolean("open", task.IsOpen);
        writer.WriteBoolean("overdue", task.IsOverdue(now));
        WriteRecord(writer, "completion", task.Completion);
        WriteRecord(writer, "supersession", task.Supersession);
        WriteRecord(writer, "escalation", task.Escalation);
        writer.WriteEndObject();
    }

    private static void WriteRecord(Utf8JsonWriter writer, string name, ActionRecord? record)
    {
        writer.WritePropertyName(name);
        if (record is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("by", record.By);
        writer.WriteString("role", record.Role.ToString());
        writer.WriteString("at", InstantPattern.ExtendedIso.Format(record.At));
        writer.WriteString("note", record.Note);
        writer.WriteEndObject();
    }
}
