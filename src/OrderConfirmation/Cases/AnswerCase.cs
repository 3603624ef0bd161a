using System.Text.Json;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Cases;

/// <summary>
/// Gives the answer to an open case (article 5); the answer's instant is the case's answeredAt for the reply KPI.
/// A complaint's answer must say whether the complaint was substantiated; a report's may; a query's must not. Refused
/// when the answer is blank or <see cref="Substantiated"/> does not fit the kind. Open rectifications may continue after it.
/// </summary>
public sealed record AnswerCase : CaseCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="answer">The answer as given.</param>
    /// <param name="substantiated">For a complaint (required) or a report (optional): whether it was found substantiated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> is <see langword="null"/>.</exception>
    public AnswerCase(string answer, bool? substantiated = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        Answer = answer;
        Substantiated = substantiated;
    }

    /// <summary>The answer as given.</summary>
    public string Answer { get; }

    /// <summary>Whether the complaint or report was found substantiated.</summary>
    public bool? Substantiated { get; }

    /// <inheritdoc />
    public override CaseCommandKind Kind => CaseCommandKind.Answer;

    /// <inheritdoc />
    public override IReadOnlyList<CaseStatus> AllowedFrom => [CaseStatus.Open];

    internal override CaseOutcome Execute(CaseState state, CaseCommandContext context)
    {
        if (CaseOutcome.Blank(Answer, "the answer") is { } blank)
        {
            return blank;
        }

        if (state.Kind == CaseKind.Complaint && Substantiated is null)
        {
            return CaseOutcome.Fail("a complaint's answer must say whether it was substantiated");
        }

        if (state.Kind == CaseKind.Query && Substantiated is not null)
        {
            return CaseOutcome.Fail("a query is not substantiated or unsubstantiated; answer it without");
        }

        var actor = context.Known;
        return CaseOutcome.Done(state with { Status = CaseStatus.Answered, Answer = new CaseAnswer(Answer, actor.Id, actor.Role, context.At, Substantiated) });
    }

    internal override void WriteDetails(Utf8JsonWriter writer, CaseState? after)
    {
        if (Substantiated is { } substantiated)
        {
            writer.WriteBoolean("substantiated", substantiated);
        }
        else
        {
            writer.WriteNull("substantiated");
        }
    }
}
