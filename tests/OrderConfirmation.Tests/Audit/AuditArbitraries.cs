using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrderConfirmation.Audit;

namespace OrderConfirmation.Tests.Audit;

/// <summary>
/// Generators of valid audit records: awkward text (quotes, escapes, control characters, CJK, emoji, a byte-order mark),
/// any role and kind, instants to the nanosecond, on whole seconds or milliseconds, payloads empty, hand-written (numbers
/// in exponent form, negative zero, white space) or longer than the file reader's 64 KiB buffer.
/// </summary>
public static class AuditArbitraries
{
    private static readonly string[] TextPieces = ["a", "Z", "9", " ", ".", "\"", "\\", "/", "\n", "\t", "\u0000", "\u001f", "<", ">", "&", "'", "王", "芳", "é", "€", "😀", "\u2028", "\r", "\u007f", "\ufeff", "\u0085", "\\u0041"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Gen<string> Text =>
        from pieces in Gen.ListOf(Gen.Elements(TextPieces))
        select string.Concat(pieces);

    public static Gen<AuditRecord> Record =>
        from at in Instants
        from name in Gen.Elements("li.wei", "王芳", "o'brien")
        from suffix in Text
        from role in Gen.Elements<string?>(null, "SalesRepresentative", "HeadOfOrderConfirmation", "Auditor2", "x")
        from orderId in Gen.Elements("SO-1001", "SO-1002", "订单-3").OrNull()
        from kind in Gen.Elements("CommandAccepted", "Confirmation", "ExecutionReport", "K", "PriceReview9")
        from payload in Payload
        select new AuditRecord(at, name + suffix, role, orderId, kind, payload);

    /// <summary>1 to 6 records, for properties that write a file per case.</summary>
    public static Gen<IList<AuditRecord>> FewRecords =>
        from count in Gen.Choose(1, 6)
        from records in Gen.ListOf(Record, count)
        select (IList<AuditRecord>)[.. records];

    /// <summary>Instants to the nanosecond, on whole seconds or milliseconds, and the first and last instants NodaTime can hold.</summary>
    private static Gen<Instant> Instants =>
        Gen.Frequency(
            (12, from seconds in Gen.Choose(0, 100_000_000)
                 from nanos in Gen.Frequency(
                     (3, Gen.Choose(0, 999_999_999)),
                     (1, Gen.Constant(0)),
                     (1, Gen.Choose(0, 999).Select(ms => ms * 1_000_000)),
                     (1, Gen.Elements(1, 999_999_999)))
                 select AuditRecords.Start + Duration.FromSeconds(seconds) + Duration.FromNanoseconds(nanos)),
            (1, Gen.Elements(Instant.MinValue, Instant.MinValue + Duration.Epsilon, Instant.MaxValue - Duration.Epsilon, Instant.MaxValue)));

    private static Gen<string> Payload =>
        Gen.Frequency(
            (30, Structured),
            (2, Gen.Constant("{}")),
            (2, Gen.Elements("""{ "n": 1E+2, "z": -0, "d": 0.10, "big": 123456789012345678901234567890 }""", """{"a":{"b":{"c":[[],{}]}},"e":"\u00e9\ud83d\ude00"}""")),
            (1, Gen.Choose(65_536, 70_000).Select(length => $$"""{"note":"{{new string('x', length)}}"}""")));

    /// <summary>A JSON object with text, numbers, booleans, an array and a nested object; sometimes indented.</summary>
    private static Gen<string> Structured =>
        from note in Text
        from cents in Gen.Choose(-1_000_000, 1_000_000)
        from flag in Gen.Elements(true, false)
        from tags in Gen.ListOf(Text)
        from indented in Gen.Elements(true, false)
        select new JsonObject
        {
            ["note"] = note,
            ["amount"] = cents / 100m,
            ["flag"] = flag,
            ["tags"] = new JsonArray([.. tags.Select(t => (JsonNode?)JsonValue.Create(t))]),
            ["nested"] = new JsonObject { ["revision"] = cents % 7, ["none"] = null },
        }.ToJsonString(indented ? Indented : null);
}
