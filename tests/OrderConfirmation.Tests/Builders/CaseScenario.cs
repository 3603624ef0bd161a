using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Cases;
using OrderConfirmation.Findings;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Tests.Builders;

/// <summary>
/// Cases for tests: a state machine over the standard calendar (Monday–Friday 09:00–12:00, 13:00–18:00, Asia/Shanghai),
/// receipts of each kind and shortcuts to every status. People are <see cref="LifecycleScenario"/>'s.
/// </summary>
public sealed class CaseScenario
{
    public const string ReporterText = "call me on 139-0000-1234 after 8pm, ask for Lin";

    public const string Customer = "Wang Fang, Acme Networks, wang.fang@acme.example";

    public CaseScenario(CasePolicy? policy = null)
    {
        Policy = policy ?? new CasePolicy(WorkingCalendar.Standard(FactsBuilder.Shanghai));
        Machine = new CaseStateMachine(Policy);
    }

    public CasePolicy Policy { get; }

    public CaseStateMachine Machine { get; }

    /// <summary>When commands are applied; Friday 2026-11-27 10:00 in Shanghai unless changed.</summary>
    public Instant At { get; set; } = LifecycleScenario.Friday10;

    public static ReceiveCase Receipt(CaseKind kind, string caseId = "C-1", string? orderId = "SO-1001") => kind switch
    {
        CaseKind.Report => new ReceiveCase(caseId, kind, CommunicationChannel.Letter, "Prices changed after confirmation", "The confirmed price was raised without a change request.", ReporterText, orderId),
        _ => new ReceiveCase(caseId, kind, CommunicationChannel.Phone, "Where is my order?", "The customer asks when SO-1001 will ship.", Customer, orderId),
    };

    /// <summary>Someone who may receive a case of the kind.</summary>
    public static Actor Receiver(CaseKind kind) => kind == CaseKind.Report ? LifecycleScenario.Sales : LifecycleScenario.Officer;

    /// <summary>Someone who may answer a case of the kind.</summary>
    public static Actor Answerer(CaseKind kind) => kind == CaseKind.Report ? LifecycleScenario.Auditor : LifecycleScenario.Officer;

    /// <summary>Someone who may close a case of the kind.</summary>
    public static Actor Closer(CaseKind kind) => kind switch
    {
        CaseKind.Query => LifecycleScenario.Officer,
        CaseKind.Complaint => LifecycleScenario.Head,
        _ => LifecycleScenario.Auditor,
    };

    public static AnswerCase Answer(CaseKind kind) => new("We have checked and corrected it.", kind == CaseKind.Query ? null : true);

    public CaseTransitionResult Apply(CaseState? state, CaseCommand command, Actor? actor) => Machine.Apply(state, command, actor, At);

    /// <summary>Applies a command that must be accepted.</summary>
    public CaseState Accept(CaseState? state, CaseCommand command, Actor? actor)
    {
        var result = Apply(state, command, actor);
        Assert.True(result.IsAccepted, result.Refusal?.Message);
        return result.State!;
    }

    public CaseState Received(CaseKind kind) => Accept(null, Receipt(kind), Receiver(kind));

    public CaseState Assigned(CaseKind kind) => Accept(Received(kind), new AssignCase(Department.OrderConfirmation, "conf.wang"), kind == CaseKind.Report ? LifecycleScenario.Auditor : LifecycleScenario.Officer);

    public CaseState Answered(CaseKind kind) => Accept(Received(kind), Answer(kind), Answerer(kind));

    public CaseState Closed(CaseKind kind) => Accept(Answered(kind), new CloseCase(), Closer(kind));

    /// <summary>A complaint with rectification 1 open, due in a week.</summary>
    public CaseState ComplaintUnderRectification() =>
        Accept(Received(CaseKind.Complaint), new AddRectification("conf.wang", At + Duration.FromDays(7), "Refund the overcharge"), LifecycleScenario.Auditor);
}
