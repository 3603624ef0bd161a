namespace OrderConfirmation.Cases;

/// <summary>The commands on a customer case; <see cref="CasePolicy"/> says which roles may give each, per kind of case.</summary>
public enum CaseCommandKind
{
    /// <summary>Receive a query, complaint or report (<see cref="ReceiveCase"/>).</summary>
    Receive = 0,

    /// <summary>Assign the case to a department and an employee (<see cref="AssignCase"/>).</summary>
    Assign = 1,

    /// <summary>Add an investigation note (<see cref="AddInvestigationNote"/>).</summary>
    AddInvestigationNote = 2,

    /// <summary>Add a rectification action (<see cref="AddRectification"/>).</summary>
    AddRectification = 3,

    /// <summary>Record a rectification action as done (<see cref="CompleteRectification"/>).</summary>
    CompleteRectification = 4,

    /// <summary>Give the answer (<see cref="AnswerCase"/>).</summary>
    Answer = 5,

    /// <summary>Close the case (<see cref="CloseCase"/>).</summary>
    Close = 6,
}
