using System.Security.Cryptography;
using System.Text;

namespace OrderConfirmation.Tests.Audit;

/// <summary>
/// Lines of an audit file rewritten by someone who knows the format: the body (the line without its <c>,"hash":"…"</c>)
/// is edited and the SHA-256 recomputed by hand, so the hash check alone cannot catch the edit.
/// </summary>
public static class ForgedLines
{
    /// <summary>The bytes a line adds after its body's content: <c>,"hash":"</c>, 64 hex digits and <c>"}</c>.</summary>
    public const int HashSuffixLength = 75;

    /// <summary>The body of a line: the entry's canonical JSON without the hash property.</summary>
    public static string Body(string line) => line[..^HashSuffixLength] + "}";

    /// <summary>A line holding <paramref name="body"/> and its own SHA-256, as the log would write it.</summary>
    public static string WithHashOf(string body) => body[..^1] + $$""","hash":"{{Sha256(body)}}"}""";

    /// <summary>The line with its body edited and the hash recomputed over the edited body.</summary>
    public static string Edit(string line, Func<string, string> edit) => WithHashOf(edit(Body(line)));

    public static string Sha256(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
}
