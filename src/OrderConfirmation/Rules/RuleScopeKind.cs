namespace OrderConfirmation.Rules;

/// <summary>Whether a rule is evaluated once per order or once per order line.</summary>
public enum RuleScopeKind
{
    /// <summary>Once for the order; the expression sees <c>order</c>, <c>customer</c>, <c>credit</c>, <c>today</c>, <c>capabilities</c>.</summary>
    Order = 0,

    /// <summary>Once per order line; the expression also sees <c>line</c> and its <c>supply</c>, and findings name the line.</summary>
    Line = 1,
}
