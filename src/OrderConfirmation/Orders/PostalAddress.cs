namespace OrderConfirmation.Orders;

/// <summary>A postal address as entered by Sales; completeness is checked by the preliminary review, not here.</summary>
/// <param name="Street">Street and number.</param>
/// <param name="City">City.</param>
/// <param name="PostalCode">Postal code, where the country uses one.</param>
/// <param name="Country">Country, preferably as an ISO 3166 code such as <c>CN</c>.</param>
public sealed record PostalAddress(string? Street, string? City, string? PostalCode, string? Country)
{
    /// <summary>An address with nothing entered.</summary>
    public static PostalAddress Empty { get; } = new(null, null, null, null);
}
