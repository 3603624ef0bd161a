namespace OrderConfirmation.Rules;

/// <summary>The form of the names in rule files and stage declarations: letters, digits and '_', starting with a letter.</summary>
internal static class RuleNames
{
    public static bool IsIdentifier(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
