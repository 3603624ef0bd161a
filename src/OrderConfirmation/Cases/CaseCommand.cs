using System.Text.Json;

namespace OrderConfirmation.Cases;

/// <summary>
/// A command on a customer case (receive, assign, note, rectify, answer, close). Commands are data: a
/// <see cref="CaseStateMachine"/> checks the actor's role for the case's kind, the case's status and the command's
/// preconditions and applies it, or refuses it and changes nothing.
/// </summary>
public abstract record CaseCommand
{
    private protected CaseCommand()
    {
    }

    /// <summary>Which command this is.</summary>
    public abstract CaseCommandKind Kind { get; }

    /// <summary>The statuses the command may be given in (none for <see cref="ReceiveCase"/>, which needs no case yet).</summary>
    public abstract IReadOnlyList<CaseStatus> AllowedFrom { get; }

    /// <summary>Applies the command to a case already checked for status and role.</summary>
    internal abstract CaseOutcome Execute(CaseState state, CaseCommandContext context);

    /// <summary>
    /// Writes the command's structured data into its audit record: identifiers, kinds, numbers and instants, never free
    /// text (subjects, descriptions, reporters, notes, answers), so no identity can reach the trail.
    /// </summary>
    /// <param name="writer">The writer, inside the <c>details</c> object.</param>
    /// <param name="after">The case after the command, or <see langword="null"/> when refused.</param>
    internal abstract void WriteDetails(Utf8JsonWriter writer, CaseState? after);
}
