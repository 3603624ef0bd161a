using System.Text.Json;
using OrderConfirmation.Json;

namespace OrderConfirmation.Storage;

/// <summary>Opens a stored document (an order state, a case): JSON of an object whose <c>format</c> is one this version reads.</summary>
internal static class StoredDocument
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>Parses <paramref name="json"/>, checks its format and reads it with <paramref name="read"/>.</summary>
    /// <param name="json">The document.</param>
    /// <param name="possessive">What it is, for messages: "an order's stored state".</param>
    /// <param name="noun">What such documents are called, for messages: "stored order state".</param>
    /// <param name="oldest">The oldest format read.</param>
    /// <param name="current">The newest format read.</param>
    /// <param name="read">Reads the checked document, given its format.</param>
    /// <exception cref="StoredStateFormatException">The text is not JSON, not an object, or of no format read here.</exception>
    public static T Read<T>(string json, string possessive, string noun, int oldest, int current, Func<StoredElement, T> read)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw new StoredStateFormatException("$", $"the text is not JSON: {JsonProblem.Describe(e)}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new StoredStateFormatException("$", $"expected an object, {possessive}, found {StoredElement.Describe(root.ValueKind)}");
            }

            var range = oldest == current ? $"{current}" : $"{oldest} to {current}";
            if (!root.TryGetProperty("format", out var format))
            {
                throw new StoredStateFormatException("$.format", $"is missing: a {noun} names its format ({range})");
            }

            if (format.ValueKind != JsonValueKind.Number || !format.TryGetInt32(out var number) || number < oldest || number > current)
            {
                var found = format.ValueKind == JsonValueKind.Number ? StoredElement.Quote(format.GetRawText()) : StoredElement.Describe(format.ValueKind);
                throw new StoredStateFormatException("$.format", $"this version reads {noun}s of format{(oldest == current ? string.Empty : "s")} {range} only, found {found}");
            }

            return read(new StoredElement(root, "$", number));
        }
    }
}
