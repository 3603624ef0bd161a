namespace OrderConfirmation.Orders;

/// <summary>The customer an order is for, with the contact and address Sales entered.</summary>
public sealed record Customer
{
    /// <summary>Creates a customer.</summary>
    /// <param name="customerId">The customer's identifier in the host's CRM; used to look up the credit profile.</param>
    /// <param name="name">The customer's name.</param>
    /// <param name="contact">The contact details; <see langword="null"/> is taken as <see cref="ContactDetails.Empty"/>.</param>
    /// <param name="address">The customer's address; <see langword="null"/> is taken as <see cref="PostalAddress.Empty"/>.</param>
    public Customer(string? customerId, string? name, ContactDetails? contact, PostalAddress? address)
    {
        CustomerId = customerId;
        Name = name;
        Contact = contact ?? ContactDetails.Empty;
        Address = address ?? PostalAddress.Empty;
    }

    /// <summary>A customer with nothing entered.</summary>
    public static Customer Empty { get; } = new(null, null, null, null);

    /// <summary>The customer's identifier in the host's CRM, or <see langword="null"/> when not entered.</summary>
    public string? CustomerId { get; init; }

    /// <summary>The customer's name, or <see langword="null"/> when not entered.</summary>
    public string? Name { get; init; }

    /// <summary>The contact details; never <see langword="null"/>.</summary>
    public ContactDetails Contact { get; init; }

    /// <summary>The customer's address; never <see langword="null"/>.</summary>
    public PostalAddress Address { get; init; }
}
