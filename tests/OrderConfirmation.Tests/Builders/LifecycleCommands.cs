using OrderConfirmation.Changes;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Tests.Builders;

/// <summary>One well-formed command of each kind, and a person in each role, for table-driven lifecycle tests.</summary>
public static class LifecycleCommands
{
    public static readonly ChangeEvaluation FeasibleChange =
        new ChangeScenario().Evaluate(ChangeScenario.Change(LineChange.Modify(1, quantity: 12m)));

    public static IEnumerable<LifecycleCommandKind> Kinds => Enum.GetValues<LifecycleCommandKind>();

    public static LifecycleCommand Of(LifecycleCommandKind kind) => kind switch
    {
        LifecycleCommandKind.Enter => new EnterOrder(LifecycleScenario.Order),
        LifecycleCommandKind.EditDraft => new EditDraft(LifecycleScenario.Order),
        LifecycleCommandKind.Submit => new SubmitOrder(LifecycleScenario.Ready),
        LifecycleCommandKind.StartReview => new StartReview(LifecycleScenario.Ready),
        LifecycleCommandKind.RequestClarification => new RequestClarification("Please confirm the delivery address."),
        LifecycleCommandKind.RecordCustomerReply => new RecordCustomerReply("Address confirmed.", LifecycleScenario.Ready),
        LifecycleCommandKind.PlaceHold => new PlaceHold("Credit check pending."),
        LifecycleCommandKind.ReleaseHold => new ReleaseHold("Prepayment received."),
        LifecycleCommandKind.Confirm => new ConfirmOrder(LifecycleScenario.Promised),
        LifecycleCommandKind.StartExecution => new StartExecution(),
        LifecycleCommandKind.ReportProgress => new ReportProgress(ProgressReport.Milestone("Hosts racked.")),
        LifecycleCommandKind.Complete => new CompleteOrder(),
        LifecycleCommandKind.Cancel => new CancelOrder("Customer withdrew."),
        LifecycleCommandKind.Reject => new RejectOrder("Customer blocked."),
        LifecycleCommandKind.ApplyChange => new ApplyChange(FeasibleChange),
        LifecycleCommandKind.ReviewAgain => new ReviewAgain(LifecycleScenario.Ready),
        LifecycleCommandKind.RescheduleDelivery => new RescheduleDelivery(LifecycleScenario.Promised.PlusDays(7), ExecutionExceptionReason.Delay, "Ms Wang agreed by phone."),
        LifecycleCommandKind.CancelExecution => new CancelExecution(ExecutionExceptionReason.ForceMajeure, "Flood at the site; customer agreed."),
        LifecycleCommandKind.ShortClose => new ShortCloseOrder(ExecutionExceptionReason.CustomerRequest, "Customer needs no more."),
        LifecycleCommandKind.RecordCommunication => new RecordCommunication(CommunicationChannel.Phone, CommunicationDirection.Inbound, "Customer: Zhang Wei", "Asked when the hosts ship.", LifecycleScenario.Friday10 - NodaTime.Duration.FromHours(1)),
        LifecycleCommandKind.CompleteTask => new CompleteTask("T1", "Solution proposed."),
        LifecycleCommandKind.EscalateTask => new EscalateTask("T1"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static Actor ActingAs(Role role) => role switch
    {
        Role.SalesRep => LifecycleScenario.Sales,
        Role.ConfirmationOfficer => LifecycleScenario.Officer,
        Role.FinanceOfficer => LifecycleScenario.Finance,
        Role.HeadOfOrderConfirmation => LifecycleScenario.Head,
        Role.ExecutionOfficer => LifecycleScenario.Executor,
        Role.Auditor => LifecycleScenario.Auditor,
        Role.TechnicalEngineer => new Actor("tech.ma", Role.TechnicalEngineer),
        Role.ProductPlanner => new Actor("prod.he", Role.ProductPlanner),
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>A person whose role may give the command by default.</summary>
    public static Actor PermittedFor(LifecycleCommandKind kind) =>
        ActingAs(LifecyclePolicy.DefaultPermissions[kind].Order().First());
}
