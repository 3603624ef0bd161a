namespace OrderConfirmation.Rules;

/// <summary>
/// A scoped parameter (an entry of the file's <c>GlobalParams</c> or of the rule's <c>LocalParams</c>) that a rule reads,
/// directly or through another parameter: what tools show of the values a rule depends on.
/// </summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="Expression">Its expression, as written in the file.</param>
/// <param name="IsThreshold">
/// Whether the expression reads nothing (no input and no other parameter), such as <c>30</c>: a fixed value that
/// analysts set, as opposed to one computed from the order.
/// </param>
internal sealed record RuleParameterInfo(string Name, string Expression, bool IsThreshold);
