using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

public sealed class OrderViewTests
{
    private static readonly LifecyclePolicy Policy = new LifecycleScenario().Policy;

    [Theory]
    [InlineData(Role.SalesRep)]
    [InlineData(Role.ConfirmationOfficer)]
    [InlineData(Role.HeadOfOrderConfirmation)]
    [InlineData(Role.FinanceOfficer)]
    public void For_NeedToKnowRole_SeesContactAndAddress(Role role)
    {
        var view = OrderView.For(LifecycleScenario.Order, role, Policy);

        Assert.False(view.CustomerDataMasked);
        Assert.Equal("wf@acme.example", view.Order.Customer.Contact.Email);
        Assert.Equal("1 Zhongguancun St", view.Order.DeliveryAddress.Street);
    }

    [Theory]
    [InlineData(Role.ExecutionOfficer)]
    [InlineData(Role.Auditor)]
    public void For_OtherRole_SeesContactAndAddressMasked(Role role)
    {
        var order = LifecycleScenario.Order with { RequestedDeliveryAddress = new("9 Site Rd", "Tianjin", "300000", "CN") };

        var view = OrderView.For(order, role, Policy);

        Assert.True(view.CustomerDataMasked);
        var contact = view.Order.Customer.Contact;
        Assert.All(new[] { contact.Person, contact.Phone, contact.Email, view.Order.Customer.Address.Street, view.Order.DeliveryAddress.Street, view.Order.DeliveryAddress.City }, v => Assert.Equal(OrderView.Masked, v));
        Assert.Equal(order.Lines, view.Order.Lines);
        Assert.Equal("Acme Network Ltd", view.Order.Customer.Name);
    }

    [Fact]
    public void For_ConfiguredRoles_AreUsed()
    {
        var policy = Policy with { CustomerDataRoles = new HashSet<Role> { Role.ExecutionOfficer } };

        Assert.False(OrderView.For(LifecycleScenario.Order, Role.ExecutionOfficer, policy).CustomerDataMasked);
        Assert.True(OrderView.For(LifecycleScenario.Order, Role.SalesRep, policy).CustomerDataMasked);
    }

    [Fact]
    public void For_OtherRoleWithoutRequestedDeliveryAddress_ShowsNoneAndDeliveryToTheMaskedCustomerAddress()
    {
        var view = OrderView.For(LifecycleScenario.Order with { RequestedDeliveryAddress = null }, Role.ExecutionOfficer, Policy);

        Assert.Null(view.Order.RequestedDeliveryAddress);
        Assert.Equal(new PostalAddress(OrderView.Masked, OrderView.Masked, OrderView.Masked, OrderView.Masked), view.Order.DeliveryAddress);
    }

    [Fact]
    public void For_OtherRole_AContactValueNeverGivenStaysAbsent()
    {
        var order = new OrderBuilder().WithContact(c => c with { Email = null }).Build();

        var contact = OrderView.For(order, Role.Auditor, Policy).Order.Customer.Contact;

        Assert.Equal((OrderView.Masked, OrderView.Masked, null), (contact.Person, contact.Phone, contact.Email));
    }

    [Theory]
    [InlineData(Role.SalesRep)]
    [InlineData(Role.Auditor)]
    public void For_AnyRole_SaysWhoItIsShownTo(Role role) =>
        Assert.Equal(role, OrderView.For(LifecycleScenario.Order, role, Policy).ViewedAs);
}
