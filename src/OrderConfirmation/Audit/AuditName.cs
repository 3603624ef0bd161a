namespace OrderConfirmation.Audit;

/// <summary>
/// The form of a role or kind name in an audit log: 1 to 64 ASCII letters and digits, beginning with a letter
/// (<c>HeadOfOrderConfirmation</c>, <c>Confirmation</c>). The log stores names as text and gives them no meaning, so
/// any writer can keep its own vocabulary in it; a name of this form is the same text in every file and every hash.
/// </summary>
public static class AuditName
{
    /// <summary>The longest name, in characters.</summary>
    public const int MaxLength = 64;

    /// <summary>Whether the text is a name.</summary>
    /// <param name="text">The text to check; <see langword="null"/> is not a name.</param>
    public static bool IsValid(string? text) =>
        text is { Length: > 0 and <= MaxLength } && char.IsAsciiLetter(text[0]) && text.AsSpan().IndexOfAnyExcept(Name) < 0;

    internal static string Valid(string text, string what, string paramName)
    {
        ArgumentNullException.ThrowIfNull(text, paramName);
        return IsValid(text)
            ? text
            : throw new ArgumentException($"The {what} '{text}' is not a name: give 1 to {MaxLength} ASCII letters and digits, beginning with a letter.", paramName);
    }

    private static readonly System.Buffers.SearchValues<char> Name =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
}
