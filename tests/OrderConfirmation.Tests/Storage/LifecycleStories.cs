using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrderConfirmation.Changes;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Storage;

/// <summary>
/// Order states made by the real state machine with the default rules: an order entered (and edited), submitted and
/// reviewed, then straight on, through a clarification with the customer, or through a credit hold Finance releases;
/// confirmed, changed (a price cut Finance approves), executed with a milestone, shipments and an issue, changed again
/// (date, address, special requirements, a line's description), rescheduled, delivered and completed. A story stops after
/// any step, sometimes with a cancellation (in execution too), a rejection or a short-close, so states of every status come out.
/// </summary>
public static class LifecycleStories
{
    public enum Route
    {
        Straight,
        Clarification,
        CreditHold,
    }

    public enum Ending
    {
        Stop,
        Cancel,
        Reject,
        ShortClose,
    }

    private static readonly DateTimeZone Zone = FactsBuilder.Shanghai;

    /// <summary>A customer over a limit of 1.00 with 500.50 overdue for 45 days: Finance holds an order on credit.</summary>
    private static readonly CreditProfile OverLimit = new(1.00m, 20_000.00m, 0m, 500.50m, 45, 0, blocked: false);

    public static Gen<OrderState> States =>
        from facts in ReviewArbitraries.ReadyFacts
        from order in Enriched(facts.Order)
        from route in SyntheticStates.Enum<Route>()
        from steps in Gen.Choose(1, 20)
        from ending in Gen.Elements(Ending.Stop, Ending.Stop, Ending.Cancel, Ending.Reject, Ending.ShortClose)
        from minutes in Gen.ArrayOf(Gen.Choose(1, 600), 24)
        from texts in Gen.ArrayOf(SyntheticStates.NonBlankText, 24)
        from issue in SyntheticStates.Enum<ExecutionIssueKind>()
        from overLimit in Gen.Elements(true, false)
        select Tell(new Plan(facts.ForOrder(order), route, steps, ending, minutes, texts, issue, overLimit));

    /// <param name="OverLimit">On the credit-hold route, whether the customer is over the limit and overdue (else unknown to Finance).</param>
    public sealed record Plan(ReviewFacts Facts, Route Route, int Steps, Ending Ending, int[] Minutes, string[] Texts, ExecutionIssueKind Issue, bool OverLimit);

    /// <summary>Plays the story up to its last step and returns the state reached.</summary>
    public static OrderState Tell(Plan plan)
    {
        var story = new Story(plan);
        story.Play();
        return story.State!;
    }

    private static Gen<Order> Enriched(Order order) =>
        from description in SyntheticStates.Text.OrNull()
        from special in SyntheticStates.Text.OrNull()
        from address in Gen.Elements(true, false)
        from days in Gen.Choose(10, 60)
        select order with
        {
            Lines = [.. order.Lines.Select(l => l with { Description = description })],
            SpecialRequirements = special,
            RequestedDeliveryAddress = address ? new PostalAddress("88 Dock Rd", "Shanghai", "200000", "CN") : null,
            RequestedDeliveryDate = LifecycleScenario.Friday10.InZone(Zone).Date.PlusDays(days),
        };

    private sealed class Story(Plan plan)
    {
        // Decisions are made as the story goes; the hold route takes up to three steps of up to ten hours before confirming.
        private readonly OrderStateMachine _machine = new(new LifecycleScenario().Policy with { MaxDecisionAge = Duration.FromDays(2) });
        private Instant _at = LifecycleScenario.Friday10;
        private int _done;

        public OrderState? State { get; private set; }

        private LocalDate Today => _at.InZone(Zone).Date;

