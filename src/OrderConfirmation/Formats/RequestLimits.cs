namespace OrderConfirmation.Formats;

/// <summary>
/// How much a review or change request may hold. A request beyond a limit is refused with a
/// <see cref="RequestFormatException"/> naming the limit, before it can cost the host memory or time: the size is
/// checked before anything is read or parsed (a file's length before it is opened for reading), the counts and
/// lengths right after parsing, before the review. JSON nesting is capped at 64 levels whatever the limits.
/// The defaults are far above any real order; raise them only for a host that needs it.
/// </summary>
public sealed record RequestLimits
{
    /// <summary>The default <see cref="MaxBytes"/>: 4 MiB.</summary>
    public const int DefaultMaxBytes = 4 * 1024 * 1024;

    /// <summary>The default <see cref="MaxLines"/>: 10,000 order lines.</summary>
    public const int DefaultMaxLines = 10_000;

    /// <summary>The default <see cref="MaxChangeLines"/>: 1,000 line entries in a change.</summary>
    public const int DefaultMaxChangeLines = 1_000;

    /// <summary>The default <see cref="MaxTextLength"/>: 10,000 characters.</summary>
    public const int DefaultMaxTextLength = 10_000;

    private readonly int _maxBytes = DefaultMaxBytes;
    private readonly int _maxLines = DefaultMaxLines;
    private readonly int _maxChangeLines = DefaultMaxChangeLines;
    private readonly int _maxTextLength = DefaultMaxTextLength;

    /// <summary>The limits used when none are given: 4 MiB, 10,000 order lines, 1,000 change lines, 10,000 characters.</summary>
    public static RequestLimits Default { get; } = new();

    /// <summary>The most bytes a request (file or buffer) may have. Default 4 MiB (<see cref="DefaultMaxBytes"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxBytes
    {
        get => _maxBytes;
        init => _maxBytes = Positive(value, nameof(MaxBytes));
    }

    /// <summary>The most lines an order (<c>order.lines</c>) may have. Default 10,000 (<see cref="DefaultMaxLines"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxLines
    {
        get => _maxLines;
        init => _maxLines = Positive(value, nameof(MaxLines));
    }

    /// <summary>
    /// The most line entries a change request (<c>change.lines</c>) may have. Default 1,000
    /// (<see cref="DefaultMaxChangeLines"/>): the change review matches every entry with the order's lines.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxChangeLines
    {
        get => _maxChangeLines;
        init => _maxChangeLines = Positive(value, nameof(MaxChangeLines));
    }

    /// <summary>
    /// The most characters any single text of a request may have: a name, an address field, a description, a code,
    /// a SKU (also as a key of <c>facts.supply</c>). Default 10,000 (<see cref="DefaultMaxTextLength"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxTextLength
    {
        get => _maxTextLength;
        init => _maxTextLength = Positive(value, nameof(MaxTextLength));
    }

    private static int Positive(int value, string limit) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"{nameof(RequestLimits)}.{limit} must be positive.");
}
