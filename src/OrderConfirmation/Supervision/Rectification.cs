using NodaTime;

namespace OrderConfirmation.Supervision;

/// <summary>A rectification asked in a recorded supervision check, not yet done.</summary>
/// <param name="RectificationId">Its id, such as <c>SC-1/R1</c>.</param>
/// <param name="CheckId">The check that asked for it, such as <c>SC-1</c>.</param>
/// <param name="OrderId">The order it is about, or <see langword="null"/>.</param>
/// <param name="Action">What must be done.</param>
/// <param name="Owner">Who must do it.</param>
/// <param name="Due">The date by which it must be done.</param>
/// <param name="AskedAt">When the check was recorded.</param>
public sealed record Rectification(string RectificationId, string CheckId, string? OrderId, string Action, string Owner, LocalDate Due, Instant AskedAt);
