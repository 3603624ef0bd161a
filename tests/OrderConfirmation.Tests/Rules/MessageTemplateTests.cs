using System.Globalization;
using NodaTime;
using OrderConfirmation.Orders;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Tests.Rules;

/// <summary>
/// Finding messages (README "Message"): <c>{name}</c> names a value, <c>{name:N2}</c> formats it, <c>{{</c> and <c>}}</c>
/// are literal braces; dates print as 2026-12-15, lists as "MPLS, BGP", a missing value as "(none)", in the invariant
/// culture whatever the host's culture. A template that cannot render is refused at load, saying where.
/// </summary>
public sealed class MessageTemplateTests
{
    private static string Render(string template, params (string Name, object? Value)[] values) =>
        MessageTemplate.Parse(template, [.. values.Select(v => v.Name)]).Render([.. values.Select(v => v.Value)]);

    [Fact]
    public void Render_TextWithoutPlaceholders_IsTheTextAsWritten() =>
        Assert.Equal("The customer's name is missing.", Render("The customer's name is missing."));

    [Fact]
    public void Render_EmptyTemplate_IsEmpty() => Assert.Equal(string.Empty, Render(string.Empty));

    [Fact]
    public void Render_Placeholder_IsReplacedByItsValue() =>
        Assert.Equal("Customer Acme Ltd is blocked.", Render("Customer {customer} is blocked.", ("customer", "Acme Ltd")));

    [Fact]
    public void Render_PlaceholderAtBothEnds_KeepsTheTextBetween() =>
        Assert.Equal("SO-1 / 3", Render("{order} / {lines}", ("order", "SO-1"), ("lines", 3)));

    [Fact]
    public void Render_SeveralValues_EachPlaceholderTakesItsOwnValue() =>
        Assert.Equal(
            "Line 2: 5 ordered, 3 available, 2 short.",
            Render("Line {lineNo}: {quantity} ordered, {available} available, {shortfall} short.", ("quantity", 5), ("available", 3), ("shortfall", 2), ("lineNo", 2)));

    [Fact]
    public void Render_SameValueTwice_RendersItTwice() =>
        Assert.Equal("SKU X-1 (X-1) is unknown.", Render("SKU {sku} ({sku}) is unknown.", ("sku", "X-1")));

    [Fact]
    public void Render_DoubledOpeningBrace_IsALiteralBrace() =>
        Assert.Equal("Write {limit} for the limit.", Render("Write {{limit}} for the limit."));

    [Fact]
    public void Render_DoubledBracesBesidePlaceholder_AreLiteralBraces() =>
        Assert.Equal("{30000}", Render("{{{limit}}}", ("limit", 30000)));

    [Fact]
    public void Render_DoubledClosingBraceAlone_IsALiteralBrace() =>
        Assert.Equal("a } b", Render("a }} b"));

    [Fact]
    public void Render_NumericFormat_FormatsTheValueInTheInvariantCulture() =>
        Assert.Equal("Exposure 1,234,567.50 exceeds the limit.", Render("Exposure {exposure:N2} exceeds the limit.", ("exposure", 1234567.5m)));

    [Fact]
    public void Render_CustomNumericFormat_IsApplied() =>
        Assert.Equal("Rate 0.125 = 12.5 %", Render("Rate {rate} = {rate:0.0 %}", ("rate", 0.125m)));

    [Fact]
    public void Render_FormatOnADate_UsesNodaTimePattern() =>
        Assert.Equal("Deliver by 15/12/2026.", Render("Deliver by {date:dd/MM/uuuu}.", ("date", new LocalDate(2026, 12, 15))));

    [Fact]
    public void Render_FormatOnAList_FormatsEachItem() =>
        Assert.Equal("Amounts 1.00, 2.50", Render("Amounts {amounts:N2}", ("amounts", new object?[] { 1m, 2.5m })));

    [Fact]
    public void Render_NameWithSpacesAroundIt_FindsTheValue() =>
        Assert.Equal("Exposure 12.", Render("Exposure { exposure }.", ("exposure", 12)));

    [Fact]
    public void Render_NullValue_PrintsNone() =>
        Assert.Equal("Quantity (none) on line 1.", Render("Quantity {quantity} on line {lineNo}.", ("quantity", null), ("lineNo", 1)));

    [Fact]
    public void Render_NullValueWithFormat_PrintsNone() =>
        Assert.Equal("Price (none).", Render("Price {price:N2}.", ("price", null)));

