using System.Text.Json;

namespace OrderConfirmation.Storage;

/// <summary>
/// An object of a stored order-state document with exactly the members its format names: a member it does not name,
/// or one that appears twice, is a problem when the object is opened; a missing member is a problem when it is read.
/// </summary>
internal sealed class StoredObject
{
    private readonly Dictionary<string, JsonElement> _members = new(StringComparer.Ordinal);
    private readonly string _path;
    private readonly int _format;

    public StoredObject(JsonElement element, string path, ReadOnlySpan<string> names, int format)
    {
        _path = path;
        _format = format;
        foreach (var member in element.EnumerateObject())
        {
            var name = NameOf(member, path);
            if (!names.Contains(name))
            {
                throw new StoredStateFormatException(PathOf(name), $"is not a member here; expected only {string.Join(", ", names.ToArray())}");
            }

            if (!_members.TryAdd(name, member.Value))
            {
                throw new StoredStateFormatException(PathOf(name), "appears twice");
            }
        }
    }

    /// <summary>Whether the member <paramref name="name"/> is present: for a member a later version added, which older documents lack.</summary>
    public bool Has(string name) => _members.ContainsKey(name);

    /// <summary>The member <paramref name="name"/>, which must be present (it may be <c>null</c>).</summary>
    public StoredElement this[string name] =>
        _members.TryGetValue(name, out var value)
            ? new StoredElement(value, PathOf(name), _format)
            : throw new StoredStateFormatException(PathOf(name), "is missing");

    private string PathOf(string name) => $"{_path}.{name}";

    private static string NameOf(JsonProperty member, string path)
    {
        try
        {
            return member.Name;
        }
        catch (InvalidOperationException e)
        {
            throw new StoredStateFormatException(path, "a member's name is not valid UTF-16 (a lone surrogate escape)", e);
        }
    }
}
