using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.State;

/// <summary>
/// An order as a role may see it (article 5, need-to-know): customer contact details and addresses are shown
/// only to the roles in <see cref="LifecyclePolicy.CustomerDataRoles"/> (Sales, Order Confirmation, Finance by
/// default); other roles see <see cref="Masked"/> in their place.
/// </summary>
public sealed record OrderView
{
    /// <summary>What a hidden value shows.</summary>
    public const string Masked = "***";

    private OrderView(Order order, Role viewedAs, bool customerDataMasked)
    {
        Order = order;
        ViewedAs = viewedAs;
        CustomerDataMasked = customerDataMasked;
    }

    /// <summary>The order as the role may see it.</summary>
    public Order Order { get; }

    /// <summary>The role it is shown to.</summary>
    public Role ViewedAs { get; }

    /// <summary>Whether contact details and addresses are hidden.</summary>
    public bool CustomerDataMasked { get; }

    /// <summary>The order as <paramref name="role"/> may see it under <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> or <paramref name="policy"/> is <see langword="null"/>.</exception>
    public static OrderView For(Order order, Role role, LifecyclePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.CustomerDataRoles.Contains(role))
        {
            return new OrderView(order, role, customerDataMasked: false);
        }

        var contact = order.Customer.Contact;
        var masked = order with
        {
            Customer = order.Customer with
            {
                Contact = new ContactDetails(Mask(contact.Person), Mask(contact.Phone), Mask(contact.Email)),
                Address = Mask(order.Customer.Address),
            },
            RequestedDeliveryAddress = order.RequestedDeliveryAddress is { } address ? Mask(address) : null,
        };
        return new OrderView(masked, role, customerDataMasked: true);
    }

    private static PostalAddress Mask(PostalAddress address) =>
        new(Mask(address.Street), Mask(address.City), Mask(address.PostalCode), Mask(address.Country));

    private static string? Mask(string? value) => value is null ? null : Masked;
}
