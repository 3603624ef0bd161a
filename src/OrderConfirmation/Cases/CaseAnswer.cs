using NodaTime;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Cases;

/// <summary>The answer given to a case (article 5: the company answers queries and complaints).</summary>
/// <param name="Text">The answer as given.</param>
/// <param name="By">Who gave it (user id).</param>
/// <param name="Role">The role they acted in.</param>
/// <param name="At">When: the case's answeredAt for the reply-time KPI.</param>
/// <param name="Substantiated">For a complaint (and optionally a report): whether the investigation found it substantiated; <see langword="null"/> for a query.</param>
public sealed record CaseAnswer(string Text, string By, Role Role, Instant At, bool? Substantiated);
