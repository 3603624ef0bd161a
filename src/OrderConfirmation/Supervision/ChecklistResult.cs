namespace OrderConfirmation.Supervision;

/// <summary>One check of a sampled order: passed or failed, with a sentence saying what was found or what is missing.</summary>
/// <param name="Item">The check.</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Detail">What was found, or what is missing and where.</param>
public sealed record ChecklistResult(ChecklistItem Item, bool Passed, string Detail);
