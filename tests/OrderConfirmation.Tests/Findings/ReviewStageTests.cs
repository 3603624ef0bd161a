using FsCheck;
using FsCheck.Fluent;
using OrderConfirmation.Findings;

namespace OrderConfirmation.Tests.Findings;

/// <summary>A stage is a name (README: rule files write it in <c>Stage</c>; decisions print it); the regulation's five are given.</summary>
public sealed class ReviewStageTests
{
    [Fact]
    public void WellKnownStages_AreTheRegulationsNamesAsRuleFilesWriteThem()
    {
        Assert.Equal(
            ["PreliminaryReview", "CreditAssessment", "TechnicalFeasibility", "SupplyCapability", "ChangeEligibility"],
            new[] { ReviewStage.PreliminaryReview, ReviewStage.CreditAssessment, ReviewStage.TechnicalFeasibility, ReviewStage.SupplyCapability, ReviewStage.ChangeEligibility }.Select(s => s.ToString()));
    }

    [Fact]
    public void Constructor_SameName_IsTheSameStage()
    {
        var exportControl = new ReviewStage("ExportControl");

        Assert.True(exportControl == new ReviewStage("ExportControl"));
        Assert.False(exportControl != new ReviewStage("ExportControl"));
        Assert.Equal(new ReviewStage("PreliminaryReview"), ReviewStage.PreliminaryReview);
        Assert.Equal(exportControl.GetHashCode(), new ReviewStage("ExportControl").GetHashCode());
        Assert.True(exportControl.Equals((object)new ReviewStage("ExportControl")));
    }

    [Fact]
    public void Equals_NamesDifferingInCase_AreDifferentStages()
    {
        Assert.NotEqual(new ReviewStage("exportcontrol"), new ReviewStage("ExportControl"));
        Assert.True(new ReviewStage("exportcontrol") != new ReviewStage("ExportControl"));
        Assert.False(new ReviewStage("ExportControl").Equals("ExportControl"));
    }

    [Fact]
    public void Default_IsNoStage_WithAnEmptyName()
    {
        Assert.Equal((string.Empty, string.Empty), (default(ReviewStage).Name, default(ReviewStage).ToString()));
        Assert.NotEqual(default, ReviewStage.PreliminaryReview);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2ndReview")]
    [InlineData("Export Control")]
    [InlineData("Export-Control")]
    [InlineData("Exportkontrolle_")]
    [InlineData("Prüfung")]
    public void Constructor_NotAName_ThrowsNamingTheParameter(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => new ReviewStage(name));

        Assert.Equal("name", error.ParamName);
        Assert.StartsWith($"'{name}' cannot name a stage: use 1 to 64 ASCII letters and digits, beginning with a letter.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_LengthLimit_Is64Characters()
    {
        Assert.Equal(64, new ReviewStage("A" + new string('1', 63)).Name.Length);
        Assert.Throws<ArgumentException>(() => new ReviewStage("A" + new string('1', 64)));
        Assert.Equal("X", new ReviewStage("X").Name);
    }

    [Fact]
    public void Constructor_Null_ThrowsNamingTheParameter() =>
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new ReviewStage(null!)).ParamName);

    [Fact]
    public void Equality_AnyTwoNames_AgreesWithOrdinalNameEquality()
    {
        var names = Gen.Elements("A", "B", "a", "ExportControl", "Exportcontrol", "PreliminaryReview");
        Prop.ForAll(names.ToArbitrary(), names.ToArbitrary(), (x, y) =>
            (new ReviewStage(x) == new ReviewStage(y)) == string.Equals(x, y, StringComparison.Ordinal)
            && (new ReviewStage(x).GetHashCode() == new ReviewStage(y).GetHashCode() || x != y))
            .QuickCheckThrowOnFailure();
    }
}
