using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Storage;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Storage;

/// <summary>
/// A state read back after a restart carries on as the original would: the same command by the same person at the
/// same instant gives the same acceptance or refusal, the same events, the same new state and the same audit entries.
/// </summary>
public sealed class RestoredStateTests
{
    private static (TransitionResult Result, IReadOnlyList<AuditEntry> Audit) Run(OrderState state, LifecycleCommand command, Actor actor, Instant at)
    {
        var log = new InMemoryAuditLog();
        var lifecycle = new OrderLifecycle(new LifecycleScenario().Machine, log, new FakeClock(at));
        var result = lifecycle.Execute(state, command, actor);
        return (result, log.Entries);
    }

    /// <summary>Gives the command (made for each state, as a change is evaluated against the state it changes) to the original and to its restored copy.</summary>
    private static TransitionResult AssertSameOutcome(OrderState original, Func<OrderState, LifecycleCommand> command, Actor actor, Instant at)
    {
        var restored = OrderStateDocument.Read(OrderStateDocument.Write(original));

        var expected = Run(original, command(original), actor, at);
        var actual = Run(restored, command(restored), actor, at);

        Assert.Equal(expected.Result.Refusal, actual.Result.Refusal);
        Assert.Equal(expected.Result.Events, actual.Result.Events);
        Assert.Empty(MemberComparison.Differences(expected.Result.State, actual.Result.State));
        Assert.Equal(OrderStateDocument.Write(expected.Result.State!), OrderStateDocument.Write(actual.Result.State!));
        Assert.Equal(expected.Audit, actual.Audit);
        return actual.Result;
    }

    private static Instant Later(StoredStateScenarios scenarios) => scenarios.Lifecycle.At + Duration.FromMinutes(1);

    [Fact]
    public void Confirm_RestoredStateUnderReview_IsAcceptedAsTheOriginal()
    {
        var scenarios = new StoredStateScenarios();

        var result = AssertSameOutcome(scenarios.UnderReview(), _ => new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head, Later(scenarios));

        Assert.Equal(OrderStatus.Confirmed, result.State!.Status);
    }

    [Fact]
    public void Confirm_RestoredStateReleasedFromHold_ReliesOnTheReleaseAsTheOriginal()
    {
        var scenarios = new StoredStateScenarios();

        var result = AssertSameOutcome(scenarios.Released(), _ => new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head, Later(scenarios));

        Assert.Equal("fin.zhao", result.State!.Confirmation!.HoldReleasedBy!.By);
    }

    [Fact]
    public void Confirm_RestoredStateByThePersonWhoEnteredIt_IsRefusedAsTheOriginal()
    {
        var scenarios = new StoredStateScenarios();

        var result = AssertSameOutcome(scenarios.UnderReview(), _ => new ConfirmOrder(LifecycleScenario.Promised), new Actor("SALES.LI", Role.HeadOfOrderConfirmation), Later(scenarios));

        Assert.Equal(RefusalReason.SeparationOfDuties, result.Refusal!.Reason);
    }

    [Fact]
    public void ApplyChange_RestoredConfirmedState_GivesTheSameRevisionAsTheOriginal()
    {
        var scenarios = new StoredStateScenarios();
        ApplyChange PriceCut(OrderState state) => new(scenarios.Evaluate(state, StoredStateScenarios.PriceCut), [new ChangeApproval(Department.Finance, "fin.zhao")]);

        var result = AssertSameOutcome(scenarios.Confirmed(), PriceCut, LifecycleScenario.Head, Later(scenarios));

        Assert.Equal(2, result.State!.Revision);
    }

    [Fact]
    public void ApplyChange_RestoredStateChangedOnce_GivesTheSameSecondRevisionAsTheOriginal()
    {
        var scenarios = new StoredStateScenarios();
        ApplyChange LaterDelivery(OrderState state) => new(scenarios.Evaluate(state, StoredStateScenarios.LaterDelivery));

        var result = AssertSameOutcome(scenarios.ChangedOnce(), LaterDelivery, LifecycleScenario.Head, Later(scenarios));

        Assert.Equal((3, (LocalDate?)new LocalDate(2026, 12, 22)), (result.State!.Revision, result.State.PromisedDeliveryDate));
    }

    [Fact]
    public void ApplyChange_RestoredStateWithoutTheApproval_IsRefusedAsTheOriginal()
    {
        var scenarios = new StoredStateScenarios();

        var result = AssertSameOutcome(scenarios.Confirmed(), state => new ApplyChange(scenarios.Evaluate(state, StoredStateScenarios.PriceCut)), LifecycleScenario.Head, Later(scenarios));

        Assert.Contains("needs the approval of Finance", result.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportDelivered_RestoredStatePartlyShipped_IsRefusedAsTheOriginal()
    {
        var scenarios = new StoredStateScenarios();

        var result = AssertSameOutcome(scenarios.InExecutionChangedTwice(), _ => new ReportProgress(ProgressReport.Delivered()), LifecycleScenario.Executor, Later(scenarios));

        Assert.Contains("not every line has shipped in full", result.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportShipment_RestoredStatePartlyShipped_AddsToWhatWasShippedAsTheOriginal()
    {
        var scenarios = new StoredStateScenarios();

        var result = AssertSameOutcome(scenarios.InExecutionChangedTwice(), _ => new ReportProgress(ProgressReport.Shipped([new LineShipment(2, 3.25m)])), LifecycleScenario.Executor, Later(scenarios));

        Assert.Equal(5.50m, result.State!.Shipped[2]);
    }

    [Fact]
    public void RecordCustomerReply_RestoredStateAskedAgain_ClosesTheSecondWaitAsTheOriginal()
    {
        var scenarios = new StoredStateScenarios();

        var result = AssertSameOutcome(scenarios.AskedAgain(), state => new RecordCustomerReply("Yes, Saturdays too.", scenarios.Ready(state.Order)), LifecycleScenario.Sales, Later(scenarios));

        Assert.Equal(2, result.State!.CustomerWaits.Count);
    }

    [Property(MaxTest = 200)]
    public Property AnyCommand_OnARestoredStoryState_GivesTheSameOutcomeAsOnTheOriginal() =>
        Prop.ForAll(
            (from state in LifecycleStories.States
             from kind in SyntheticStates.Enum<LifecycleCommandKind>()
             from minutes in Gen.Choose(0, 10_000)
             select (state, kind, minutes)).ToArbitrary(),
            run =>
            {
                var (state, kind, minutes) = run;
                var at = LifecycleScenario.Friday10 + Duration.FromMinutes(minutes + (60 * 24 * 7));
                AssertSameOutcome(state, _ => LifecycleCommands.Of(kind), LifecycleCommands.PermittedFor(kind), at);
            });
}
