using OrderConfirmation.Findings;

namespace OrderConfirmation.Testing.RuleTesting;

/// <summary>
/// Describes findings a test case expects (or forbids): every field given must match; a matcher gives at least one.
/// </summary>
public sealed record FindingMatcher
{
    /// <summary>Creates a matcher.</summary>
    /// <exception cref="ArgumentException">No field is given.</exception>
    public FindingMatcher(string? rule = null, Department? department = null, ReviewAction? action = null, FindingSeverity? severity = null, int? lineNo = null)
    {
        if (rule is null && department is null && action is null && severity is null && lineNo is null)
        {
            throw new ArgumentException("A finding matcher names at least one of rule, department, action, severity or lineNo.", nameof(rule));
        }

        Rule = rule;
        Department = department;
        Action = action;
        Severity = severity;
        LineNo = lineNo;
    }

    /// <summary>The rule's name, or <see langword="null"/> for any.</summary>
    public string? Rule { get; }

    /// <summary>The department, or <see langword="null"/> for any.</summary>
    public Department? Department { get; }

    /// <summary>The action, or <see langword="null"/> for any.</summary>
    public ReviewAction? Action { get; }

    /// <summary>The severity, or <see langword="null"/> for any.</summary>
    public FindingSeverity? Severity { get; }

    /// <summary>The order line, or <see langword="null"/> for any.</summary>
    public int? LineNo { get; }

    /// <summary>Whether the finding matches every field given.</summary>
    public bool Matches(ReviewFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return (Rule is null || string.Equals(Rule, finding.Rule, StringComparison.Ordinal))
            && (Department is null || Department == finding.Department)
            && (Action is null || Action == finding.Action)
            && (Severity is null || Severity == finding.Severity)
            && (LineNo is null || LineNo == finding.LineNo);
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var parts = new List<string>(5);
        Add(parts, "rule", Rule);
        Add(parts, "department", Department?.ToString());
        Add(parts, "action", Action?.ToString());
        Add(parts, "severity", Severity?.ToString());
        Add(parts, "lineNo", LineNo?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "{" + string.Join(", ", parts) + "}";
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{name}: {value}");
        }
    }
}
