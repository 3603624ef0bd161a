using System.Globalization;
using System.Numerics;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace OrderConfirmation.Storage;

/// <summary>
/// One value of a stored order-state document and its JSON path (<c>$.order.lines[0]</c>), read strictly: a value of
/// the wrong JSON type, out of range or not in the expected text form is a <see cref="StoredStateFormatException"/>
/// naming the path, never a default.
/// </summary>
internal readonly struct StoredElement
{
    private const int MaxQuoted = 64;

    private readonly JsonElement _element;

    public StoredElement(JsonElement element, string path, int format = OrderStateDocument.CurrentFormat)
    {
        _element = element;
        Path = path;
        Format = format;
    }

    /// <summary>The format of the document the value is part of, which decides the members its objects have.</summary>
    public int Format { get; }

    /// <summary>Where the value is, as a JSON path.</summary>
    public string Path { get; }

    /// <summary>The value's JSON type.</summary>
    public JsonValueKind Kind => _element.ValueKind;

    /// <summary>Whether the value is <c>null</c>.</summary>
    public bool IsNull => _element.ValueKind == JsonValueKind.Null;

    /// <summary>The value as an object that has exactly the members named (each once), some of which may be <c>null</c>.</summary>
    public StoredObject Object(params ReadOnlySpan<string> members)
    {
        Expect(JsonValueKind.Object, "an object");
        return new StoredObject(_element, Path, members, Format);
    }

    /// <summary>The value as an array, each item read by <paramref name="read"/>.</summary>
    public T[] Array<T>(Func<StoredElement, T> read)
    {
        Expect(JsonValueKind.Array, "an array");
        var items = new T[_element.GetArrayLength()];
        var i = 0;
        foreach (var item in _element.EnumerateArray())
        {
            items[i] = read(new StoredElement(item, $"{Path}[{i}]", Format));
            i++;
        }

        return items;
    }

    /// <summary>The value read by <paramref name="read"/>, or <see langword="null"/> when it is <c>null</c>.</summary>
    public T? OrNull<T>(Func<StoredElement, T> read)
        where T : class => IsNull ? null : read(this);

    /// <summary>The value read by <paramref name="read"/>, or <see langword="null"/> when it is <c>null</c>.</summary>
    public T? OrNone<T>(Func<StoredElement, T> read)
        where T : struct => IsNull ? null : read(this);

    public string String()
    {
        Expect(JsonValueKind.String, "a string");
        return GetText();
    }

    public string? StringOrNull() => IsNull ? null : String();

    public bool Boolean() => _element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Wrong("true or false"),
    };

    public int Int32()
    {
        Expect(JsonValueKind.Number, "a whole number");
        return _element.TryGetInt32(out var value) ? value : throw Problem($"expected a whole number from {int.MinValue} to {int.MaxValue}, found {Quote(_element.GetRawText())}");
    }

    public decimal Decimal()
    {
        Expect(JsonValueKind.Number, "a number");
        return _element.TryGetDecimal(out var value) ? value : throw Problem($"{Quote(_element.GetRawText())} is not a decimal number (at most 28 digits after the point, and below 7.9E+28)");
    }

    /// <summary>A whole number of type <typeparamref name="T"/>, given as a JSON number.</summary>
    public T Integer<T>(string type)
        where T : INumberBase<T>
    {
        Expect(JsonValueKind.Number, "a whole number");
        if (_element.TryGetDecimal(out var value) && value == decimal.Truncate(value))
        {
            try
            {
                return T.CreateChecked(value);
            }
            catch (OverflowException)
            {
                // Reported below.
            }
        }

        throw Problem($"{Quote(_element.GetRawText())} is not a whole number in the range of {type}");
    }

    public Instant Instant() => Parse(InstantPattern.ExtendedIso, "an instant in ISO-8601 UTC, such as 2026-11-27T02:00:00Z");

    public LocalDate Date() => Parse(LocalDatePattern.Iso, "a date such as 2026-12-15");

    /// <summary>The value as text in the form <paramref name="pattern"/> reads.</summary>
    public T Parse<T>(IPattern<T> pattern, string expected)
    {
        var text = Text(expected);
        var parsed = pattern.Parse(text);
        return parsed.Success ? parsed.Value : throw Problem($"expected {expected}, found {Quote(text)}");
    }

    /// <summary>A floating-point number written as invariant text (so that NaN and the infinities are kept).</summary>
    public T Floating<T>(string type)
        where T : INumberBase<T>
    {
        var text = Text($"a {type} as text, such as \"0.1\" or \"NaN\"");
        return T.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw Problem($"{Quote(text)} is not a {type}");
    }

    /// <summary>The value as the name of one of <typeparamref name="TEnum"/>'s members, exactly as written by <see cref="Enum.ToString()"/>.</summary>
    public TEnum Enum<TEnum>()
        where TEnum : struct, Enum
    {
        var text = Text($"the name of one of the {typeof(TEnum).Name} values");
        return System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value) && string.Equals(value.ToString(), text, StringComparison.Ordinal)
            ? value
            : throw Problem($"{Quote(text)} is none of the {typeof(TEnum).Name} values: {string.Join(", ", System.Enum.GetNames<TEnum>())}");
    }

    /// <summary>A domain value built by <paramref name="build"/>; a value the domain refuses is a problem here.</summary>
    public T Build<T>(Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            throw new StoredStateFormatException(Path, $"the values do not make a valid {typeof(T).Name}: {e.Message}", e);
        }
    }

    /// <summary>A problem with this value.</summary>
    public StoredStateFormatException Problem(string problem) => new(Path, problem);

    private string Text(string expected)
    {
        Expect(JsonValueKind.String, expected);
        return GetText();
    }

    /// <summary>The string's text; an escape that makes no UTF-16 text (<c>\ud800</c> alone) is a problem.</summary>
    private string GetText()
    {
        try
        {
            return _element.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw new StoredStateFormatException(Path, "the text is not valid UTF-16 (a lone surrogate escape)", e);
        }
    }

    private void Expect(JsonValueKind kind, string expected)
    {
        if (_element.ValueKind != kind)
        {
            throw Wrong(expected);
        }
    }

    private StoredStateFormatException Wrong(string expected) => Problem($"expected {expected}, found {Describe(_element.ValueKind)}");

    /// <summary>A JSON type in words.</summary>
    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };

    /// <summary>A value as found, quoted, shortened when long.</summary>
    public static string Quote(string text) => text.Length <= MaxQuoted ? $"\"{text}\"" : $"\"{text[..MaxQuoted]}…\"";
}
