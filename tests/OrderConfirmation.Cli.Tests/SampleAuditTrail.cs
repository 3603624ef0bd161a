using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Calendars;
using OrderConfirmation.Changes;
using OrderConfirmation.Formats;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Supervision;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Cli.Tests;

/// <summary>
/// Writes <c>samples/audit/trail.jsonl</c>: the audit trail that <see cref="OrderLifecycle"/> and
/// <see cref="JsonLinesAuditLog"/> make for three sample orders (<c>samples/requests/01</c>–<c>03</c>) entered,
/// submitted, reviewed and confirmed on Friday 20 November 2026, then changed and the change applied on Tuesday 24
/// November, with the shipped rules and a fixed clock, so the same library always writes the same bytes.
/// One confirmation attempt by the wrong role is refused and audited too. SO-1001 is clarified with the customer through
/// two communication records, then put into execution on Wednesday 25 November, rescheduled, and the customer told
/// (notification N1 answered); on Friday 27 November the auditor reads SO-1002 (the read log) and records a supervision
/// check of the sample drawn with seed <c>2026-W47</c> from the week's confirmations. <see cref="SampleAuditTrailTests"/> checks that
/// the committed file is what this writes, and rewrites it when <c>ORDERCONFIRM_WRITE_SAMPLES=1</c>.
/// </summary>
internal static class SampleAuditTrail
{
    private static readonly string[] Requests = ["01-ready-to-confirm.json", "02-overdue-within-grace-warning.json", "03-prepaid-stock-replenished-in-time.json"];
    private static readonly Actor Officer = new("conf.wang", Role.ConfirmationOfficer);
    private static readonly Actor Head = new("head.chen", Role.HeadOfOrderConfirmation);
    private static readonly Actor Executor = new("exec.liu", Role.ExecutionOfficer);
    private static readonly Actor Auditor = new("audit.sun", Role.Auditor);