    [Fact]
    public void Render_Date_PrintsIsoDate() =>
        Assert.Equal("Earliest 2026-12-05.", Render("Earliest {date}.", ("date", new LocalDate(2026, 12, 5))));

    [Fact]
    public void Render_List_JoinsTheItemsWithCommas() =>
        Assert.Equal("Unsupported: MPLS, BGP.", Render("Unsupported: {codes}.", ("codes", new[] { "MPLS", "BGP" })));

    [Fact]
    public void Render_ListWithOneItem_HasNoComma() =>
        Assert.Equal("Unsupported: MPLS.", Render("Unsupported: {codes}.", ("codes", new[] { "MPLS" })));

    [Fact]
    public void Render_EmptyList_PrintsNothing() =>
        Assert.Equal("Unsupported: .", Render("Unsupported: {codes}.", ("codes", Array.Empty<string>())));

    [Fact]
    public void Render_ListOfDatesAndNulls_PrintsEachAsAValueWould() =>
        Assert.Equal("2026-12-15, (none), 7", Render("{items}", ("items", new object?[] { new LocalDate(2026, 12, 15), null, 7 })));

    [Fact]
    public void Render_StringWithFormat_IsPrintedAsIs() =>
        Assert.Equal("Acme", Render("{name:N2}", ("name", "Acme")));

    [Fact]
    public void Render_Boolean_PrintsItsName() =>
        Assert.Equal("Blocked: True", Render("Blocked: {blocked}", ("blocked", true)));

    [Fact]
    public void Render_ValueOfAnotherType_PrintsItsText() =>
        Assert.Equal("Terms: Net30", Render("Terms: {terms}", ("terms", PaymentTerms.Net30)));

    [Fact]
    public void Render_InAGermanCulture_StillUsesTheInvariantCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            Assert.Equal("1234.5 / 1,234.50", Render("{amount} / {amount:N2}", ("amount", 1234.5m)));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Text_IsTheTemplateAsWritten() =>
        Assert.Equal("Exposure {exposure:N2} ({{x}})", MessageTemplate.Parse("Exposure {exposure:N2} ({{x}})", ["exposure"]).Text);

    [Fact]
    public void Parse_StrayClosingBrace_FailsNamingItsPosition()
    {
        var error = Assert.Throws<FormatException>(() => MessageTemplate.Parse("Limit } exceeded.", []));

        Assert.Equal("Unexpected '}' at character 7 of the message; write '}}' for a literal brace.", error.Message);
    }

    [Fact]
    public void Parse_StrayClosingBraceAtTheEnd_Fails()
    {
        var error = Assert.Throws<FormatException>(() => MessageTemplate.Parse("Limit exceeded}", []));

        Assert.Contains("character 15", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnclosedPlaceholder_FailsNamingWhereItOpens()
    {
        var error = Assert.Throws<FormatException>(() => MessageTemplate.Parse("Exposure {exposure is too high.", ["exposure"]));

        Assert.Equal("The placeholder opened at character 10 of the message is not closed with '}'.", error.Message);
    }

    [Fact]
    public void Parse_OpeningBraceAtTheEnd_FailsAsUnclosed()
    {
        var error = Assert.Throws<FormatException>(() => MessageTemplate.Parse("Exposure {", ["exposure"]));

        Assert.Contains("character 10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PlaceholderNamingNoValue_FailsListingTheKnownValues()
    {
        var error = Assert.Throws<FormatException>(() => MessageTemplate.Parse("Over {limt:N2}.", ["exposure", "limit"]));

        Assert.Equal("The placeholder '{limt:N2}' at character 6 of the message names no value (known values: exposure, limit).", error.Message);
    }

    [Fact]
    public void Parse_PlaceholderWhenTheRuleDeclaresNoValues_FailsSayingSo()
    {
        var error = Assert.Throws<FormatException>(() => MessageTemplate.Parse("Over {limit}.", []));

        Assert.Contains("(the rule declares no values)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NameInAnotherCase_IsNotTheValue() =>
        Assert.Throws<FormatException>(() => MessageTemplate.Parse("Over {Limit}.", ["limit"]));

    [Fact]
    public void Parse_NameThatOnlyStartsLikeAValue_IsNotTheValue() =>
        Assert.Throws<FormatException>(() => MessageTemplate.Parse("Over {lim}.", ["limit"]));
}
