using NodaTime;
using OrderConfirmation.Changes;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Tests.Builders;

/// <summary>
/// A confirmed two-line order (10 hosts at 1,200 and 5 backup units at 300, promised for 2026-12-15) and the
/// facts on 2026-11-25; each With… changes one thing, <see cref="Evaluate"/> assesses a change against it.
/// </summary>
public sealed class ChangeScenario
{
    public static readonly Instant RequestedAt = Instant.FromUtc(2026, 11, 25, 3, 0);
    public static readonly LocalDate Promised = new(2026, 12, 15);

    private readonly FactsBuilder _facts = new FactsBuilder()
        .WithOrder(o => o.WithLines(
            new OrderLine(1, "CLOUD-HOST-8C", "Cloud host, 8 vCPU", 10m, 1200m, ["IPV6"]),
            new OrderLine(2, "BACKUP-1TB", "Backup storage, 1 TB", 5m, 300m)))
        .WithSupply("BACKUP-1TB", new SupplyPosition(20m, 5))
        .WithSupply("SRV-INSTALL", new SupplyPosition(10m, 2))
        .WithAsOf(Instant.FromUtc(2026, 11, 25, 3, 30));

    private OrderStatus _status = OrderStatus.Confirmed;
    private LocalDate? _promised = Promised;
    private readonly Dictionary<int, decimal> _shipped = [];

    public Order Order => _facts.Build().Order;

    public ChangeScenario WithStatus(OrderStatus status)
    {
        _status = status;
        return this;
    }

    public ChangeScenario WithPromised(LocalDate? promised)
    {
        _promised = promised;
        return this;
    }

    public ChangeScenario WithShipped(int lineNo, decimal quantity)
    {
        _shipped[lineNo] = quantity;
        return this;
    }

    public ChangeScenario WithToday(LocalDate today)
    {
        _facts.WithAsOf(today.At(new LocalTime(10, 0)).InZoneLeniently(FactsBuilder.Shanghai).ToInstant());
        return this;
    }

    public ChangeScenario WithFacts(Func<FactsBuilder, FactsBuilder> change)
    {
        change(_facts);
        return this;
    }

    public OrderSnapshot Snapshot => new(Order, _status, 1, _promised, _shipped);

    public static ChangeRequest Change(params LineChange[] lines) => new("CR-7", RequestedAt, "sales.li", "customer asked", lines);

    public ChangeEvaluation Evaluate(ChangeRequest change) => EvaluateAgainst(Snapshot, change);

    /// <summary>Assesses a change against an order as it stands elsewhere (a stored state's snapshot), with this scenario's facts.</summary>
    public ChangeEvaluation EvaluateAgainst(OrderSnapshot current, ChangeRequest change) =>
        ChangeEvaluator.Evaluate(DefaultRules.RuleSet, current, change, _facts.Build());
}
