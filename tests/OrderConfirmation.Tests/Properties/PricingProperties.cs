using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Properties;

/// <summary>
/// Issue 15's invariants of Finance's price policy, the credit currency and per-SKU supply, stated from the issue and the
/// regulation (articles 3 and 4.2): a worse price never helps, the currency an order is written in never changes its
/// judgement, and splitting a line never gets round the stock.
/// </summary>
public sealed class PricingProperties
{
    private static readonly string[] PriceCurrencies = ["CNY", "USD", "EUR"];

    [Property(MaxTest = 300)]
    public Property Review_RaisingADiscount_NeverImprovesTheOutcome() =>
        Prop.ForAll(PricedFacts.ToArbitrary(), Gen.Choose(0, 99).ToArbitrary(), Gen.Choose(1, 100_000).ToArbitrary(), (facts, pick, cents) =>
        {
            var index = pick % facts.Order.Lines.Count;
            var line = facts.Order.Lines[index];
            var lowered = line with { UnitPrice = Math.Max(0m, line.UnitPrice!.Value - (cents / 100m)) };
            var after = facts.ForOrder(facts.Order with { Lines = [.. facts.Order.Lines.Select((l, i) => i == index ? lowered : l)] });
            return NeverBetter(DefaultRules.Review(facts), DefaultRules.Review(after), $"line {line.LineNo} from {line.UnitPrice} to {lowered.UnitPrice}");
        });

    /// <summary>
    /// A higher unit cost is a thinner margin: it never improves the outcome (the issue words it as "lowering a cost": the
    /// same statement read from the other side, a lower cost never makes the outcome worse).
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Review_RaisingAUnitCost_NeverImprovesTheOutcome() =>
        Prop.ForAll(PricedFacts.ToArbitrary(), Gen.Choose(0, 99).ToArbitrary(), Gen.Choose(1, 100_000).ToArbitrary(), (facts, pick, cents) =>
        {
            if (facts.Prices!.Count == 0)
            {
                return true.Label("no price-list entry to change");
            }

            var sku = facts.Prices.Keys.Order(StringComparer.Ordinal).ElementAt(pick % facts.Prices.Count);
            var entry = facts.Prices[sku];
            var raised = new PriceListEntry(entry.Currency, entry.ListPrice, (entry.UnitCost ?? 0m) + (cents / 100m));
            var after = facts with { Prices = new Dictionary<string, PriceListEntry>(facts.Prices, StringComparer.Ordinal) { [sku] = raised } };
            return NeverBetter(DefaultRules.Review(facts), DefaultRules.Review(after), $"{sku} cost from {entry.UnitCost?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} to {raised.UnitCost}");
        });

    /// <summary>
    /// An order written in another currency, its amounts converted at Finance's rate, is judged exactly as the original;
    /// converted back, it is the original order again. The credit is kept in CNY (so that its amounts do not move with
    /// the order) and the price list in any currency; rates are given so that each conversion is exact in decimal.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Review_OrderConvertedToAnotherCurrencyAndBack_KeepsTheOutcomeAndFindings() =>
        Prop.ForAll(ConvertibleFacts.ToArbitrary(), converted =>
        {
            var (facts, to, rate) = converted;
            var inOther = facts.ForOrder(Converted(facts.Order, to, l => l * rate));
            var back = facts.ForOrder(Converted(inOther.Order, facts.Order.Currency!, l => l / rate));
            var (original, other, returned) = (DefaultRules.Review(facts), DefaultRules.Review(inOther), DefaultRules.Review(back));
            return (original.Outcome == other.Outcome && Judged(original).SequenceEqual(Judged(other))
                    && back.Order.Currency == facts.Order.Currency && back.Order.Lines.SequenceEqual(facts.Order.Lines) && original.Outcome == returned.Outcome && Judged(original).SequenceEqual(Judged(returned)))
                .Label($"{facts.Order.Currency} → {to} at {rate}: {original.Outcome} [{string.Join(", ", Judged(original))}] vs {other.Outcome} [{string.Join(", ", Judged(other))}]");
        });

    [Property(MaxTest = 300)]
    public Property Review_SplittingALineIntoTwoOfTheSameSku_NeverImprovesTheSupplyOutcome() =>
        Prop.ForAll(ReviewArbitraries.AnyFacts.ToArbitrary(), Gen.Choose(0, 99).ToArbitrary(), Gen.Choose(1, 999).ToArbitrary(), (facts, pick, part) =>
        {
            var lines = facts.Order.Lines;
            var candidates = lines.Select((l, i) => (l, i)).Where(x => x.l.Quantity is >= 2m && x.l.Sku is not null).ToArray();
            if (candidates.Length == 0)
            {
                return true.Label("no line to split");
            }

            var (line, index) = candidates[pick % candidates.Length];
            var first = Math.Min(part, (int)line.Quantity!.Value - 1);
            var nextNo = lines.Max(l => l.LineNo) + 1;
            var split = facts.ForOrder(facts.Order with
            {
                Lines = [.. lines.Select((l, i) => i == index ? l with { Quantity = first } : l), line with { LineNo = nextNo, Quantity = line.Quantity - first }],
            });
            var (before, after) = (SupplyOutcome(DefaultRules.Review(facts)), SupplyOutcome(DefaultRules.Review(split)));
            return (Severity(after) >= Severity(before)).Label($"splitting line {line.LineNo} ({line.Quantity} × {line.Sku}) into {first} + {line.Quantity - first}: supply {before} became {after}");
        });

