using System.Text.Json.Serialization.Metadata;

namespace OrderConfirmation.Formats;

/// <summary>
/// One kind of request file, as <see cref="RequestDocumentReader"/> reads it: what the kind is called in messages,
/// which objects it holds, whether it has a <c>change</c> whose lines are counted, how it is deserialized and how its
/// texts are checked against the <see cref="RequestLimits"/>.
/// </summary>
/// <typeparam name="TDocument">The document the file deserializes to.</typeparam>
/// <param name="Name">The kind in messages, such as "review request".</param>
/// <param name="Objects">The objects the file holds, as messages list them: "'order' and 'facts'".</param>
/// <param name="HasChange">Whether <c>change.lines</c> is counted against <see cref="RequestLimits.MaxChangeLines"/>.</param>
/// <param name="Json">How the document is deserialized.</param>
/// <param name="CheckTexts">Refuses a document with too long a text.</param>
internal sealed record RequestKind<TDocument>(
    string Name,
    string Objects,
    bool HasChange,
    JsonTypeInfo<TDocument> Json,
    Action<RequestLimitCheck, TDocument> CheckTexts)
    where TDocument : class
{
    /// <summary>The error for a file without one of its objects.</summary>
    /// <param name="fields">The reader of the file's fields.</param>
    /// <param name="name">The object's name, such as <c>order</c>.</param>
    public RequestFormatException Missing(RequestFieldReader fields, string name) =>
        fields.Error(name, $"Not a {Name}: the '{name}' object is missing.");
}