    /// <summary>Writes the trail to a new file and returns its head.</summary>
    public static AuditHead Write(string path)
    {
        var rules = DefaultRules.RuleSet;
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 20, 2, 30)); // Friday 10:30 in Shanghai
        var policy = new LifecyclePolicy(WorkingCalendar.Standard(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]));
        using var audit = JsonLinesAuditLog.Open(path);
        var lifecycle = new OrderLifecycle(new OrderStateMachine(policy), audit, clock);
        var orders = Requests.Select(file => ReviewRequestReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "samples", "requests", file))).ToArray();
        var states = new OrderState[orders.Length];
        var decisions = orders.Select(facts => ReviewEvaluator.Evaluate(rules, facts)).ToArray();

        void Step(int minutes, Func<int, (LifecycleCommand Command, Actor Actor)> command)
        {
            for (var i = 0; i < orders.Length; i++)
            {
                var (next, actor) = command(i);
                var result = lifecycle.Execute(states[i], next, actor);
                states[i] = result.State ?? throw new InvalidOperationException($"{orders[i].Order.OrderId}: {next.GetType().Name} was refused: {result.Refusal?.Message}");
                clock.AdvanceMinutes(minutes);
            }
        }

        Step(5, i => (new EnterOrder(orders[i].Order), SalesRep(orders[i])));
        Step(5, i => (new SubmitOrder(decisions[i]), SalesRep(orders[i])));
        clock.AdvanceMinutes(30);
        Step(20, i => (new StartReview(decisions[i]), Officer));

        // SO-1001: the officer asks the customer by e-mail and Sales takes the reply by phone; each is a communication
        // record that the clarification and the reply name (articles 4.2 and 6.1).
        var contact = $"Customer: {orders[0].Order.Customer.Contact.Person}";
        Do(0, new RecordCommunication(CommunicationChannel.Email, CommunicationDirection.Outbound, contact, "Asked whether the hosts may ship in two batches.", clock.GetCurrentInstant()), Officer);
        Do(0, new RequestClarification("May the hosts ship in two batches?") { CommunicationId = "C1" }, Officer);
        clock.AdvanceMinutes(25);
        Do(0, new RecordCommunication(CommunicationChannel.Phone, CommunicationDirection.Inbound, contact, "Two batches are fine; the first with the switches.", clock.GetCurrentInstant()), SalesRep(orders[0]));
        Do(0, new RecordCustomerReply("Two batches are fine.", decisions[0]) { CommunicationId = "C2" }, SalesRep(orders[0]));

        // The officer may not confirm (article 4.2: the head of Order Confirmation does); the refusal is audited.
        var refused = lifecycle.Execute(states[1], new ConfirmOrder(orders[1].Order.RequestedDeliveryDate!.Value), Officer);
        if (refused.IsAccepted)
        {
            throw new InvalidOperationException("the officer's confirmation should have been refused");
        }

        clock.AdvanceMinutes(10);
        Step(15, i => (new ConfirmOrder(orders[i].Order.RequestedDeliveryDate!.Value), Head));

        clock.Reset(Instant.FromUtc(2026, 11, 24, 1, 30)); // Tuesday 09:30
        var changes = new[]
        {
            new ChangeRequest("CR-7", clock.GetCurrentInstant(), "sales.li", "customer needs two more hosts", [LineChange.Modify(lineNo: 1, quantity: 12m)]),
            new ChangeRequest("CR-21", clock.GetCurrentInstant(), "sales.zhou", "data centre ready a week later", []) { RequestedDeliveryDate = new LocalDate(2026, 12, 15) },
            new ChangeRequest("CR-31", clock.GetCurrentInstant(), "sales.huang", "two warehouse sites postponed", [LineChange.Modify(lineNo: 1, quantity: 4m), LineChange.Modify(lineNo: 2, quantity: 4m)]),
        };
        Step(10, i =>
        {
            var facts = orders[i];
            var now = new ReviewFacts(facts.Order, facts.Credit, facts.Supply, facts.Capabilities, clock.GetCurrentInstant(), facts.TimeZone);
            return (new ApplyChange(ChangeEvaluator.Evaluate(rules, states[i].ToSnapshot(), changes[i], now)), Officer);
        });

        // SO-1001 in execution: the delivery moves a week, the customer must be told (notification N1), and Sales tells
        // them by phone (article 4.4).
        clock.Reset(Instant.FromUtc(2026, 11, 25, 1, 0)); // Wednesday 09:00
        Do(0, new StartExecution(), Executor);
        var moved = states[0].PromisedDeliveryDate!.Value.PlusDays(7);
        Do(0, new RescheduleDelivery(moved, ExecutionExceptionReason.Delay, "supplier's switches a week late; agreed with the customer's IT lead"), Head);
        clock.AdvanceMinutes(40);
        Do(0, new RecordCommunication(CommunicationChannel.Phone, CommunicationDirection.Outbound, contact, $"Told of the new delivery date {moved:yyyy-MM-dd}; accepted.", clock.GetCurrentInstant(), answers: ["N1"]), SalesRep(orders[0]));

        // The supervision group reads an order (the read log) and records a check of the week's confirmations (article 6.1).
        clock.Reset(Instant.FromUtc(2026, 11, 27, 6, 0)); // Friday 14:00
        new OrderReadLog(policy, audit, clock).ReadAsync(states[1], Auditor).AsTask().GetAwaiter().GetResult();
        clock.AdvanceMinutes(30);
        var week = new LocalDate(2026, 11, 20);
        var sample = SupervisionSample.Draw(audit.Entries, week, week.PlusDays(6), 2, "2026-W47", policy.Calendar.Zone);
        var checklists = SupervisionChecklist.For(SupervisionTrail.Of(audit.Entries), sample, policy);
        new SupervisionRecorder(audit, clock).Record(new SupervisionCheck(sample, checklists), Auditor);
        return audit.Head;

        void Do(int i, LifecycleCommand command, Actor actor)
        {
            var result = lifecycle.Execute(states[i], command, actor);
            states[i] = result.State ?? throw new InvalidOperationException($"{orders[i].Order.OrderId}: {command.GetType().Name} was refused: {result.Refusal?.Message}");
            clock.AdvanceMinutes(5);
        }
    }

    private static Actor SalesRep(ReviewFacts facts) => new(facts.Order.EnteredBy!, Role.SalesRep);
}
