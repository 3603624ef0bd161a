using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;
using static OrderConfirmation.Tests.Lifecycle.DepartmentTaskScenario;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>Completing and escalating department tasks, and confirmation while a task blocks it (issue 16, item 2).</summary>
public sealed class DepartmentTaskCommandTests
{
    /// <summary>Tuesday 1 December 10:00 in Shanghai: when a Technical task opened on Friday 27 November 10:00 is due (P2D).</summary>
    private static readonly Instant TechnicalDue = Instant.FromUtc(2026, 12, 1, 2, 0);

    private readonly LifecycleScenario _scenario = new();

    private OrderState TechnicalTaskOpen() => _scenario.UnderReviewAsking(ReviewAction.ProposeTechnicalSolution);

    [Fact]
    public void CompleteTask_ByTheDepartmentsRole_ClosesItWithTheResolution()
    {
        var result = _scenario.Apply(TechnicalTaskOpen(), new CompleteTask("T1", "Use the 48-port switch."), Engineer);

        var task = result.State!.Task("T1");
        Assert.Equal((Engineer.Id, Role.TechnicalEngineer, "Use the 48-port switch."), (task.Completion!.By, task.Completion.Role, task.Completion.Note));
        Assert.False(task.IsOpen);
        Assert.Equal(OrderStatus.UnderReview, result.State!.Status);
        var completed = Assert.Single(result.Events);
        Assert.Equal((LifecycleEventKind.TaskCompleted, "T1", Department.Technical), (completed.Kind, completed.TaskId, completed.Department));
    }

    [Fact]
    public void CompleteTask_ByTheHead_IsAccepted() =>
        Assert.True(_scenario.Apply(TechnicalTaskOpen(), new CompleteTask("T1", "Decided by the head."), LifecycleScenario.Head).IsAccepted);

    [Theory]
    [InlineData(Role.ProductPlanner)]
    [InlineData(Role.FinanceOfficer)]
    [InlineData(Role.SalesRep)]
    public void CompleteTask_AnotherDepartmentsRole_IsRefusedAsRoleNotPermitted(Role role)
    {
        var result = _scenario.Apply(TechnicalTaskOpen(), new CompleteTask("T1", "Done."), new Actor("someone", role));

        Assert.Equal(RefusalReason.RoleNotPermitted, result.Refusal!.Reason);
        Assert.Contains("only TechnicalEngineer or HeadOfOrderConfirmation may complete it", result.Refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.ConfirmationOfficer)]
    [InlineData(Role.Auditor)]
    [InlineData(Role.ExecutionOfficer)]
    public void CompleteTask_RoleThatCompletesNoTasks_IsRefused(Role role) =>
        Assert.Equal(RefusalReason.RoleNotPermitted, _scenario.Apply(TechnicalTaskOpen(), new CompleteTask("T1", "Done."), new Actor("someone", role)).Refusal!.Reason);

    [Fact]
    public void CompleteTask_ProductTaskByThePlanner_IsAccepted() =>
        Assert.True(_scenario.Apply(_scenario.UnderReviewAsking(ReviewAction.ProposeNewDeliveryDate), new CompleteTask("T1", "2026-12-20 is feasible."), Planner).IsAccepted);

