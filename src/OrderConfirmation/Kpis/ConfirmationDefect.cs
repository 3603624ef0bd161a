namespace OrderConfirmation.Kpis;

/// <summary>
/// A defect recorded after confirmation (article 6.2): the confirmed data did not match the customer's need, or the
/// company could not deliver what it confirmed (an infeasible date, unavailable stock, a wrong price, …).
/// </summary>
/// <param name="Kind">The kind of defect, as the host classifies it (for example <c>InfeasibleDate</c>).</param>
/// <param name="AttributableToConfirmation">Whether the defect is the confirmation's fault; only such defects make a confirmation inaccurate.</param>
public sealed record ConfirmationDefect(string Kind, bool AttributableToConfirmation);
