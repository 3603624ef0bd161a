using System.Text.Json;
using OrderConfirmation.Findings;

namespace OrderConfirmation.Cases;

/// <summary>Assigns an open case to a department and an employee, who must answer it by its reply due (article 5). Refused when the employee is blank.</summary>
public sealed record AssignCase : CaseCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="department">The department that handles the case.</param>
    /// <param name="employee">The employee who handles it (user id).</param>
    /// <exception cref="ArgumentNullException"><paramref name="employee"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="department"/> is not a defined department.</exception>
    public AssignCase(Department department, string employee)
    {
        ArgumentNullException.ThrowIfNull(employee);
        Department = Enum.IsDefined(department) ? department : throw new ArgumentOutOfRangeException(nameof(department), department, "Not a department.");
        Employee = employee;
    }

    /// <summary>The department that handles the case.</summary>
    public Department Department { get; }

    /// <summary>The employee who handles it.</summary>
    public string Employee { get; }

    /// <inheritdoc />
    public override CaseCommandKind Kind => CaseCommandKind.Assign;

    /// <inheritdoc />
    public override IReadOnlyList<CaseStatus> AllowedFrom => [CaseStatus.Open];

    internal override CaseOutcome Execute(CaseState state, CaseCommandContext context) =>
        CaseOutcome.Blank(Employee, "the employee") ?? CaseOutcome.Done(state with { Department = Department, AssignedTo = Employee.Trim() });

    internal override void WriteDetails(Utf8JsonWriter writer, CaseState? after)
    {
        writer.WriteString("department", Department.ToString());
        writer.WriteString("employee", Employee);
    }
}
