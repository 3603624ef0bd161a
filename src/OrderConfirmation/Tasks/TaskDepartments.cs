using OrderConfirmation.Findings;

namespace OrderConfirmation.Tasks;

/// <summary>The departments that take tasks: all of article 3's but Order Confirmation, which organises the review.</summary>
internal static class TaskDepartments
{
    private static readonly Department[] All = [Department.Sales, Department.Finance, Department.Technical, Department.Product];

    /// <summary>The departments' names, for messages.</summary>
    public static string Names { get; } = string.Join(", ", All);

    /// <summary>Whether <paramref name="department"/> takes tasks.</summary>
    public static bool Contains(Department department) => Array.IndexOf(All, department) >= 0;
}
