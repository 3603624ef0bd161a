using System.Text.Json;

namespace OrderConfirmation.Cases;

/// <summary>Adds an investigation note to a case not yet closed (article 6.1: supervision investigates). Refused when the text is blank.</summary>
public sealed record AddInvestigationNote : CaseCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="text">What was found or done.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public AddInvestigationNote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>What was found or done.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override CaseCommandKind Kind => CaseCommandKind.AddInvestigationNote;

    /// <inheritdoc />
    public override IReadOnlyList<CaseStatus> AllowedFrom => [CaseStatus.Open, CaseStatus.Answered];

    internal override CaseOutcome Execute(CaseState state, CaseCommandContext context)
    {
        var actor = context.Known;
        return CaseOutcome.Blank(Text, "the note") ?? CaseOutcome.Done(state with
        {
            Notes = [.. state.Notes, new CaseNote(state.Notes.Count + 1, Text, actor.Id, actor.Role, context.At)],
        });
    }

    internal override void WriteDetails(Utf8JsonWriter writer, CaseState? after)
    {
        if (after is not null)
        {
            writer.WriteNumber("note", after.Notes.Count);
        }
    }
}
