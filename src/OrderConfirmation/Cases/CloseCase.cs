using System.Text.Json;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Cases;

/// <summary>
/// Closes an answered case: a case is closed with the answer given, so an open case must be answered first (refused as
/// a wrong state), and a case with a rectification action still open is refused until every action is done (article
/// 6.1: followed until it is done). After closing nothing more may be done to the case.
/// </summary>
public sealed record CloseCase : CaseCommand
{
    /// <inheritdoc />
    public override CaseCommandKind Kind => CaseCommandKind.Close;

    /// <inheritdoc />
    public override IReadOnlyList<CaseStatus> AllowedFrom => [CaseStatus.Answered];

    internal override CaseOutcome Execute(CaseState state, CaseCommandContext context)
    {
        var open = state.Rectifications.Where(r => r.IsOpen).Select(r => r.Number).ToList();
        if (open.Count > 0)
        {
            return CaseOutcome.Fail($"rectification {string.Join(", ", open)} is still open");
        }

        var actor = context.Known;
        return CaseOutcome.Done(state with { Status = CaseStatus.Closed, Closure = new ActionRecord(actor.Id, actor.Role, context.At, null) });
    }

    internal override void WriteDetails(Utf8JsonWriter writer, CaseState? after)
    {
    }
}
