using NodaTime;

namespace OrderConfirmation.Lifecycle.State;

/// <summary>Who did something to an order, in which role, when, and their note (a hold's reason, a release's note).</summary>
/// <param name="By">The person's user id.</param>
/// <param name="Role">The role they acted in.</param>
/// <param name="At">When.</param>
/// <param name="Note">Their reason or note.</param>
public sealed record ActionRecord(string By, Role Role, Instant At, string? Note);
