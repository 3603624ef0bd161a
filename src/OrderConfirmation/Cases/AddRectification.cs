using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace OrderConfirmation.Cases;

/// <summary>
/// Decides a rectification action on a case not yet closed: who must do what by when (article 6.1: supervision follows
/// the rectification until it is done). The action is numbered 1, 2, … in the case. Refused when the owner or the
/// description is blank, or the due instant is not after the command's.
/// </summary>
public sealed record AddRectification : CaseCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="owner">Who must carry it out (user id or department, as given).</param>
    /// <param name="dueAt">When it must be done.</param>
    /// <param name="description">What must be done.</param>
    /// <exception cref="ArgumentNullException"><paramref name="owner"/> or <paramref name="description"/> is <see langword="null"/>.</exception>
    public AddRectification(string owner, Instant dueAt, string description)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(description);
        Owner = owner;
        DueAt = dueAt;
        Description = description;
    }

    /// <summary>Who must carry it out.</summary>
    public string Owner { get; }

    /// <summary>When it must be done.</summary>
    public Instant DueAt { get; }

    /// <summary>What must be done.</summary>
    public string Description { get; }

    /// <inheritdoc />
    public override CaseCommandKind Kind => CaseCommandKind.AddRectification;

    /// <inheritdoc />
    public override IReadOnlyList<CaseStatus> AllowedFrom => [CaseStatus.Open, CaseStatus.Answered];

    internal override CaseOutcome Execute(CaseState state, CaseCommandContext context)
    {
        if ((CaseOutcome.Blank(Owner, "the owner") ?? CaseOutcome.Blank(Description, "the description")) is { } blank)
        {
            return blank;
        }

        if (DueAt <= context.At)
        {
            return CaseOutcome.Fail($"the rectification would be due at {InstantPattern.ExtendedIso.Format(DueAt)}, which is not after now");
        }

        var action = new Rectification(state.Rectifications.Count + 1, Owner.Trim(), DueAt, Description, context.Known.Id, context.At);
        return CaseOutcome.Done(state with { Rectifications = [.. state.Rectifications, action] });
    }

    internal override void WriteDetails(Utf8JsonWriter writer, CaseState? after)
    {
        if (after is not null)
        {
            writer.WriteNumber("rectification", after.Rectifications.Count);
        }

        writer.WriteString("owner", Owner);
        writer.WriteString("dueAt", InstantPattern.ExtendedIso.Format(DueAt));
    }
}