        public void Play()
        {
            var order = plan.Facts.Order;
            var reached = Do(new EnterOrder(order))
                && Do(new EditDraft(order with { SpecialRequirements = Text(0) }))
                && Do(new SubmitOrder(Review(State!.Order)))
                && Reviewed()
                && Do(new ConfirmOrder(Today.PlusDays(20)))
                && Do(PriceCut())
                && Do(new StartExecution())
                && Do(new ReportProgress(ProgressReport.Milestone(Text(1))))
                && Do(new ReportProgress(ProgressReport.Shipped([new LineShipment(State!.Order.Lines[0].LineNo, State.Order.Lines[0].Quantity!.Value)], Text(2))))
                && Do(new ReportProgress(ProgressReport.IssueRaised(plan.Issue, Text(3))))
                && Do(new RescheduleDelivery(State!.PromisedDeliveryDate!.Value.PlusDays(3), (ExecutionExceptionReason)((int)plan.Issue % 3), Text(14)))
                && Do(NewDateAndAddress())
                && (State!.Order.Lines.Count == 1 || Do(new ReportProgress(ProgressReport.Shipped([.. State.Order.Lines.Skip(1).Select(l => new LineShipment(l.LineNo, l.Quantity!.Value))]))))
                && Do(new ReportProgress(ProgressReport.Delivered(Text(4))))
                && Do(new CompleteOrder());
            if (!reached && plan.Ending != Ending.Stop && State is not null)
            {
                Apply(plan.Ending switch
                {
                    Ending.Cancel when State.Status == OrderStatus.InExecution => new CancelExecution(ExecutionExceptionReason.ForceMajeure, Text(5)),
                    Ending.Cancel => new CancelOrder(Text(5)),
                    Ending.ShortClose => new ShortCloseOrder(ExecutionExceptionReason.CustomerRequest, Text(5)),
                    _ => new RejectOrder(Text(5)),
                });
            }
        }

        private bool Reviewed() => plan.Route switch
        {
            Route.Clarification =>
                Do(new StartReview(DefaultRules.Review(new ReviewFacts(State!.Order, plan.Facts.Credit, plan.Facts.Supply, new HashSet<string>(), _at, Zone))))
                && Do(new RequestClarification(Text(6)))
                && Do(new RecordCustomerReply(Text(7), Review(State!.Order with { SpecialRequirements = Text(8) }), State.Order with { SpecialRequirements = Text(8) })),
            Route.CreditHold =>
                Do(new StartReview(DefaultRules.Review(new ReviewFacts(State!.Order, plan.OverLimit ? OverLimit : null, plan.Facts.Supply, plan.Facts.Capabilities, _at, Zone))))
                && Do(new PlaceHold(Text(9)))
                && Do(new ReleaseHold(Text(10))),
            _ => Do(new StartReview(Review(State!.Order))),
        };

        private ApplyChange PriceCut()
        {
            var line = State!.Order.Lines[0];
            var change = new ChangeRequest($"CR-{State.OrderId}-1", _at, LifecycleScenario.Sales.Id, Text(11), [LineChange.Modify(line.LineNo, unitPrice: line.UnitPrice / 2)]);
            return new ApplyChange(Evaluate(change), [new ChangeApproval(Department.Finance, LifecycleScenario.Finance.Id)]);
        }

        private ApplyChange NewDateAndAddress()
        {
            var line = State!.Order.Lines[0];
            var change = new ChangeRequest($"CR-{State.OrderId}-2", _at, LifecycleScenario.Sales.Id, null, [new LineChange(line.LineNo, description: Text(12))])
            {
                RequestedDeliveryDate = State.PromisedDeliveryDate!.Value.PlusDays(7),
                DeliveryAddress = new PostalAddress("9 Harbour Rd", "Ningbo", "315000", "CN"),
                SpecialRequirements = Text(13),
            };
            return new ApplyChange(Evaluate(change));
        }

        private ChangeEvaluation Evaluate(ChangeRequest change) =>
            ChangeEvaluator.Evaluate(DefaultRules.RuleSet, State!.ToSnapshot(), change, FactsNow(State.Order));

        private ReviewDecision Review(Order order) => DefaultRules.Review(FactsNow(order));

        private ReviewFacts FactsNow(Order order) => new(order, plan.Facts.Credit, plan.Facts.Supply, plan.Facts.Capabilities, _at, Zone);

        private string Text(int i) => plan.Texts[i % plan.Texts.Length];

        /// <summary>Gives the command if the story has steps left; whether it was given and accepted.</summary>
        private bool Do(LifecycleCommand command) => _done < plan.Steps && Apply(command);

        private bool Apply(LifecycleCommand command)
        {
            _at = _at.Plus(Duration.FromMinutes(plan.Minutes[_done % plan.Minutes.Length]));
            var result = _machine.Apply(State, command, LifecycleCommands.PermittedFor(command.Kind), _at);
            _done++;
            if (result.IsAccepted)
            {
                State = result.State;
            }

            return result.IsAccepted;
        }
    }
}
