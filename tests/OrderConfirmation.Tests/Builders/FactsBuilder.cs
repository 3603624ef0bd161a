using NodaTime;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Tests.Builders;

/// <summary>Builds review facts under which the default order is ready to confirm; each With… changes one thing.</summary>
public sealed class FactsBuilder
{
    public static readonly Instant AsOf = Instant.FromUtc(2026, 11, 20, 2, 0);
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private Order _order = new OrderBuilder().Build();
    private CreditProfile? _credit = new(100_000m, 20_000m, 0m, 0m, 0, 0, blocked: false);
    private readonly Dictionary<string, SupplyPosition> _supply = new(StringComparer.Ordinal) { ["CLOUD-HOST-8C"] = new SupplyPosition(50m, 3) };
    private readonly HashSet<string> _capabilities = new(StringComparer.Ordinal) { "IPV6", "SLA-99.9" };
    private Instant _asOf = AsOf;
    private Dictionary<string, PriceListEntry>? _prices;
    private ExchangeRates _rates = ExchangeRates.None;

    /// <summary>Gives the review a price list (so the pricing stage runs) with this entry; <see langword="null"/> removes the SKU from it.</summary>
    public FactsBuilder WithPrice(string sku, PriceListEntry? entry)
    {
        _prices ??= new Dictionary<string, PriceListEntry>(StringComparer.Ordinal);
        if (entry is null)
        {
            _prices.Remove(sku);
        }
        else
        {
            _prices[sku] = entry;
        }

        return this;
    }

    public FactsBuilder WithRates(ExchangeRates rates)
    {
        _rates = rates;
        return this;
    }

    public FactsBuilder WithOrder(Order order)
    {
        _order = order;
        return this;
    }

    public FactsBuilder WithOrder(Func<OrderBuilder, OrderBuilder> build) => WithOrder(build(new OrderBuilder()).Build());

    public FactsBuilder WithCredit(CreditProfile? credit)
    {
        _credit = credit;
        return this;
    }

    public FactsBuilder WithSupply(string sku, SupplyPosition? position)
    {
        if (position is null)
        {
            _supply.Remove(sku);
        }
        else
        {
            _supply[sku] = position;
        }

        return this;
    }

    public FactsBuilder WithCapabilities(params string[] capabilities)
    {
        _capabilities.Clear();
        _capabilities.UnionWith(capabilities);
        return this;
    }

    public FactsBuilder WithAsOf(Instant asOf)
    {
        _asOf = asOf;
        return this;
    }

    public ReviewFacts Build() =>
        new(_order, _credit, new Dictionary<string, SupplyPosition>(_supply), new HashSet<string>(_capabilities), _asOf, Shanghai)
        {
            Prices = _prices is null ? null : new Dictionary<string, PriceListEntry>(_prices, StringComparer.Ordinal),
            ExchangeRates = _rates,
        };
}
