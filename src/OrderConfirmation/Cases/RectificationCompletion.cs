using NodaTime;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Cases;

/// <summary>How a rectification action was done: when, who recorded it, in which role, and how.</summary>
/// <param name="At">When it was recorded as done.</param>
/// <param name="By">Who recorded it (user id).</param>
/// <param name="Role">The role they acted in.</param>
/// <param name="How">What was done.</param>
public sealed record RectificationCompletion(Instant At, string By, Role Role, string How);
