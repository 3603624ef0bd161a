namespace OrderConfirmation.Tasks;

/// <summary>The stable codes of department-task file diagnostics (<c>rules/tasks.json</c>), for tools and documentation.</summary>
internal static class TaskDiagnosticCodes
{
    /// <summary>The file is not well-formed JSON, is not a JSON object, or has a value of the wrong JSON type.</summary>
    public const string InvalidJson = "OC1200";

    /// <summary>A property the file or a task does not have (usually a typo); it would otherwise be silently ignored.</summary>
    public const string UnknownProperty = "OC1201";

    /// <summary>A property appears twice in the same object (an action given twice, too).</summary>
    public const string DuplicateProperty = "OC1202";

    /// <summary>A required property (<c>tasks</c>, a task's <c>department</c>, <c>dueTime</c>, <c>blocksConfirmation</c>) is missing or null.</summary>
    public const string MissingField = "OC1203";

    /// <summary>A key of <c>tasks</c> is not a review action, or is <c>None</c>.</summary>
    public const string UnknownAction = "OC1204";

    /// <summary>A department is not one that takes tasks (Sales, Finance, Technical, Product).</summary>
    public const string UnknownDepartment = "OC1205";

    /// <summary>A due time is not a positive ISO-8601 duration in days, hours, minutes and seconds.</summary>
    public const string InvalidDueTime = "OC1206";
}
