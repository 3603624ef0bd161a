// The code between each pair of markers is quoted verbatim in README.md ("Order lifecycle", "Change requests",
// "Audit trail"); ReadmeExampleTests fails when they drift apart, so the README's examples always compile and run.
#pragma warning disable CA1050 // The README example is a top-level class, as a host would write it.
using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Calendars;
using OrderConfirmation.Changes;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Stages;

public static class ReadmeLifecycleExample
{
    public static (OrderState State, TransitionResult Refused, ChangeEvaluation Change, AuditVerification Verification, IReadOnlyList<AuditGap> Gaps) Run(Order order, ReviewFacts facts, string auditPath)
    {
        // readme-lifecycle-begin
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 27, 2, 0));                  // your IClock; Friday 10:00 in Shanghai
        var policy = new LifecyclePolicy(WorkingCalendar.Standard(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]));
        using var audit = JsonLinesAuditLog.Open(auditPath);                              // or new InMemoryAuditLog()
        var lifecycle = new OrderLifecycle(new OrderStateMachine(policy), audit, clock);
        var rules = RuleSetLoader.LoadDefaults();
        var decision = ReviewEvaluator.Evaluate(rules, facts);

        var sales = new Actor("sales.li", Role.SalesRep);
        var officer = new Actor("conf.wang", Role.ConfirmationOfficer);
        var state = lifecycle.Execute(null, new EnterOrder(order), sales).State;            // Draft
        state = lifecycle.Execute(state, new SubmitOrder(decision), sales).State;          // Submitted: preliminary review passed
        state = lifecycle.Execute(state, new StartReview(decision), officer).State;        // UnderReview

        // Only the head of Order Confirmation confirms, never the person who entered the order;
        // a refusal changes nothing, explains itself and is audited too.
        var refused = lifecycle.Execute(state, new ConfirmOrder(new LocalDate(2026, 12, 15)), sales);
        // refused.Refusal!.Reason == RefusalReason.RoleNotPermitted
        var head = new Actor("head.chen", Role.HeadOfOrderConfirmation);
        state = lifecycle.Execute(state, new ConfirmOrder(new LocalDate(2026, 12, 15)), head).State!;
        // state.Confirmation: who, role, when, rule-set version, the decision relied on, the promised date
        // readme-lifecycle-end

        // readme-change-begin
        var change = new ChangeRequest("CR-7", clock.GetCurrentInstant(), "sales.li", "customer needs two more hosts",
            [LineChange.Modify(lineNo: 1, quantity: 12m)]);
        var evaluation = ChangeEvaluator.Evaluate(rules, state.ToSnapshot(), change, facts);
        // evaluation.Eligible, .RequiredApprovals, .Review (the changed order's re-review),
        // .Impact.ChangedFields / NewFindings / ResolvedFindings / Notify, .Reasons when not feasible
        if (evaluation.Feasible)
        {
            state = lifecycle.Execute(state, new ApplyChange(evaluation), officer).State!;   // revision 2
        }
        // readme-change-end

        // readme-audit-begin
        var verification = AuditChain.VerifyFile(auditPath);
        // verification.IsIntact; otherwise FirstBadSequence, FirstBadLine and Problem name the first
        // altered, removed or reordered entry
        var gaps = AuditCompleteness.Check(audit.Entries);
        // empty: every confirmation has its review decision and record, every revision its change request
        var byHead = AuditQueries.ByActor(audit.Entries, "head.chen");
        // readme-audit-end

        return (state, refused, evaluation, verification, gaps);
    }
}
