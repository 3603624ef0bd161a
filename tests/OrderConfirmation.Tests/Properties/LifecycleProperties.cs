using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Properties;

public sealed class LifecycleProperties
{
    /// <summary>Every (from, to) a command may move an order along; anything else is forbidden.</summary>
    private static readonly HashSet<(OrderStatus From, OrderStatus To)> AllowedMoves =
    [
        (OrderStatus.Draft, OrderStatus.Draft),
        (OrderStatus.Draft, OrderStatus.Submitted),
        (OrderStatus.Submitted, OrderStatus.UnderReview),
        (OrderStatus.UnderReview, OrderStatus.AwaitingCustomer),
        (OrderStatus.AwaitingCustomer, OrderStatus.UnderReview),
        (OrderStatus.UnderReview, OrderStatus.OnHold),
        (OrderStatus.OnHold, OrderStatus.UnderReview),
        (OrderStatus.UnderReview, OrderStatus.Confirmed),
        (OrderStatus.Confirmed, OrderStatus.Confirmed),
        (OrderStatus.Confirmed, OrderStatus.InExecution),
        (OrderStatus.InExecution, OrderStatus.InExecution),
        (OrderStatus.InExecution, OrderStatus.Completed),
        .. new[] { OrderStatus.Draft, OrderStatus.Submitted, OrderStatus.UnderReview, OrderStatus.AwaitingCustomer, OrderStatus.OnHold, OrderStatus.Confirmed }.Select(s => (s, OrderStatus.Cancelled)),
        .. new[] { OrderStatus.UnderReview, OrderStatus.AwaitingCustomer, OrderStatus.OnHold }.Select(s => (s, OrderStatus.Rejected)),
    ];

    private static readonly ReviewDecision[] Decisions = [LifecycleScenario.Ready, LifecycleScenario.Ready, LifecycleScenario.NeedsClarification, LifecycleScenario.CreditHold, LifecycleScenario.PreliminaryFails];

    private static readonly Actor[] Actors =
    [
        .. Enum.GetValues<Role>().Select(LifecycleCommands.ActingAs),
        new Actor("sales.li", Role.HeadOfOrderConfirmation), // entered the order: may never confirm it
    ];

    /// <summary>A step: half the time any command by anyone, otherwise a command the current status allows (rarely a cancellation or rejection, so that orders live long enough), by a permitted role.</summary>
    private sealed record Step(bool Guided, int Kind, int Actor, int Variant, int Minutes);

    private static readonly Gen<Step> Steps =
        from guided in Gen.Elements(true, false)
        from kind in Gen.Choose(0, 1000)
        from actor in Gen.Choose(0, 1000)
        from variant in Gen.Choose(0, 1000)
        from minutes in Gen.Choose(0, 24 * 60)
        select new Step(guided, kind, actor, variant, minutes);

    private static LifecycleCommand Command(LifecycleCommandKind kind, int variant, LocalDate today, OrderState? state) => kind switch
    {
        LifecycleCommandKind.Submit => new SubmitOrder(Decisions[variant % Decisions.Length]),
        LifecycleCommandKind.StartReview => new StartReview(Decisions[variant % Decisions.Length]),
        LifecycleCommandKind.RecordCustomerReply => new RecordCustomerReply("reply", Decisions[variant % Decisions.Length]),
        LifecycleCommandKind.Confirm => new ConfirmOrder(today.PlusDays((variant % 30) - 3)),
        LifecycleCommandKind.ReportProgress => new ReportProgress((variant % 4) switch
        {
            0 => ProgressReport.Milestone("milestone"),
            1 => ProgressReport.Shipped([Shipment(variant, state)]),
            2 => ProgressReport.Delivered(),
            _ => ProgressReport.IssueRaised((ExecutionIssueKind)(variant % 3), "issue"),
        }),
        _ => LifecycleCommands.Of(kind),
    };

    /// <summary>Often the rest of a line, so that orders ship in full; otherwise a few units.</summary>
    private static LineShipment Shipment(int variant, OrderState? state)
    {
        var lines = state?.Order.Lines ?? LifecycleScenario.Order.Lines;
        var line = lines[variant % lines.Count];
        var rest = (line.Quantity ?? 0m) - (state?.Shipped.GetValueOrDefault(line.LineNo) ?? 0m);
        return new LineShipment(line.LineNo, variant % 3 == 0 && rest > 0 ? rest : (variant % 7) + 1);
    }

