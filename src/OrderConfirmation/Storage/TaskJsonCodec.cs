using System.Text.Json;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Storage;

/// <summary>An order's department tasks as a stored state of format 3 holds them (<c>tasks</c>).</summary>
internal static class TaskJsonCodec
{
    /// <summary>The member holding the tasks.</summary>
    public const string Member = "tasks";

    /// <summary>The first format that holds the tasks; in older formats the member is absent and the order has none.</summary>
    public const int SinceFormat = 3;

    public static void WriteTasks(Utf8JsonWriter writer, IReadOnlyList<DepartmentTask> tasks) => writer.WriteArray(Member, tasks, WriteTask);

    /// <summary>The members format <paramref name="format"/> adds for the tasks: <c>tasks</c> from format 3, none before.</summary>
    public static string[] Members(int format) => format >= SinceFormat ? [Member] : [];

    /// <summary>The tasks of a stored state: required from format 3, absent (none) before.</summary>
    public static IReadOnlyList<DepartmentTask> ReadTasks(StoredObject state, int format) =>
        format >= SinceFormat ? state[Member].Array(ReadTask) : [];

    private static void WriteTask(Utf8JsonWriter writer, DepartmentTask task)
    {
        writer.WriteStartObject();
        writer.WriteString("id", task.Id);
        writer.WriteEnum("department", task.Department);
        writer.WriteEnum("action", task.Action);
        writer.WriteStrings("rules", task.Rules);
        writer.WriteInstant("openedAt", task.OpenedAt);
        writer.WriteInstant("due", task.Due);
        writer.WriteBoolean("blocksConfirmation", task.BlocksConfirmation);
        writer.WriteObjectOrNull("completion", task.Completion, LifecycleJsonCodec.WriteAction);
        writer.WriteObjectOrNull("supersession", task.Supersession, LifecycleJsonCodec.WriteAction);
        writer.WriteObjectOrNull("escalation", task.Escalation, LifecycleJsonCodec.WriteAction);
        writer.WriteEndObject();
    }

    private static DepartmentTask ReadTask(StoredElement element)
    {
        var task = element.Object("id", "department", "action", "rules", "openedAt", "due", "blocksConfirmation", "completion", "supersession", "escalation");
        return new DepartmentTask
        {
            Id = task["id"].String(),
            Department = task["department"].Enum<Department>(),
            Action = task["action"].Enum<ReviewAction>(),
            Rules = task["rules"].Array(e => e.String()),
            OpenedAt = task["openedAt"].Instant(),
            Due = task["due"].Instant(),
            BlocksConfirmation = task["blocksConfirmation"].Boolean(),
            Completion = task["completion"].OrNull(LifecycleJsonCodec.ReadAction),
            Supersession = task["supersession"].OrNull(LifecycleJsonCodec.ReadAction),
            Escalation = task["escalation"].OrNull(LifecycleJsonCodec.ReadAction),
        };
    }
}
