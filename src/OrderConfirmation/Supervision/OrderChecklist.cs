namespace OrderConfirmation.Supervision;

/// <summary>The checklist of one sampled order: every <see cref="ChecklistItem"/>, in their order.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Results">The result of each check.</param>
public sealed record OrderChecklist(string OrderId, IReadOnlyList<ChecklistResult> Results)
{
    /// <summary>Whether every check passed.</summary>
    public bool Passed => Results.All(r => r.Passed);
}
