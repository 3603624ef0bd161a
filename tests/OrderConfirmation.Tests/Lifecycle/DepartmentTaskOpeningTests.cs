using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;
using static OrderConfirmation.Tests.Lifecycle.DepartmentTaskScenario;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>Issue 16, item 2: a decision's findings open one task per (department, action), due in business time; later decisions keep or supersede them.</summary>
public sealed class DepartmentTaskOpeningTests
{
    private readonly LifecycleScenario _scenario = new();

    [Fact]
    public void StartReview_TechnicalSolutionAsked_OpensATechnicalTaskDueInTwoBusinessDays()
    {
        var state = _scenario.UnderReviewAsking(ReviewAction.ProposeTechnicalSolution);

        var task = Assert.Single(state.Tasks);
        Assert.Equal(("T1", Department.Technical, ReviewAction.ProposeTechnicalSolution, true), (task.Id, task.Department, task.Action, task.BlocksConfirmation));
        Assert.Equal(["ProposeTechnicalSolutionRule"], task.Rules);
        Assert.Equal(LifecycleScenario.Friday10, task.OpenedAt);
        // Friday 27 November 10:00 + 16 business hours: 7 h on Friday, 8 h on Monday, the 16th on Tuesday 09:00–10:00.
        Assert.Equal(Instant.FromUtc(2026, 12, 1, 2, 0), task.Due);
        Assert.True(task.IsOpen);
    }

