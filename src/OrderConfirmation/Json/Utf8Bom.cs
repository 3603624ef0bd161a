namespace OrderConfirmation.Json;

/// <summary>The UTF-8 byte-order mark some editors write at the start of a file; JSON readers do not accept it.</summary>
internal static class Utf8Bom
{
    /// <summary>The content without a leading byte-order mark.</summary>
    public static ReadOnlySpan<byte> Skip(ReadOnlySpan<byte> utf8) =>
        utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
}
