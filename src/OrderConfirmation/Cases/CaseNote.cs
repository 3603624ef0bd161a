using NodaTime;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Cases;

/// <summary>An investigation note on a case (article 6.1: supervision investigates complaints).</summary>
/// <param name="Number">The note's number in the case: 1, 2, … in the order added.</param>
/// <param name="Text">What was found or done.</param>
/// <param name="By">Who wrote it (user id).</param>
/// <param name="Role">The role they acted in.</param>
/// <param name="At">When.</param>
public sealed record CaseNote(int Number, string Text, string By, Role Role, Instant At);
