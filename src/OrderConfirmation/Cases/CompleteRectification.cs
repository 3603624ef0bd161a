using System.Text.Json;

namespace OrderConfirmation.Cases;

/// <summary>
/// Records a rectification action as done: when (now), by whom (the actor) and how. Refused when the case has no action
/// of that number, the action is already done, or how it was done is blank.
/// </summary>
public sealed record CompleteRectification : CaseCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="number">The action's number in the case (1, 2, …).</param>
    /// <param name="how">What was done.</param>
    /// <exception cref="ArgumentNullException"><paramref name="how"/> is <see langword="null"/>.</exception>
    public CompleteRectification(int number, string how)
    {
        ArgumentNullException.ThrowIfNull(how);
        Number = number;
        How = how;
    }

    /// <summary>The action's number in the case.</summary>
    public int Number { get; }

    /// <summary>What was done.</summary>
    public string How { get; }

    /// <inheritdoc />
    public override CaseCommandKind Kind => CaseCommandKind.CompleteRectification;

    /// <inheritdoc />
    public override IReadOnlyList<CaseStatus> AllowedFrom => [CaseStatus.Open, CaseStatus.Answered];

    internal override CaseOutcome Execute(CaseState state, CaseCommandContext context)
    {
        var index = Number - 1;
        if (index < 0 || index >= state.Rectifications.Count)
        {
            return CaseOutcome.Fail($"case {state.CaseId} has no rectification {Number} (it has {state.Rectifications.Count})");
        }

        var action = state.Rectifications[index];
        if (!action.IsOpen)
        {
            return CaseOutcome.Fail($"rectification {Number} is already done");
        }

        if (CaseOutcome.Blank(How, "how it was done") is { } blank)
        {
            return blank;
        }

        var actor = context.Known;
        var done = action with { Done = new RectificationCompletion(context.At, actor.Id, actor.Role, How) };
        return CaseOutcome.Done(state with { Rectifications = [.. state.Rectifications.Select((r, i) => i == index ? done : r)] });
    }

    internal override void WriteDetails(Utf8JsonWriter writer, CaseState? after) => writer.WriteNumber("rectification", Number);
}
