namespace OrderConfirmation.Rules;

/// <summary>Whether a rule is evaluated once per order or once per order line.</summary>
internal enum RuleScopeKind
{
    /// <summary>Once for the order; the expression sees the stage's order inputs (<see cref="RuleStage.OrderInputNames"/>).</summary>
    Order = 0,

    /// <summary>Once per order line; the expression also sees the stage's line inputs (<see cref="RuleStage.LineInputNames"/>), and findings name the line.</summary>
    Line = 1,
}
