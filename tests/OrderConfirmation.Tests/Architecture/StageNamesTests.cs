namespace OrderConfirmation.Tests.Architecture;

public sealed class StageNamesTests
{
    [Theory]
    [InlineData("if (stage == ReviewStage.ChangeEligibility) { }", "ChangeEligibility")]
    [InlineData("var name = \"CreditAssessment\";", "CreditAssessment")]
    [InlineData("case Stage.SupplyCapabilityCheck:", "SupplyCapability")]
    public void In_StageInCodeOrLiteral_IsFoundWithItsLine(string line, string stage)
    {
        var hit = Assert.Single(StageNames.In("Rules/X.cs", $"namespace N;\n\n{line}\n"));

        Assert.Equal(("Rules/X.cs", 3, stage), (hit.Path, hit.Line, hit.What));
        Assert.Contains("Rules/X.cs:3:", hit.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("// the PreliminaryReview stage runs first")]
    [InlineData("/// <summary>Used by <see cref=\"ReviewStage.TechnicalFeasibility\"/>.</summary>")]
    [InlineData("/* ChangeEligibility */ var x = 1;")]
    [InlineData("var review = \"preliminary review\";")]
    public void In_StageOnlyInCommentsOrOtherWords_IsNotFound(string line) =>
        Assert.Empty(StageNames.In("Rules/X.cs", line));
}
