namespace OrderConfirmation.Rules;

/// <summary>Code that works with a stage's scope type, such as compiling a rule into delegates over it.</summary>
/// <typeparam name="TResult">What the work gives.</typeparam>
internal interface IRuleStageVisitor<out TResult>
{
    TResult Visit<TScope>(RuleStage<TScope> stage)
        where TScope : class;
}
