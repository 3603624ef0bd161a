namespace OrderConfirmation.Orders;

/// <summary>
/// The customer's contact for this order. Values are as entered by Sales; the preliminary review
/// (article 4.1) checks that a person and at least one well-formed phone number or e-mail address are present.
/// </summary>
/// <param name="Person">The contact person's name, or <see langword="null"/> when not entered.</param>
/// <param name="Phone">The contact phone number as entered, or <see langword="null"/>.</param>
/// <param name="Email">The contact e-mail address as entered, or <see langword="null"/>.</param>
public sealed record ContactDetails(string? Person, string? Phone, string? Email)
{
    /// <summary>A contact with nothing entered.</summary>
    public static ContactDetails Empty { get; } = new(null, null, null);
}