    /// <summary>Ready facts (complete, within credit, supplied) with a price list for the order's SKUs: around the order's prices, in any currency, some costs missing.</summary>
    private static Gen<ReviewFacts> PricedFacts =>
        from facts in ReviewArbitraries.ReadyFacts
        from usd in Gen.Choose(600, 800)
        from eur in Gen.Choose(700, 900)
        let rates = new ExchangeRates("CNY", new Dictionary<string, decimal> { ["USD"] = usd / 100m, ["EUR"] = eur / 100m })
        from entries in Gen.ArrayOf(PriceFor(rates), facts.Order.Lines.Count)
        select facts with
        {
            ExchangeRates = rates,
            Prices = facts.Order.Lines.Zip(entries)
                .Where(x => x.Second is not null)
                .GroupBy(x => x.First.Sku!)
                .ToDictionary(g => g.Key, g => g.First().Second!(g.First().First, facts.Order.Currency!), StringComparer.Ordinal),
        };

    /// <summary>A price-list entry for a line, near its price (from 30 % below to 30 % above), or none one time in ten.</summary>
    private static Gen<Func<OrderLine, string, PriceListEntry>?> PriceFor(ExchangeRates rates) =>
        from listPercent in Gen.Choose(70, 130)
        from costPercent in Gen.Choose(50, 110)
        from hasCost in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from currency in Gen.Elements(PriceCurrencies)
        from missing in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select missing ? null : (Func<OrderLine, string, PriceListEntry>?)((line, orderCurrency) =>
        {
            var inList = decimal.Round(rates.Convert(line.UnitPrice!.Value, orderCurrency, currency), 2);
            return new PriceListEntry(currency, decimal.Round(inList * listPercent / 100m, 2), hasCost ? decimal.Round(inList * costPercent / 100m, 2) : null);
        });

    /// <summary>
    /// Priced facts on an order in USD or EUR with the credit kept in CNY, a currency to convert to and its rate q
    /// (1 unit of the order's currency = q units of the other), with the rates chosen so that rate(from) = q × rate(to).
    /// </summary>
    private static Gen<(ReviewFacts Facts, string To, decimal Rate)> ConvertibleFacts =>
        from facts in PricedFacts
        from source in Gen.Elements("USD", "EUR")
        from toRateCents in Gen.Choose(50, 900)
        from rateCents in Gen.Choose(10, 400)
        let to = source == "USD" ? "EUR" : "USD"
        let rate = rateCents / 100m
        let rates = new ExchangeRates("CNY", new Dictionary<string, decimal> { [to] = toRateCents / 100m, [source] = toRateCents / 100m * rate })
        let credit = facts.Credit is { } c ? c with { Currency = "CNY" } : null
        select (new ReviewFacts(facts.Order with { Currency = source }, credit, facts.Supply, facts.Capabilities, facts.EvaluatedAt, facts.TimeZone) { Prices = facts.Prices, ExchangeRates = rates }, to, rate);

    private static Order Converted(Order order, string currency, Func<decimal, decimal> convert) =>
        order with { Currency = currency, Lines = [.. order.Lines.Select(l => l with { UnitPrice = l.UnitPrice is { } p ? convert(p) : null })] };

    private static IEnumerable<string> Judged(ReviewDecision decision) =>
        decision.Findings.Select(f => $"{f.Rule}#{f.LineNo}:{f.Severity}");

    private static Property NeverBetter(ReviewDecision before, ReviewDecision after, string change)
    {
        var blockingBefore = Blocking(before);
        var blockingAfter = Blocking(after);
        return (Severity(after.Outcome) >= Severity(before.Outcome) && blockingBefore.IsSubsetOf(blockingAfter))
            .Label($"{change}: {before.Outcome} [{string.Join(", ", blockingBefore)}] became {after.Outcome} [{string.Join(", ", blockingAfter)}]");
    }

    private static HashSet<string> Blocking(ReviewDecision decision) =>
        [.. decision.Findings.Where(f => f.IsBlocking).Select(f => $"{f.Rule}#{f.LineNo}")];

    private static ReviewOutcome SupplyOutcome(ReviewDecision decision) =>
        decision.Findings.Where(f => f.Stage == ReviewStage.SupplyCapability && f.IsBlocking).Select(f => f.Outcome).DefaultIfEmpty(ReviewOutcome.ReadyToConfirm).MaxBy(Severity);

    /// <summary>How severe an outcome is, in the README's order (Rejected &gt; OnHold &gt; NeedsClarification &gt; ReadyToConfirm).</summary>
    private static int Severity(ReviewOutcome outcome) =>
        Array.IndexOf([ReviewOutcome.ReadyToConfirm, ReviewOutcome.NeedsClarification, ReviewOutcome.OnHold, ReviewOutcome.Rejected], outcome);
}
