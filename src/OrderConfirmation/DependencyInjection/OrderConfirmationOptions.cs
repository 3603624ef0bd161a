namespace OrderConfirmation.DependencyInjection;

/// <summary>How the library is set up in a host.</summary>
public sealed class OrderConfirmationOptions
{
    /// <summary>The default company time zone.</summary>
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    /// <summary>
    /// A directory of rule files to use instead of the defaults shipped in the package;
    /// <see langword="null"/> (the default) uses the shipped rules.
    /// </summary>
    public string? RulesDirectory { get; set; }

    /// <summary>
    /// The company's time zone as a TZDB identifier (default <c>Asia/Shanghai</c>); it turns instants
    /// into business dates, such as today's date for the delivery-date check.
    /// </summary>
    public string TimeZoneId { get; set; } = DefaultTimeZoneId;
}
