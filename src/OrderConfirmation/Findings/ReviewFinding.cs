namespace OrderConfirmation.Findings;

/// <summary>One problem or observation a review rule reports about an order.</summary>
public sealed record ReviewFinding
{
    /// <summary>Creates a finding.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/>, <paramref name="message"/> or <paramref name="values"/> is <see langword="null"/>.</exception>
    public ReviewFinding(
        string rule,
        ReviewStage stage,
        Department department,
        FindingSeverity severity,
        ReviewOutcome outcome,
        ReviewAction action,
        string message,
        IReadOnlyDictionary<string, object?> values,
        int? lineNo = null,
        FindingKind kind = FindingKind.RuleFailed)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(values);
        Rule = rule;
        Stage = stage;
        Department = department;
        Severity = severity;
        Outcome = outcome;
        Action = action;
        Message = message;
        Values = values;
        LineNo = lineNo;
        Kind = kind;
    }

    /// <summary>
    /// A finding that says the system could not do its part (a rule failed to evaluate, facts could not be obtained):
    /// an error that holds the order for investigation, never a judgement of the order itself.
    /// </summary>
    /// <param name="rule">The rule that could not be evaluated, or the name of what is missing.</param>
    /// <param name="stage">The stage that could not be completed.</param>
    /// <param name="department">The department the stage belongs to.</param>
    /// <param name="message">What went wrong, for the people who investigate it.</param>
    /// <param name="values">The details, by name.</param>
    /// <param name="lineNo">The order line, when the problem concerns one.</param>
    internal static ReviewFinding SystemError(string rule, ReviewStage stage, Department department, string message, IReadOnlyDictionary<string, object?> values, int? lineNo = null) =>
        new(rule, stage, department, FindingSeverity.Error, ReviewOutcome.OnHold, ReviewAction.InvestigateSystemError, message, values, lineNo, FindingKind.EvaluationError);

    /// <summary>The name of the rule that produced the finding.</summary>
    public string Rule { get; }

    /// <summary>The review stage the rule belongs to.</summary>
    public ReviewStage Stage { get; }

    /// <summary>The department responsible for resolving the finding.</summary>
    public Department Department { get; }

    /// <summary>How much the finding matters.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>The outcome the finding implies; it applies to the order only for <see cref="FindingSeverity.Error"/>.</summary>
    public ReviewOutcome Outcome { get; }

    /// <summary>What should be done about it.</summary>
    public ReviewAction Action { get; }

    /// <summary>The message for people, rendered from the rule's template.</summary>
    public string Message { get; }

    /// <summary>The named values the rule shows, in the order the rule declares them (for explanation).</summary>
    public IReadOnlyDictionary<string, object?> Values { get; }

    /// <summary>The order line the finding is about, or <see langword="null"/> for the order as a whole.</summary>
    public int? LineNo { get; }

    /// <summary>Whether this is a business result or a failure to evaluate the rule.</summary>
    public FindingKind Kind { get; }

    /// <summary>Whether the finding decides the outcome (an <see cref="FindingSeverity.Error"/>).</summary>
    public bool IsBlocking => Severity == FindingSeverity.Error;
}
