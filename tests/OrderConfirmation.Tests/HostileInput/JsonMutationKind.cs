namespace OrderConfirmation.Tests.HostileInput;

/// <summary>What a mutation does to the JSON node it picks.</summary>
public enum JsonMutationKind
{
    /// <summary>Removes the node from its object or array (the whole document, for the root).</summary>
    Delete,

    /// <summary>Replaces the node with a string: empty, blank, a date, a number as text, odd characters…</summary>
    ReplaceWithString,

    /// <summary>Replaces the node with a number: zero, negative, fractional, beyond int or decimal.</summary>
    ReplaceWithNumber,

    /// <summary>Replaces the node with <c>true</c> or <c>false</c>.</summary>
    ReplaceWithBoolean,

    /// <summary>Replaces the node with <c>null</c>.</summary>
    ReplaceWithNull,

    /// <summary>Replaces the node with an object: empty, or with odd fields.</summary>
    ReplaceWithObject,

    /// <summary>Replaces the node with an array: empty, of nulls, of mixed types.</summary>
    ReplaceWithArray,

    /// <summary>Replaces the node with a number beyond <see cref="int"/> or <see cref="decimal"/> (1e400, 10^29, 1,000 digits).</summary>
    HugeNumber,

    /// <summary>Replaces the node with <c>""</c>.</summary>
    EmptyString,

    /// <summary>Replaces the node with a string at, just over or far over the text limit.</summary>
    LongString,

    /// <summary>Wraps the node in arrays or objects, from 1 to 200 levels.</summary>
    Nest,

    /// <summary>Inserts copies of an array element after it.</summary>
    DuplicateElement,

    /// <summary>Writes an object's property twice (the JSON text has the same name twice).</summary>
    DuplicateProperty,

    /// <summary>Adds a property no format knows.</summary>
    AddUnknownProperty,

    /// <summary>Renames a property (another case, or a typo).</summary>
    RenameProperty,
}
