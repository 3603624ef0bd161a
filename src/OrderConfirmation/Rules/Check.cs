namespace OrderConfirmation.Rules;

/// <summary>
/// Checks that rule expressions may call, for what the expression language cannot say simply:
/// <c>Check.IsEmail(customer.Contact.Email)</c>. Every check is pure and total: a <see langword="null"/> is an answer, not an error.
/// </summary>
public static class Check
{
    private const int MaxEmailLength = 254;
    private const int MinPhoneDigits = 6;
    private const int MaxPhoneDigits = 15;

    /// <summary>Whether the text is missing, empty or only white space.</summary>
    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>Whether the text has something in it.</summary>
    public static bool IsPresent(string? text) => !string.IsNullOrWhiteSpace(text);

    /// <summary>
    /// Whether the text is a well-formed e-mail address: one <c>@</c> between a local part and a
    /// domain with a dot, no white space, at most 254 characters.
    /// </summary>
    public static bool IsEmail(string? text)
    {
        if (text is null || text.Length > MaxEmailLength)
        {
            return false;
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != text.LastIndexOf('@') || ContainsWhiteSpace(text))
        {
            return false;
        }

        var domain = text.AsSpan(at + 1);
        var dot = domain.LastIndexOf('.');
        return dot > 0 && dot < domain.Length - 1 && !domain.Contains("..", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the text is a plausible phone number: digits with optional spaces, dashes, dots,
    /// parentheses and one leading <c>+</c>, holding 6 to 15 digits (the ITU E.164 maximum).
    /// </summary>
    public static bool IsPhone(string? text)
    {
        if (text is null)
        {
            return false;
        }

        var digits = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == '+' ? text.AsSpan(0, i).Trim().Length > 0 : c is not (' ' or '-' or '.' or '(' or ')'))
            {
                return false;
            }
        }

        return digits is >= MinPhoneDigits and <= MaxPhoneDigits;
    }

    private static bool ContainsWhiteSpace(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text is an active ISO 4217 currency code in capitals, such as <c>CNY</c>.</summary>
    public static bool IsCurrencyCode(string? text) => CurrencyCodes.IsActive(text);
}
