using System.Text.Encodings.Web;
using System.Text.Json;
using OrderConfirmation.Json;

namespace OrderConfirmation.Formats;

/// <summary>
/// How the package writes JSON (the <c>ToJson</c> methods of <see cref="DecisionJsonWriter"/>,
/// <see cref="ChangeJsonWriter"/> and <see cref="KpiJsonWriter"/>, and the <c>orderconfirm</c> tool): UTF-8 with every
/// character as it is (订单, 李娜, 𠮷, emoji), escaping only the quotation mark, the reverse solidus and the control
/// characters (U+0000–U+001F, U+007F–U+009F), which JSON or a terminal would act on, and the line and paragraph
/// separators U+2028 and U+2029, which end a line for some readers of JSON Lines and for JavaScript before ES2019.
/// Hosts that write these objects with their own <see cref="Utf8JsonWriter"/> use <see cref="WriterOptions"/> to get
/// the same text.
/// </summary>
public static class JsonOutput
{
    /// <summary>The encoder: escapes only the characters listed above, as <c>\uXXXX</c> (or <c>\n</c>, <c>\"</c>, …).</summary>
    public static JavaScriptEncoder Encoder => ReadableJsonEncoder.Instance;

    /// <summary>Compact output with <see cref="Encoder"/>.</summary>
    public static JsonWriterOptions WriterOptions => new() { Encoder = ReadableJsonEncoder.Instance };
}
