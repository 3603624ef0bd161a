using OrderConfirmation.Rules;

namespace OrderConfirmation.Tests.Rules;

/// <summary>
/// The checks rule expressions call (README "Checks"): each one's accepted and refused inputs at every boundary its
/// documentation names. A <see langword="null"/> is an answer, never an error.
/// </summary>
public sealed class CheckTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n")]
    [InlineData("\u00A0\u2003")]
    public void IsBlank_MissingEmptyOrWhiteSpace_IsTrue(string? text) => Assert.True(Check.IsBlank(text));

    [Theory]
    [InlineData("a")]
    [InlineData(" Acme ")]
    [InlineData("\t0")]
    public void IsBlank_TextWithSomethingInIt_IsFalse(string text) => Assert.False(Check.IsBlank(text));

    [Theory]
    [InlineData("a")]
    [InlineData(" Acme ")]
    [InlineData("\t0")]
    public void IsPresent_TextWithSomethingInIt_IsTrue(string text) => Assert.True(Check.IsPresent(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n")]
    public void IsPresent_MissingEmptyOrWhiteSpace_IsFalse(string? text) => Assert.False(Check.IsPresent(text));

    [Theory]
    [InlineData("wf@acme.example")]
    [InlineData("a@b.co")]
    [InlineData("first.last+tag@mail.acme.com.cn")]
    [InlineData("x@a.b")]
    public void IsEmail_WellFormedAddress_IsTrue(string text) => Assert.True(Check.IsEmail(text));

    [Theory]
    [InlineData(null, "missing")]
    [InlineData("", "empty")]
    [InlineData("wf.acme.example", "no @")]
    [InlineData("@acme.example", "empty local part")]
    [InlineData("wf@@acme.example", "two @ together")]
    [InlineData("wf@acme@example.com", "two @ apart")]
    [InlineData("wf @acme.example", "a space in the local part")]
    [InlineData("wf@acme .example", "a space in the domain")]
    [InlineData("wf@acme.example ", "a trailing space")]
    [InlineData("wf@acme.\texample", "a tab")]
    [InlineData("wf@acmeexample", "a domain without a dot")]
    [InlineData("wf@.example", "a domain starting with its only dot")]
    [InlineData("wf@acme.", "a domain ending with its dot")]
    [InlineData("wf@acme.example.", "a domain ending with a dot")]
    [InlineData("wf@", "no domain")]
    [InlineData("wf@acme..example", "two dots in a row in the domain")]
    public void IsEmail_MalformedAddress_IsFalse(string? text, string problem) =>
        Assert.False(Check.IsEmail(text), problem);

    [Fact]
    public void IsEmail_Exactly254Characters_IsTrue()
    {
        var text = new string('a', 254 - "@acme.example".Length) + "@acme.example";

        Assert.Equal(254, text.Length);
        Assert.True(Check.IsEmail(text));
    }

    [Fact]
    public void IsEmail_255Characters_IsFalse()
    {
        var text = new string('a', 255 - "@acme.example".Length) + "@acme.example";

        Assert.Equal(255, text.Length);
        Assert.False(Check.IsEmail(text));
    }

    [Theory]
    [InlineData("+86 10 5555 0101", "international with spaces")]
    [InlineData("(010) 5555-0101", "parentheses and a dash")]
    [InlineData("010.5555.0101", "dots")]
    [InlineData("  +86-10-5555-0101", "white space before the leading +")]
    [InlineData("123456", "six digits, the least")]
    [InlineData("+1 2 3 4 5 6", "six digits spread out")]
    [InlineData("123456789012345", "fifteen digits, the E.164 maximum")]
    [InlineData("+123 456 789 012 345", "fifteen digits after a +")]
    public void IsPhone_PlausibleNumber_IsTrue(string text, string why) => Assert.True(Check.IsPhone(text), why);

    [Theory]
    [InlineData(null, "missing")]
    [InlineData("", "empty")]
    [InlineData("+ - ()", "no digit")]
    [InlineData("12345", "five digits")]
    [InlineData("+1 2345", "five digits after a +")]
    [InlineData("1234567890123456", "sixteen digits")]
    [InlineData("86+10 5555 0101", "a + after digits")]
    [InlineData("++86 10 5555 0101", "two leading +")]
    [InlineData("-+86 10 5555 0101", "a + after a dash")]
    [InlineData("(+86) 10 5555 0101", "a + inside parentheses")]
    [InlineData("+86 10 5555 0101 ext 12", "letters")]
    [InlineData("+86 10 5555 0101#", "a #")]
    [InlineData("+86/10/5555/0101", "slashes")]
    [InlineData("+86_10_5555_0101", "underscores")]
    [InlineData("\uFF18\uFF16 10 5555 0101", "full-width digits")]
    public void IsPhone_ImplausibleNumber_IsFalse(string? text, string why) => Assert.False(Check.IsPhone(text), why);

    [Theory]
    [InlineData("CNY")]
    [InlineData("USD")]
    [InlineData("EUR")]
    [InlineData("AED")]
    [InlineData("ZWG")]
    public void IsCurrencyCode_ActiveIsoCode_IsTrue(string text) => Assert.True(Check.IsCurrencyCode(text));

    [Theory]
    [InlineData(null, "missing")]
    [InlineData("", "empty")]
    [InlineData("cny", "lower case")]
    [InlineData("Cny", "mixed case")]
    [InlineData("CNY ", "a trailing space")]
    [InlineData("RMB", "not an ISO code")]
    [InlineData("CN", "too short")]
    [InlineData("CNYY", "too long")]
    [InlineData("XXX", "the ISO code for no currency")]
    public void IsCurrencyCode_NotAnActiveCode_IsFalse(string? text, string why) => Assert.False(Check.IsCurrencyCode(text), why);
}
