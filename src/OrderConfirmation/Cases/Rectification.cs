using NodaTime;

namespace OrderConfirmation.Cases;

/// <summary>A rectification action decided on a case (article 6.1: supervision follows the rectification until it is done).</summary>
/// <param name="Number">The action's number in the case: 1, 2, … in the order added.</param>
/// <param name="Owner">Who must carry it out (user id or department, as given).</param>
/// <param name="DueAt">When it must be done.</param>
/// <param name="Description">What must be done.</param>
/// <param name="AddedBy">Who decided it (user id).</param>
/// <param name="AddedAt">When it was added.</param>
/// <param name="Done">How it was done, or <see langword="null"/> while open.</param>
public sealed record Rectification(int Number, string Owner, Instant DueAt, string Description, string AddedBy, Instant AddedAt, RectificationCompletion? Done = null)
{
    /// <summary>Whether the action is still to be done.</summary>
    public bool IsOpen => Done is null;
}
