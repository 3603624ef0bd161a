using System.Text;
using OrderConfirmation.Findings;

namespace OrderConfirmation.Reports;

/// <summary>
/// Spells the names rule files and decisions use (<c>OnHold</c>, <c>CollectOverdue</c>, <c>CreditAssessment</c>) as the
/// words a reader outside the rules team expects: "On hold", "Collect overdue", "Credit assessment".
/// </summary>
internal static class NameSpelling
{
    /// <summary><paramref name="name"/> with a space before each word after the first, which is lower-cased.</summary>
    public static string Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (startsWord)
            {
                builder.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>A department's name as the regulation writes it (<c>Order Confirmation</c>, <c>Finance</c>).</summary>
    public static string Of(Department department) => department == Department.OrderConfirmation ? "Order Confirmation" : department.ToString();

    /// <summary>An outcome in words: "Ready to confirm", "On hold", …</summary>
    public static string Of(ReviewOutcome outcome) => Words(outcome.ToString());

    /// <summary>An action in words: "Collect overdue", "None", …</summary>
    public static string Of(ReviewAction action) => Words(action.ToString());

    /// <summary>A stage in words: "Credit assessment", "Export control", …</summary>
    public static string Of(ReviewStage stage) => Words(stage.Name);
}
