using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Changes;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;
using OrderConfirmation.Storage;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// The audited command pair of the storage benchmark, on copies of the all-pass order of <see cref="BenchmarkOrders"/>
/// under their own ids: entered, submitted and taken into review by one request (the setup), then confirmed by the
/// head of order confirmation and changed (line 1 from 10 to 12 hosts, assessed against the order as stored, with the
/// approvals it needs) by a confirmation officer, each a request of its own through an <see cref="OrderCommandProcessor"/>.
/// </summary>
public sealed class ReviewedOrders
{
    private static readonly Actor Sales = new("sales.li", Role.SalesRep);
    private static readonly Actor Officer = new("conf.wang", Role.ConfirmationOfficer);
    private static readonly Actor Head = new("head.chen", Role.HeadOfOrderConfirmation);
    private static readonly LocalDate Promised = new(2026, 12, 15);

    private readonly RuleSet _ruleSet = RuleSetLoader.LoadDefaults();
    private readonly ReviewFacts _facts = BenchmarkOrders.For(Scenario.AllPass);
    private readonly ChangeRequest _change;

    /// <summary>Prepares the facts and the change request.</summary>
    public ReviewedOrders()
    {
        Clock = new FixedClock(_facts.EvaluatedAt.Plus(Duration.FromMinutes(30)));
        _change = new ChangeRequest("CR-1", _facts.EvaluatedAt, Sales.Id, "customer asked for two more hosts", [LineChange.Modify(1, quantity: 12m)]);
    }

    /// <summary>The instant every command is applied at: half an hour after the review's facts, a Friday morning in Shanghai.</summary>
    public IClock Clock { get; }

    /// <summary>The lifecycle with the standard calendar in Shanghai.</summary>
    public static OrderStateMachine Machine { get; } = new(new LifecyclePolicy(WorkingCalendar.Standard(DateTimeZoneProviders.Tzdb["Asia/Shanghai"])));

    /// <summary>Enters, submits and reviews an order of this id in one request.</summary>
    /// <exception cref="InvalidOperationException">The request was not accepted.</exception>
    public async ValueTask PutUnderReviewAsync(OrderCommandProcessor processor, string orderId)
    {
        var order = _facts.Order with { OrderId = orderId };
        var decision = ReviewEvaluator.Evaluate(_ruleSet, _facts.ForOrder(order));
        CommandStep[] steps = [new(new EnterOrder(order), Sales), new(new SubmitOrder(decision), Sales), new(new StartReview(decision), Officer)];
        var result = await processor.ExecuteAsync(new CommandRequest($"review-{orderId}", orderId, orderId), (_, _) => ValueTask.FromResult<IReadOnlyList<CommandStep>>(steps), CancellationToken.None);
        Expect(result, "put under review");
    }

    /// <summary>The measured pair: confirms the order, then applies the change to it; two audited, durable commits.</summary>
    /// <exception cref="InvalidOperationException">A command was not accepted.</exception>
    public async ValueTask ConfirmAndChangeAsync(OrderCommandProcessor processor, string orderId)
    {
        Expect(await processor.ExecuteAsync($"confirm-{orderId}", orderId, new ConfirmOrder(Promised), Head), "confirm");
        var request = new CommandRequest($"change-{orderId}", orderId, CommandRequest.Digest(orderId, _change.ChangeId));
        Expect(await processor.ExecuteAsync(request, PlanChange, CancellationToken.None), "change");
    }

    private ValueTask<IReadOnlyList<CommandStep>> PlanChange(OrderState? current, CancellationToken cancellationToken)
    {
        var evaluation = ChangeEvaluator.Evaluate(_ruleSet, current!.ToSnapshot(), _change, _facts);
        var approvals = evaluation.RequiredApprovals.Select(d => new ChangeApproval(d, "fin.zhao")).ToArray();
        return ValueTask.FromResult<IReadOnlyList<CommandStep>>([new(new ApplyChange(evaluation, approvals), Officer)]);
    }

    private static void Expect(CommandResult result, string what)
    {
        if (result.Status != CommandStatus.Accepted)
        {
            throw new InvalidOperationException($"{what}: {result.Status} {result.Refusal?.Message}");
        }
    }

    /// <summary>A clock that always says the same instant.</summary>
    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
