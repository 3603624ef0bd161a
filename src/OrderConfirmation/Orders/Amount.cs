namespace OrderConfirmation.Orders;

/// <summary>Checks on amounts and quantities given to the domain's constructors.</summary>
internal static class Amount
{
    /// <summary>
    /// The value, unless it is below zero. Unlike <see cref="ArgumentOutOfRangeException.ThrowIfNegative{T}(T, string?)"/>,
    /// a decimal negative zero (<c>-0</c>, as JSON may carry it) is zero, not negative.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below zero.</exception>
    public static decimal NotNegative(decimal value, string name) =>
        value < 0m ? throw new ArgumentOutOfRangeException(name, value, "Must not be negative.") : value;
}
