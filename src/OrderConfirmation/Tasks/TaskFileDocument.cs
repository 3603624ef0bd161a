using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderConfirmation.Tasks;

/// <summary>The JSON shape of the department-task file (camelCase), as written; checked by <see cref="TaskDocumentReader"/>.</summary>
internal sealed class TaskFileDocument
{
    /// <summary>The JSON Schema editors use for completion and inline errors (<c>./tasks.schema.json</c>); not read otherwise.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    /// <summary>Free text for the people who keep the file; not read otherwise.</summary>
    public string? Description { get; set; }

    /// <summary>The task of each action that opens one, by the action's name.</summary>
    public Dictionary<string, TaskDocument?>? Tasks { get; set; }

    /// <summary>Properties the file does not have, collected so that every typo is reported, not only the first.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownProperties { get; set; }
}

/// <summary>One action's task as written.</summary>
internal sealed class TaskDocument
{
    public string? Department { get; set; }

    public string? DueTime { get; set; }

    public bool? BlocksConfirmation { get; set; }

    /// <summary>Properties a task does not have.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownProperties { get; set; }
}
