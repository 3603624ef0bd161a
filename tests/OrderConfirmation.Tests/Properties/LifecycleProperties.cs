using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;
using OrderConfirmation.Tests.Lifecycle;

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
        (OrderStatus.UnderReview, OrderStatus.UnderReview), // reviewed again
        (OrderStatus.OnHold, OrderStatus.OnHold), // reviewed again: Finance's hold stays
        (OrderStatus.Confirmed, OrderStatus.OnHold), // Finance holds a confirmed order before execution
        (OrderStatus.OnHold, OrderStatus.Confirmed),
        (OrderStatus.InExecution, OrderStatus.Cancelled), // cancelled in execution (article 4.4)
        (OrderStatus.UnderReview, OrderStatus.Confirmed),
        (OrderStatus.Confirmed, OrderStatus.Confirmed),
        (OrderStatus.Confirmed, OrderStatus.InExecution),
        (OrderStatus.InExecution, OrderStatus.InExecution),
        (OrderStatus.InExecution, OrderStatus.Completed),
        .. Enum.GetValues<OrderStatus>().Select(s => (s, s)), // a communication is recorded in any status and keeps it
        .. new[] { OrderStatus.Draft, OrderStatus.Submitted, OrderStatus.UnderReview, OrderStatus.AwaitingCustomer, OrderStatus.OnHold, OrderStatus.Confirmed }.Select(s => (s, OrderStatus.Cancelled)),
        .. new[] { OrderStatus.UnderReview, OrderStatus.AwaitingCustomer, OrderStatus.OnHold }.Select(s => (s, OrderStatus.Rejected)),
    ];

    /// <summary>
    /// The decisions commands carry: mostly the default rules' (ready, clarification, credit hold, failed preliminary
    /// review, credit and technical problems at once), and hand-made awkward ones: a Finance rejection and a Finance
    /// evaluation error (neither is a credit hold a release covers), a decision for another order, one that skipped
    /// the preliminary review.
    /// </summary>
    private static readonly ReviewDecision[] Decisions =
    [
        LifecycleScenario.Ready,
        LifecycleScenario.Ready,
        LifecycleScenario.NeedsClarification,
        LifecycleScenario.CreditHold,
        LifecycleScenario.CreditHold,
        LifecycleScenario.PreliminaryFails,
        DefaultRules.Review(new FactsBuilder().WithCredit(null).WithCapabilities("SLA-99.9")),
        HandMadeDecisions.Decision(HandMadeDecisions.Finding("CustomerNotBlocked", ReviewStage.CreditAssessment, Department.Finance, ReviewOutcome.Rejected)),
        HandMadeDecisions.Decision(HandMadeDecisions.Finding("WithinCreditLimit", ReviewStage.CreditAssessment, Department.Finance, ReviewOutcome.OnHold, kind: FindingKind.EvaluationError)),
        HandMadeDecisions.ReadyFor("SO-2"),
        HandMadeDecisions.Decision([ReviewStage.CreditAssessment, ReviewStage.TechnicalFeasibility, ReviewStage.SupplyCapability]),
    ];

    private static readonly Actor[] Actors =
    [
        .. Enum.GetValues<Role>().Select(LifecycleCommands.ActingAs),
        new Actor("sales.li", Role.HeadOfOrderConfirmation), // entered the order: may never confirm it
        new Actor("SALES.LI", Role.HeadOfOrderConfirmation), // the same person, whatever the case of the id
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
        LifecycleCommandKind.RecordCommunication => Communication(variant, state),
        _ => LifecycleCommands.Of(kind),
    };

    /// <summary>A communication in either direction, answering none, an open notification, one already answered or one the order does not have; now and then said to occur in the future.</summary>
    private static RecordCommunication Communication(int variant, OrderState? state)
    {
        var notifications = state?.Notifications ?? [];
        string[] answers = (variant % 5) switch
        {
            0 or 1 when notifications.FirstOrDefault(n => n.IsOpen) is { } open => [open.Id],
            2 when notifications.Count > 0 => [notifications[variant % notifications.Count].Id],
            3 => [$"N{notifications.Count + 1}"],
            _ => [],
        };
        var direction = variant % 7 == 0 ? CommunicationDirection.Inbound : CommunicationDirection.Outbound;
        var occurredAt = LifecycleScenario.Friday10 + Duration.FromDays(variant % 13 == 0 ? 400 : 0);
        return new RecordCommunication((CommunicationChannel)(variant % 5), direction, "Customer: Zhang Wei", "summary", occurredAt, answers);
    }

    /// <summary>
    /// The communication records' invariants, whatever the interleaving with other commands: communications are C1..Cn and
    /// notifications N1..Nm in order; each answered notification names an earlier-or-same outbound communication that lists it,
    /// and every id a communication answers is a notification it answered.
    /// </summary>
    private static string? CommunicationViolation(OrderState after)
    {
        if (!after.Communications.Select(c => c.Id).SequenceEqual(Enumerable.Range(1, after.Communications.Count).Select(i => $"C{i}")))
        {
            return $"communication ids {string.Join(",", after.Communications.Select(c => c.Id))}";
        }

        if (!after.Notifications.Select(n => n.Id).SequenceEqual(Enumerable.Range(1, after.Notifications.Count).Select(i => $"N{i}")))
        {
            return $"notification ids {string.Join(",", after.Notifications.Select(n => n.Id))}";
        }

        var answered = after.Notifications.Where(n => !n.IsOpen).ToArray();
        var claimed = after.Communications.SelectMany(c => c.Answers.Select(a => (Notification: a, Communication: c.Id))).ToArray();
        return answered.Length == claimed.Length
            && answered.All(n => claimed.Contains((n.Id, n.AnsweredBy!)) && after.Communications.Single(c => c.Id == n.AnsweredBy).Direction == CommunicationDirection.Outbound)
            ? null
            : "answered notifications and communications disagree";
    }

    /// <summary>Often exactly the rest of a line, so that orders ship in full; sometimes one unit more than the rest, or a line not on the order; otherwise a few units.</summary>
    private static LineShipment Shipment(int variant, OrderState? state)
    {
        var lines = state?.Order.Lines ?? LifecycleScenario.Order.Lines;
        var line = lines[variant % lines.Count];
        var rest = (line.Quantity ?? 0m) - (state?.Shipped.GetValueOrDefault(line.LineNo) ?? 0m);
        return (variant % 11) switch
        {
            1 => new LineShipment(line.LineNo, rest + 1m),
            2 => new LineShipment(lines.Max(l => l.LineNo) + 1, 1m),
            _ => new LineShipment(line.LineNo, variant % 3 == 0 && rest > 0 ? rest : (variant % 7) + 1),
        };
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

    /// <summary>A blocking finding Finance's release may cover (README: "held only by Finance findings and released by Finance since").</summary>
    private static bool IsCreditHold(ReviewFinding finding) =>
        finding.Department == Department.Finance && finding.Outcome == ReviewOutcome.OnHold && finding.Kind == FindingKind.RuleFailed;

    private static string? Violation(TransitionResult result)
    {
        if (!result.IsAccepted)
        {
            return ReferenceEquals(result.State, result.Before) && result.Events.Count == 0 ? null : "a refusal changed the state";
        }

        var after = result.State!;
        if (CommunicationViolation(after) is { } communication)
        {
            return communication;
        }

        var from = result.Before?.Status ?? OrderStatus.Draft;
        if (result.Command is CompleteTask or EscalateTask)
        {
            if (from != after.Status)
            {
                return $"{result.Command.Kind} moved {from} → {after.Status}: a department task command leaves the status as it is";
            }
        }
        else if (!AllowedMoves.Contains((from, after.Status)))
        {
            return $"{result.Command.Kind} moved {from} → {after.Status}";
        }

        if (!LifecyclePolicy.DefaultPermissions[result.Command.Kind].Contains(result.Actor.Role))
        {
            return $"{result.Actor} gave {result.Command.Kind}";
        }

        if (after.LatestReview is { } latest && latest.OrderId != after.OrderId)
        {
            return $"order {after.OrderId} relies on a decision for {latest.OrderId}";
        }

        if (result.Command is SubmitOrder submit
            && (!submit.Review.StagesRun.Contains(ReviewStage.PreliminaryReview) || submit.Review.Findings.Any(f => f.Stage == ReviewStage.PreliminaryReview && f.Severity == FindingSeverity.Error)))
        {
            return "submitted without a passed preliminary review";
        }

        if (after.Status is OrderStatus.Confirmed or OrderStatus.InExecution or OrderStatus.Completed
            && (after.Confirmation is not { } record || record.Role != Role.HeadOfOrderConfirmation || string.Equals(record.ConfirmedBy, after.EnteredBy, StringComparison.OrdinalIgnoreCase)))
        {
            return $"{after.Status} without a confirmation by a head other than the person who entered it";
        }

        if (after.Tasks.Where(t => t.IsOpen).GroupBy(t => (t.Department, t.Action)).Any(g => g.Count() > 1))
        {
            return "two open tasks for one department and action";
        }

        if (result.Command is ConfirmOrder)
        {
            if (result.Before!.Tasks.Any(t => t.IsOpen && t.BlocksConfirmation))
            {
                return "confirmed while a task that blocks confirmation was open";
            }

            var confirmation = after.Confirmation!;
            var errors = confirmation.Decision.Findings.Where(f => f.Severity == FindingSeverity.Error).ToArray();
            if (errors.Length > 0 && (confirmation.HoldReleasedBy is null || !errors.All(IsCreditHold)))
            {
                return "confirmed on a decision with problems a Finance release does not cover";
            }

            if (result.At - confirmation.Decision.EvaluatedAt > Duration.FromHours(24))
            {
                return "confirmed on a decision older than 24 hours";
            }

            if (confirmation.Decision.OrderDigest is { } digest && digest != DefaultRules.Review(new FactsBuilder().WithOrder(after.Order)).OrderDigest)
            {
                return "confirmed on a decision that judged other content";
            }

            if (confirmation.PromisedDeliveryDate < result.At.InZone(FactsBuilder.Shanghai).Date)
            {
                return "confirmed with a delivery promised in the past";
            }
        }

        if ((after.Status == OrderStatus.AwaitingCustomer) != (after.Clarification is not null)
            || after.Clarification is { } open && open.Deadline <= open.AskedAt)
        {
            return $"{after.Status} with clarification {after.Clarification}";
        }

        if ((after.Status == OrderStatus.OnHold) != (after.Hold is not null) || after.Hold is { Role: not Role.FinanceOfficer })
        {
            return $"{after.Status} with hold {after.Hold}";
        }

        if (after.Order.Lines.Any(l => after.Shipped.GetValueOrDefault(l.LineNo) > l.Quantity))
        {
            return "shipped more than ordered";
        }

        if (after.DeliveredAt is not null && after.Order.Lines.Any(l => after.Shipped.GetValueOrDefault(l.LineNo) < l.Quantity))
        {
            return "delivered before every line shipped in full";
        }

        if (after.RemainderCancellation is { } cancelled && !cancelled.Remainder.All(r => after.Order.Lines.Any(l => l.LineNo == r.Key && l.Quantity - after.Shipped.GetValueOrDefault(l.LineNo) == r.Value)))
        {
            return "a cancelled remainder other than what had not shipped";
        }

        return after.Status == OrderStatus.Completed && after.DeliveredAt is null && after.RemainderCancellation is null ? "completed without delivery or a short-close" : null;
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
            var gaps = AuditCompleteness.Check(entries);
            return (entries.Count(e => e.Kind == nameof(AuditEntryKind.CommandAccepted)) == accepted
                    && entries.Count(e => e.Kind == nameof(AuditEntryKind.CommandRefused)) == refused
                    && verification.IsIntact
                    && gaps.Count == 0)
                .Label($"accepted {accepted}, refused {refused}, log {entries.Count}, intact {verification.IsIntact} {verification.Problem}, gaps {string.Join("; ", gaps.Select(g => g.Problem))}")
                .Classify(statuses.Contains(OrderStatus.Completed), "reached Completed")
                .Classify(statuses.Contains(OrderStatus.Confirmed), "reached Confirmed");
        });
}