    [Fact]
    public void StartReview_TaskOpened_RaisesAnEventForTheDepartment()
    {
        var result = _scenario.Apply(_scenario.Submitted(), new StartReview(Asking(_scenario.At, ReviewAction.ProposeNewDeliveryDate)), LifecycleScenario.Officer);

        var opened = Assert.Single(result.Events, e => e.Kind == LifecycleEventKind.TaskOpened);
        Assert.Equal(("T1", Department.Product), (opened.TaskId, opened.Department));
        Assert.Contains("due 2026-11-30 10:00 Asia/Shanghai", opened.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void StartReview_TwoFindingsOfOneAction_OpenOneTaskWithBothRules()
    {
        var decision = new ReviewDecision("SO-1001", HandMadeDecisions.AllStages, [Asking(ReviewAction.VerifyPrice, "PriceListed"), Asking(ReviewAction.VerifyPrice, "DiscountAllowed"), Asking(ReviewAction.VerifyPrice, "PriceListed")], HandMadeDecisions.RuleSetVersion, _scenario.At);

        var state = _scenario.Accept(_scenario.Submitted(), new StartReview(decision), LifecycleScenario.Officer);

        Assert.Equal(["PriceListed", "DiscountAllowed"], Assert.Single(state.Tasks).Rules);
    }

    [Fact]
    public void StartReview_ActionsOfSeveralDepartments_OpenOneTaskEachNumberedInOrder()
    {
        var state = _scenario.UnderReviewAsking(ReviewAction.AskCustomer, ReviewAction.ProposeTechnicalSolution, ReviewAction.PlanReplenishment);

        Assert.Equal([("T1", Department.Sales), ("T2", Department.Technical), ("T3", Department.Product)], state.Tasks.Select(t => (t.Id, t.Department)));
    }

    [Theory]
    [InlineData(ReviewAction.None)]
    [InlineData(ReviewAction.RejectOrder)]
    [InlineData(ReviewAction.InvestigateSystemError)]
    public void StartReview_ActionWithoutDepartment_OpensNoTask(ReviewAction action) =>
        Assert.Empty(_scenario.UnderReviewAsking(action).Tasks);

    [Fact]
    public void SubmitOrder_SalesPreliminaryDecision_OpensNoTask()
    {
        var submitted = _scenario.Accept(_scenario.Draft(), new SubmitOrder(Asking(_scenario.At, ReviewAction.ProposeTechnicalSolution)), LifecycleScenario.Sales);

        Assert.Empty(submitted.Tasks);
    }

    [Fact]
    public void ReviewAgain_SameActionStillAsked_KeepsTheOpenTask()
    {
        var first = _scenario.UnderReviewAsking(ReviewAction.ProposeTechnicalSolution);
        _scenario.At += Duration.FromHours(1);

        var result = _scenario.Apply(first, new ReviewAgain(Asking(_scenario.At, ReviewAction.ProposeTechnicalSolution)), LifecycleScenario.Officer);

        Assert.Same(first.Tasks[0], Assert.Single(result.State!.Tasks));
        Assert.DoesNotContain(result.Events, e => e.Kind == LifecycleEventKind.TaskOpened);
    }

    [Fact]
    public void ReviewAgain_ActionNoLongerAsked_SupersedesTheTaskRecordingHow()
    {
        var first = _scenario.UnderReviewAsking(ReviewAction.ProposeTechnicalSolution);
        _scenario.At += Duration.FromHours(1);

        var result = _scenario.Apply(first, new ReviewAgain(Asking(_scenario.At, ReviewAction.ProposeNewDeliveryDate)), LifecycleScenario.Officer);

        var superseded = result.State!.Task("T1");
        Assert.False(superseded.IsOpen);
        Assert.Equal((LifecycleScenario.Officer.Id, _scenario.At), (superseded.Supersession!.By, superseded.Supersession.At));
        Assert.Contains("holds no ProposeTechnicalSolution finding", superseded.Supersession.Note, StringComparison.Ordinal);
        Assert.True(result.State!.Task("T2").IsOpen);
        Assert.Equal("T1", Assert.Single(result.Events, e => e.Kind == LifecycleEventKind.TaskSuperseded).TaskId);
    }

    [Fact]
    public void ReviewAgain_ActionAskedAgainAfterSupersession_OpensANewTask()
    {
        var first = _scenario.UnderReviewAsking(ReviewAction.ProposeTechnicalSolution);
        var cleared = _scenario.Accept(first, new ReviewAgain(Asking(_scenario.At)), LifecycleScenario.Officer);

        var again = _scenario.Accept(cleared, new ReviewAgain(Asking(_scenario.At, ReviewAction.ProposeTechnicalSolution)), LifecycleScenario.Officer);

        Assert.Equal(["T1", "T2"], again.Tasks.Select(t => t.Id));
        Assert.Equal([false, true], again.Tasks.Select(t => t.IsOpen));
    }

    [Fact]
    public void ReviewAgain_CompletedTaskAskedAgain_OpensANewTask()
    {
        var first = _scenario.UnderReviewAsking(ReviewAction.ProposeTechnicalSolution);
        var done = _scenario.Accept(first, new CompleteTask("T1", "Use the 48-port switch."), Engineer);

        var again = _scenario.Accept(done, new ReviewAgain(Asking(_scenario.At, ReviewAction.ProposeTechnicalSolution)), LifecycleScenario.Officer);

        Assert.Equal(2, again.Tasks.Count);
        Assert.NotNull(again.Task("T1").Completion);
        Assert.Null(again.Task("T1").Supersession);
    }

    [Fact]
    public void RecordCustomerReply_NewDecision_FollowsIt()
    {
        var asking = _scenario.UnderReviewAsking(ReviewAction.AskCustomer);
        var waiting = _scenario.Accept(asking, new RequestClarification("Can you do without IPv6?"), LifecycleScenario.Officer);

        var replied = _scenario.Accept(waiting, new RecordCustomerReply("Yes.", Asking(_scenario.At)), LifecycleScenario.Sales);

        Assert.NotNull(replied.Task("T1").Supersession);
    }

    [Fact]
    public void StartReview_OnTheWorkingCalendar_IsDueAfterTheNationalDayHolidays()
    {
        var scenario = new LifecycleScenario(new LifecyclePolicy(CalendarFile.LoadDefault().Calendar));
        scenario.At = new LocalDateTime(2026, 9, 30, 10, 0).InZoneStrictly(FactsBuilder.Shanghai).ToInstant();

        var state = scenario.UnderReviewAsking(ReviewAction.ProposeTechnicalSolution);

        // Worked by hand from rules/calendar.json: 7 h on 30 September, 1–7 October off, 8 h on 8 October, the last hour on 9 October.
        Assert.Equal(new LocalDateTime(2026, 10, 9, 10, 0).InZoneStrictly(FactsBuilder.Shanghai).ToInstant(), Assert.Single(state.Tasks).Due);
    }
}
