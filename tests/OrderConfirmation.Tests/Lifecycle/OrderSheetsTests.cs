using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>
/// The order sheet read out of the trail (article 6.1: supervision audits the order sheets), only through the
/// need-to-know view (article 5): contact details and addresses for Sales, Order Confirmation and Finance, masked for
/// the others. The expected values are those the scenario's order was entered with (<see cref="OrderBuilder"/>).
/// </summary>
public sealed class OrderSheetsTests
{
    private readonly FakeClock _clock = new(LifecycleScenario.Friday10);
    private readonly InMemoryAuditLog _log = new();
    private readonly OrderLifecycle _lifecycle;
    private readonly LifecyclePolicy _policy = new LifecycleScenario().Policy;

    public OrderSheetsTests() => _lifecycle = new OrderLifecycle(new OrderStateMachine(_policy), _log, _clock);

    private OrderState Run(OrderState? state, LifecycleCommand command, Actor actor)
    {
        _clock.Advance(Duration.FromMinutes(5));
        var result = _lifecycle.Execute(state, command, actor);
        Assert.True(result.IsAccepted, result.Refusal?.Message);
        return result.State!;
    }

    private OrderState Draft() => Run(null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);

    private OrderView Read(Role role) => OrderSheets.Read(_log.Entries, "SO-1001", role, _policy) ?? throw new InvalidOperationException("no sheet");

    [Fact]
    public void Read_AsConfirmationOfficer_ReturnsTheSheetAsEntered()
    {
        Draft();

        var view = Read(Role.ConfirmationOfficer);

        Assert.False(view.CustomerDataMasked);
        var sheet = view.Order;
        Assert.Equal(("SO-1001", "sales.li", Instant.FromUtc(2026, 11, 20, 1, 15)), (sheet.OrderId, sheet.EnteredBy, sheet.ReceivedAt!.Value));
        Assert.Equal(new Customer("C-001", "Acme Network Ltd", new ContactDetails("Wang Fang", "+86 10 5555 0101", "wf@acme.example"), new PostalAddress("1 Zhongguancun St", "Beijing", "100080", "CN")), sheet.Customer);
        Assert.Equal(("CNY", new LocalDate(2026, 12, 15), PaymentTerms.Net30, "Install before 09:00"), (sheet.Currency, sheet.RequestedDeliveryDate!.Value, sheet.PaymentTerms!.Value, sheet.SpecialRequirements));
        Assert.Null(sheet.RequestedDeliveryAddress);
        var line = Assert.Single(sheet.Lines);
        Assert.Equal((1, "CLOUD-HOST-8C", "Cloud host, 8 vCPU", 10m, 1200m), (line.LineNo, line.Sku, line.Description, line.Quantity!.Value, line.UnitPrice!.Value));
        Assert.Equal(["IPV6"], line.Requirements);
    }

    [Theory]
    [InlineData(Role.ExecutionOfficer)]
    [InlineData(Role.Auditor)]
    public void Read_RoleWithoutCustomerDataRights_SeesContactAndAddressMasked(Role role)
    {
        Run(Draft(), new EditDraft(LifecycleScenario.Order with { RequestedDeliveryAddress = new PostalAddress("9 Jiuxianqiao Rd", "Beijing", null, "CN") }), LifecycleScenario.Sales);

        var view = Read(role);

        Assert.True(view.CustomerDataMasked);
        Assert.Equal(new ContactDetails("***", "***", "***"), view.Order.Customer.Contact);
        Assert.Equal(new PostalAddress("***", "***", "***", "***"), view.Order.Customer.Address);
        Assert.Equal(new PostalAddress("***", "***", null, "***"), view.Order.RequestedDeliveryAddress);
        Assert.Equal("Install before 09:00", view.Order.SpecialRequirements);
    }

    [Fact]
    public void Read_AfterEditDraft_ReturnsTheEditedSheet()
    {
        Run(Draft(), new EditDraft(LifecycleScenario.Order with { SpecialRequirements = "none" }), LifecycleScenario.Sales);

        Assert.Equal("none", Read(Role.SalesRep).Order.SpecialRequirements);
    }

    [Fact]
    public void Read_AfterCorrectedReply_ReturnsTheCorrectedSheet()
    {
        var submitted = Run(Draft(), new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales);
        var reviewing = Run(submitted, new StartReview(LifecycleScenario.NeedsClarification), LifecycleScenario.Officer);
        var asked = Run(reviewing, new RequestClarification("Can you do without IPv6?"), LifecycleScenario.Officer);

        Run(asked, new RecordCustomerReply("Yes.", LifecycleScenario.Ready, LifecycleScenario.Order with { SpecialRequirements = "No IPv6" }), LifecycleScenario.Sales);

        Assert.Equal("No IPv6", Read(Role.ConfirmationOfficer).Order.SpecialRequirements);
    }

    [Fact]
    public void Read_AfterAppliedChange_ReturnsTheNewRevisionsSheet()
    {
        var scenario = new ChangeScenario();
        var change = scenario.Evaluate(ChangeScenario.Change(LineChange.Modify(1, unitPrice: 1100m)));
        var submitted = Run(Draft(), new SubmitOrder(LifecycleScenario.Ready), LifecycleScenario.Sales);
        var reviewing = Run(submitted, new StartReview(LifecycleScenario.Ready), LifecycleScenario.Officer);
        var confirmed = Run(reviewing, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);

        Run(confirmed, new ApplyChange(change, [new ChangeApproval(Department.Finance, "fin.zhao")]), LifecycleScenario.Officer);

        // The change scenario's order has two lines (10 hosts at 1,200, 5 backup units at 300); the change reprices line 1.
        Assert.Equal([(1, 1100m), (2, 300m)], Read(Role.HeadOfOrderConfirmation).Order.Lines.Select(l => (l.LineNo, l.UnitPrice!.Value)));
    }

    [Fact]
    public void Read_OrderNotInTheTrail_ReturnsNull()
    {
        Draft();

        Assert.Null(OrderSheets.Read(_log.Entries, "SO-9999", Role.Auditor, _policy));
    }

    [Fact]
    public void Read_TrailWrittenBeforeSheetsWereKept_ReadsTheFieldsItHas()
    {
        // The shape the lifecycle wrote before the whole sheet was kept: no contact, address, description or requirements.
        _log.Append(new AuditRecord(LifecycleScenario.Friday10, "sales.li", "SalesRep", "SO-1001", "CommandAccepted",
            """{"command":"Enter","from":null,"to":"Draft","revision":1,"details":{"orderId":"SO-1001","customerId":"C-001","currency":"CNY","total":12000,"requestedDeliveryDate":"2026-12-15","paymentTerms":"Net30","lines":[{"lineNo":1,"sku":"CLOUD-HOST-8C","quantity":10,"unitPrice":1200}]},"events":[]}"""));

        var sheet = Read(Role.ConfirmationOfficer).Order;

        Assert.Equal(("C-001", (string?)null, (string?)null), (sheet.Customer.CustomerId, sheet.Customer.Contact.Person, sheet.SpecialRequirements));
        Assert.Equal(10m, Assert.Single(sheet.Lines).Quantity);
    }

    [Fact]
    public void Read_NullArguments_NameTheParameter()
    {
        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => OrderSheets.Read(null!, "SO-1001", Role.Auditor, _policy)).ParamName);
        Assert.Equal("orderId", Assert.Throws<ArgumentNullException>(() => OrderSheets.Read([], null!, Role.Auditor, _policy)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => OrderSheets.Read([], "SO-1001", Role.Auditor, null!)).ParamName);
    }
}
