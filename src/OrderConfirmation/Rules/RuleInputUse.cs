namespace OrderConfirmation.Rules;

/// <summary>Which rules may use an input: review or change-eligibility rules, over the order or over each line.</summary>
[Flags]
internal enum RuleInputUse
{
    ReviewOrder = 1,
    ReviewLine = 2,
    ChangeOrder = 4,
    ChangeLine = 8,
    Review = ReviewOrder | ReviewLine,
    Change = ChangeOrder | ChangeLine,
    Everywhere = Review | Change,
}
