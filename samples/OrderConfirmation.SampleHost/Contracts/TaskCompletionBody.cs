namespace OrderConfirmation.SampleHost.Contracts;

/// <summary>The body of <c>POST /orders/{id}/tasks/{taskId}/complete</c>.</summary>
internal sealed class TaskCompletionBody
{
    /// <summary>What the department did or decided, such as <c>Use the 48-port switch; the customer agreed.</c>; not blank.</summary>
    public string? Resolution { get; set; }
}
