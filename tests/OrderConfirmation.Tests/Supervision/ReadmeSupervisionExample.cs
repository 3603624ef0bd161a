using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Supervision;

namespace OrderConfirmation.Tests.Supervision;

/// <summary>The README's supervision example, compiled and run by <see cref="ReadmeSupervisionExampleTests"/>, which also checks that the README quotes it verbatim.</summary>
internal static class ReadmeSupervisionExample
{
    public static (IReadOnlyList<OrderChecklist> Checklists, SupervisionReceipt Recorded, IReadOnlyList<Rectification> Open, SupervisionReceipt Done) Run(IAuditLog audit, IClock clock, LifecyclePolicy policy)
    {
        // readme-supervision-begin
        var trail = SupervisionTrail.Of(audit.Entries);       // or SupervisionTrail.ReadFile("audit.jsonl")
        var sample = SupervisionSample.Draw(trail.Entries, new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30),
            size: 5, seed: "audit.sun 2026-12-01", policy.Calendar.Zone);
        var checklists = SupervisionChecklist.For(trail, sample, policy);
        // per order: OrderId, Passed, and Results (TrailIntact, OrderSheetComplete, …) each with Passed and Detail

        var auditor = new Actor("audit.sun", Role.Auditor);
        var supervision = new SupervisionRecorder(audit, clock);
        var recorded = supervision.Record(new SupervisionCheck(sample, checklists,
            [new SupervisionFinding("SO-1001", "delay notification N1 never sent")],
            [new RectificationRequest("SO-1001", "tell the customer of the delay", "conf.wang", new LocalDate(2026, 12, 8))]), auditor);
        // recorded.Id is "SC-1", recorded.RectificationIds ["SC-1/R1"]; another role is refused and writes nothing
        var open = SupervisionRecorder.OpenRectifications(audit.Entries);   // SC-1/R1, its owner and due date
        var done = supervision.CompleteRectification("SC-1/R1", "customer told by phone on 3 December", auditor);
        // completing it again, or an id no check asked for, is refused
        // readme-supervision-end
        return (checklists, recorded, open, done);
    }
}