    [Fact]
    public void CompleteTask_UnknownTask_IsRefused()
    {
        var result = _scenario.Apply(TechnicalTaskOpen(), new CompleteTask("T9", "Done."), Engineer);

        Assert.Equal(RefusalReason.PreconditionFailed, result.Refusal!.Reason);
        Assert.Contains("has no task T9; its tasks are T1", result.Refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompleteTask_AlreadyCompleted_IsRefusedAsClosed()
    {
        var done = _scenario.Accept(TechnicalTaskOpen(), new CompleteTask("T1", "Done."), Engineer);

        var result = _scenario.Apply(done, new CompleteTask("T1", "Done again."), Engineer);

        Assert.Contains("task T1 (ProposeTechnicalSolution for Technical) is closed: completed by tech.ma", result.Refusal!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void CompleteTask_BlankResolution_IsRefusedAtConstruction(string resolution) =>
        Assert.Equal("resolution", Assert.Throws<ArgumentException>(() => new CompleteTask("T1", resolution)).ParamName);

    [Fact]
    public void CompleteTask_TerminalOrder_IsRefusedAsWrongState()
    {
        var rejected = _scenario.Accept(TechnicalTaskOpen(), new RejectOrder("blocked customer"), LifecycleScenario.Officer);

        Assert.Equal(RefusalReason.WrongState, _scenario.Apply(rejected, new CompleteTask("T1", "Done."), Engineer).Refusal!.Reason);
    }

    [Fact]
    public void ConfirmOrder_BlockingTaskOpen_IsRefusedNamingTaskDepartmentAndDueTime()
    {
        var result = _scenario.Apply(TechnicalTaskOpen(), new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);

        Assert.Equal(RefusalReason.PreconditionFailed, result.Refusal!.Reason);
        Assert.Contains("department task T1 (ProposeTechnicalSolution for Technical, due 2026-12-01 10:00 Asia/Shanghai) is open and blocks confirmation", result.Refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfirmOrder_BlockingTaskCompleted_IsAccepted()
    {
        var done = _scenario.Accept(TechnicalTaskOpen(), new CompleteTask("T1", "Use the 48-port switch."), Engineer);

        Assert.True(_scenario.Apply(done, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head).IsAccepted);
    }

    [Fact]
    public void ConfirmOrder_NonBlockingTaskOpen_IsAccepted()
    {
        // The shipped table: replenishment is planned after confirmation, so its task does not block.
        var state = _scenario.UnderReviewAsking(ReviewAction.PlanReplenishment);

        var confirmed = _scenario.Accept(state, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head);

        Assert.True(Assert.Single(confirmed.Tasks).IsOpen);
    }

    [Fact]
    public void ConfirmOrder_BlockingTaskSupersededByANewDecision_IsAccepted()
    {
        var cleared = _scenario.Accept(TechnicalTaskOpen(), new ReviewAgain(Asking(_scenario.At)), LifecycleScenario.Officer);

        Assert.True(_scenario.Apply(cleared, new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head).IsAccepted);
    }

    [Fact]
    public void EscalateTask_AtTheDueTime_IsRefusedAsNotOverdue()
    {
        var open = TechnicalTaskOpen();
        _scenario.At = TechnicalDue;

        var result = _scenario.Apply(open, new EscalateTask("T1"), LifecycleScenario.Officer);

        Assert.Contains("task T1 (ProposeTechnicalSolution for Technical) is not overdue: it is due 2026-12-01 10:00 Asia/Shanghai", result.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EscalateTask_AfterTheDueTime_RecordsTheEscalationAndTellsTheHead()
    {
        var open = TechnicalTaskOpen();
        _scenario.At = TechnicalDue + Duration.FromMinutes(1);

        var result = _scenario.Apply(open, new EscalateTask("T1"), LifecycleScenario.Officer);

        var task = result.State!.Task("T1");
        Assert.Equal(_scenario.At, task.EscalatedAt);
        Assert.Equal(LifecycleScenario.Officer.Id, task.Escalation!.By);
        Assert.True(task.IsOpen);
        var escalated = Assert.Single(result.Events);
        Assert.Equal((LifecycleEventKind.TaskEscalated, Department.OrderConfirmation, "T1"), (escalated.Kind, escalated.Department, escalated.TaskId));
    }

    [Fact]
    public void EscalateTask_Twice_IsRefusedTheSecondTime()
    {
        var open = TechnicalTaskOpen();
        _scenario.At = TechnicalDue + Duration.FromHours(1);
        var escalated = _scenario.Accept(open, new EscalateTask("T1"), LifecycleScenario.Officer);
        _scenario.At += Duration.FromDays(1);

        var result = _scenario.Apply(escalated, new EscalateTask("T1"), LifecycleScenario.Head);

        Assert.Contains("task T1 was already escalated at", result.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EscalateTask_CompletedTask_IsRefusedAsClosed()
    {
        var done = _scenario.Accept(TechnicalTaskOpen(), new CompleteTask("T1", "Done."), Engineer);
        _scenario.At = TechnicalDue + Duration.FromDays(1);

        Assert.Contains("is closed", _scenario.Apply(done, new EscalateTask("T1"), LifecycleScenario.Officer).Refusal!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.TechnicalEngineer)]
    [InlineData(Role.SalesRep)]
    [InlineData(Role.Auditor)]
    public void EscalateTask_OutsideOrderConfirmation_IsRefused(Role role)
    {
        var open = TechnicalTaskOpen();
        _scenario.At = TechnicalDue + Duration.FromDays(1);

        Assert.Equal(RefusalReason.RoleNotPermitted, _scenario.Apply(open, new EscalateTask("T1"), new Actor("someone", role)).Refusal!.Reason);
    }

    [Fact]
    public void OverdueTasks_SeveralOrders_ListsOpenOverdueTasksOldestDueFirst()
    {
        var technical = TechnicalTaskOpen();
        var product = new LifecycleScenario().UnderReviewAsking(ReviewAction.ProposeNewDeliveryDate); // due Monday 30 November 10:00
        var completed = _scenario.Accept(TechnicalTaskOpen(), new CompleteTask("T1", "Done."), Engineer);
        var asOf = TechnicalDue + Duration.FromMinutes(1);

        var overdue = FollowUpMonitor.OverdueTasks([technical, completed, product], asOf);

        Assert.Equal([(product, "T1"), (technical, "T1")], overdue.Select(o => (o.Order, o.Task.Id)));
    }

    [Fact]
    public void OverdueTasks_AtTheDueTimeOrForAnOrderWhoseLifeIsOver_IsEmpty()
    {
        var open = TechnicalTaskOpen();
        var rejected = _scenario.Accept(TechnicalTaskOpen(), new RejectOrder("blocked customer"), LifecycleScenario.Officer);

        Assert.Empty(FollowUpMonitor.OverdueTasks([open], TechnicalDue));
        Assert.Empty(FollowUpMonitor.OverdueTasks([rejected], TechnicalDue + Duration.FromDays(10)));
    }

    [Fact]
    public void Execute_TaskCommands_AreAuditedWithTaskIdAndResolution()
    {
        var audit = new InMemoryAuditLog();
        var clock = new NodaTime.Testing.FakeClock(LifecycleScenario.Friday10);
        var lifecycle = new OrderLifecycle(_scenario.Machine, audit, clock);
        var open = TechnicalTaskOpen();

        lifecycle.Execute(open, new CompleteTask("T1", "Use the 48-port switch."), Engineer);
        lifecycle.Execute(open, new CompleteTask("T1", "Not mine."), Planner);

        var entries = audit.Entries;
        Assert.Equal([nameof(AuditEntryKind.CommandAccepted), nameof(AuditEntryKind.CommandRefused)], entries.Select(e => e.Kind));
        Assert.Contains("\"taskId\":\"T1\",\"resolution\":\"Use the 48-port switch.\"", entries[0].Payload, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"TaskCompleted\"", entries[0].Payload, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"RoleNotPermitted\"", entries[1].Payload, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_StartReviewOpeningATask_RecordsTheTaskInTheTrail()
    {
        var audit = new InMemoryAuditLog();
        var lifecycle = new OrderLifecycle(_scenario.Machine, audit, new NodaTime.Testing.FakeClock(LifecycleScenario.Friday10));

        lifecycle.Execute(_scenario.Submitted(), new StartReview(Asking(LifecycleScenario.Friday10, ReviewAction.ProposeTechnicalSolution)), LifecycleScenario.Officer);

        var accepted = Assert.Single(audit.Entries, e => e.Kind == nameof(AuditEntryKind.CommandAccepted));
        Assert.Contains("\"kind\":\"TaskOpened\",\"note\":\"T1 ProposeTechnicalSolution for Technical, due 2026-12-01 10:00 Asia/Shanghai, blocks confirmation (rules: ProposeTechnicalSolutionRule)\",\"department\":\"Technical\",\"taskId\":\"T1\"", accepted.Payload, StringComparison.Ordinal);
    }
}
