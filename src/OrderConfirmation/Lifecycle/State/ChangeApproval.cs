namespace OrderConfirmation.Lifecycle.State;

/// <summary>A department's approval of a change that requires it (for example Finance for a new price).</summary>
/// <param name="Department">The approving department.</param>
/// <param name="ApprovedBy">Who approved, by user id.</param>
public sealed record ChangeApproval(Findings.Department Department, string ApprovedBy);
