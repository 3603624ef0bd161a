namespace OrderConfirmation.Tests.Architecture;

/// <summary>The parts of C# source text a check may look at.</summary>
[Flags]
internal enum SourcePart
{
    /// <summary>Everything outside comments and literals.</summary>
    Code = 1,

    /// <summary>String and character literals, quotes and prefixes included.</summary>
    Literals = 2,

    /// <summary><c>//</c> and <c>/* */</c> comments.</summary>
    Comments = 4,

    /// <summary>XML documentation: <c>///</c> lines and <c>/** */</c> blocks.</summary>
    DocComments = 8,
}

/// <summary>
/// Splits C# source into code, literals, comments and XML docs with a small lexer (regular, verbatim, raw and character
/// literals, line and block comments). Interpolation holes are read as part of their string: a literal nested in a
/// hole flips the lexer until its closing quote, which is harmless for the identifier checks that use this.
/// </summary>
internal static class CSharpSourceText
{
    /// <summary>
    /// The lines of <paramref name="text"/> with every character outside the <paramref name="keep"/> parts replaced by a
    /// space, so that line numbers and columns still match the file.
    /// </summary>
    public static string[] Lines(string text, SourcePart keep)
    {
        var kept = text.ToCharArray();
        var position = 0;
        while (position < text.Length)
        {
            var start = position;
            var part = Next(text, ref position);
            if ((part & keep) == 0)
            {
                for (var i = start; i < position; i++)
                {
                    kept[i] = kept[i] is '\n' or '\r' ? kept[i] : ' ';
                }
            }
        }

        return new string(kept).Split('\n');
    }

    /// <summary>Reads one token (a comment, a literal, or one character of code) from <paramref name="position"/> on.</summary>
    private static SourcePart Next(string text, ref int position)
    {
        var rest = text.AsSpan(position);
        if (rest.StartsWith("///") && !rest.StartsWith("////"))
        {
            position = EndOfLine(text, position);
            return SourcePart.DocComments;
        }

        if (rest.StartsWith("//"))
        {
            position = EndOfLine(text, position);
            return SourcePart.Comments;
        }

        if (rest.StartsWith("/*"))
        {
            var end = text.IndexOf("*/", position + 2, StringComparison.Ordinal);
            var isDoc = rest.StartsWith("/**") && !rest.StartsWith("/**/");
            position = end < 0 ? text.Length : end + 2;
            return isDoc ? SourcePart.DocComments : SourcePart.Comments;
        }

        var prefix = 0;
        while (prefix < 3 && prefix < rest.Length && rest[prefix] is '$' or '@')
        {
            prefix++;
        }

        if (prefix < rest.Length && rest[prefix] == '"')
        {
            position = EndOfString(text, position + prefix, verbatim: rest[..prefix].Contains('@'));
            return SourcePart.Literals;
        }

        if (rest[0] == '\'')
        {
            position = EndOfQuoted(text, position + 1, '\'');
            return SourcePart.Literals;
        }

        position++;
        return SourcePart.Code;
    }

    private static int EndOfString(string text, int quote, bool verbatim)
    {
        var quotes = 0;
        while (quote + quotes < text.Length && text[quote + quotes] == '"')
        {
            quotes++;
        }

        if (quotes >= 3)
        {
            var end = text.IndexOf(new string('"', quotes), quote + quotes, StringComparison.Ordinal);
            return end < 0 ? text.Length : end + quotes;
        }

        if (!verbatim)
        {
            return EndOfQuoted(text, quote + 1, '"');
        }

        for (var i = quote + 1; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    i++;
                    continue;
                }

                return i + 1;
            }
        }

        return text.Length;
    }

    /// <summary>The position after the closing <paramref name="quote"/> of a regular literal, or its line's end if unclosed.</summary>
    private static int EndOfQuoted(string text, int from, char quote)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i + 1;
            }
            else if (text[i] == '\n')
            {
                return i;
            }
        }

        return text.Length;
    }

    private static int EndOfLine(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        return end < 0 ? text.Length : end;
    }
}