    private static (LifecycleCommand Command, Actor Actor) Interpret(Step step, OrderState? state, LocalDate today)
    {
        var kinds = Enum.GetValues<LifecycleCommandKind>();
        if (!step.Guided)
        {
            return (Command(kinds[step.Kind % kinds.Length], step.Variant, today, state), Actors[step.Actor % Actors.Length]);
        }

        var possible = state is null
            ? [LifecycleCommandKind.Enter]
            : kinds.Where(k => k != LifecycleCommandKind.Enter && LifecycleCommands.Of(k).AllowedFrom.Contains(state.Status)
                && (step.Variant % 8 == 0 || k is not (LifecycleCommandKind.Cancel or LifecycleCommandKind.Reject))).ToArray();
        if (possible.Length == 0)
        {
            return (Command(kinds[step.Kind % kinds.Length], step.Variant, today, state), Actors[step.Actor % Actors.Length]);
        }

        var kind = possible[step.Kind % possible.Length];
        var roles = LifecyclePolicy.DefaultPermissions[kind].Order().ToArray();
        return (Command(kind, step.Variant, today, state), LifecycleCommands.ActingAs(roles[step.Actor % roles.Length]));
    }

    private static string? Violation(TransitionResult result)
    {
        if (!result.IsAccepted)
        {
            return ReferenceEquals(result.State, result.Before) && result.Events.Count == 0 ? null : "a refusal changed the state";
        }

        var after = result.State!;
        var from = result.Before?.Status ?? OrderStatus.Draft;
        if (!AllowedMoves.Contains((from, after.Status)))
        {
            return $"{result.Command.Kind} moved {from} → {after.Status}";
        }

        if (after.Status is OrderStatus.Confirmed or OrderStatus.InExecution or OrderStatus.Completed
            && (after.Confirmation is not { } record || record.Role != Role.HeadOfOrderConfirmation || string.Equals(record.ConfirmedBy, after.EnteredBy, StringComparison.OrdinalIgnoreCase)))
        {
            return $"{after.Status} without a confirmation by a head other than the person who entered it";
        }

        if (after.Status is OrderStatus.Confirmed or OrderStatus.InExecution or OrderStatus.Completed
            && after.Confirmation!.Decision.Outcome != ReviewOutcome.ReadyToConfirm && after.Confirmation.HoldReleasedBy is null)
        {
            return "confirmed on a decision that was not ready, without a Finance release";
        }

        return after.Order.Lines.Any(l => after.Shipped.GetValueOrDefault(l.LineNo) > l.Quantity) ? "shipped more than ordered" : null;
    }

    [Property(MaxTest = 300)]
    public Property RandomCommands_NeverReachAForbiddenState_AndAreAllAudited() =>
        Prop.ForAll(Gen.ListOf(Steps, 120).ToArbitrary(), steps =>
        {
            var clock = new FakeClock(LifecycleScenario.Friday10);
            var log = new InMemoryAuditLog();
            var lifecycle = new OrderLifecycle(new OrderStateMachine(new LifecycleScenario().Policy), log, clock);
            OrderState? state = null;
            int accepted = 0, refused = 0;
            var statuses = new HashSet<OrderStatus>();
            foreach (var step in steps)
            {
                clock.Advance(Duration.FromMinutes(step.Minutes));
                var (command, actor) = Interpret(step, state, clock.GetCurrentInstant().InZone(FactsBuilder.Shanghai).Date);
                var result = lifecycle.Execute(state, command, actor);
                if (Violation(result) is { } violation)
                {
                    return false.Label(violation);
                }

                _ = result.IsAccepted ? accepted++ : refused++;
                state = result.State;
                statuses.Add(state?.Status ?? OrderStatus.Draft);
            }

            var entries = log.Entries;
            var verification = AuditChain.Verify(entries);
            var gaps = AuditQueries.CheckCompleteness(entries);
            return (entries.Count(e => e.Kind == AuditEntryKind.CommandAccepted) == accepted
                    && entries.Count(e => e.Kind == AuditEntryKind.CommandRefused) == refused
                    && verification.IsIntact
                    && gaps.Count == 0)
                .Label($"accepted {accepted}, refused {refused}, log {entries.Count}, intact {verification.IsIntact} {verification.Problem}, gaps {string.Join("; ", gaps.Select(g => g.Problem))}")
                .Classify(statuses.Contains(OrderStatus.Completed), "reached Completed")
                .Classify(statuses.Contains(OrderStatus.Confirmed), "reached Confirmed");
        });
}
