using NodaTime;
using OrderConfirmation.Cases;
using OrderConfirmation.Findings;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Cases;

public sealed class CaseStateMachineTests
{
    private readonly CaseScenario _cases = new();

    [Fact]
    public void Receive_Query_OpensTheCaseAsGivenWithItsReceiver()
    {
        var state = _cases.Received(CaseKind.Query);

        Assert.Equal(
            ("C-1", CaseKind.Query, CommunicationChannel.Phone, LifecycleScenario.Friday10, "conf.wang", "SO-1001", CaseScenario.Customer, CaseStatus.Open),
            (state.CaseId, state.Kind, state.Channel, state.ReceivedAt, state.ReceivedBy, state.OrderId, state.Reporter, state.Status));
        Assert.Equal(("Where is my order?", "The customer asks when SO-1001 will ship."), (state.Subject, state.Description));
    }

    [Fact]
    public void Receive_Query_ReplyIsDueEightBusinessHoursLater()
    {
        // Friday 10:00: 2 h to 12:00 and 5 h to 18:00 are 7 h; the eighth is Monday 09:00-10:00 (Asia/Shanghai, +08).
        var state = _cases.Received(CaseKind.Query);

        Assert.Equal(Instant.FromUtc(2026, 11, 30, 2, 0), state.ReplyDueAt);
    }

    [Fact]
    public void Receive_Report_RecordsTheAnonymousChannelNotTheEmployee()
    {
        var result = _cases.Apply(null, CaseScenario.Receipt(CaseKind.Report), LifecycleScenario.Sales);

        Assert.True(result.IsAccepted);
        Assert.Equal(CaseState.AnonymousChannel, result.State!.ReceivedBy);
        Assert.Null(result.Actor);
        Assert.Equal(CaseScenario.ReporterText, result.State.Reporter);
    }

    [Fact]
    public void Receive_ReportWithoutActor_IsAccepted()
    {
        var result = _cases.Apply(null, new ReceiveCase("R-1", CaseKind.Report, CommunicationChannel.Email, "Bribe", "A sales rep asked for a gift."), null);

        Assert.True(result.IsAccepted, result.Refusal?.Message);
        Assert.Null(result.State!.Reporter);
    }

    [Fact]
    public void Assign_OpenCase_RecordsDepartmentAndEmployee()
    {
        var state = _cases.Assigned(CaseKind.Query);

        Assert.Equal((Department.OrderConfirmation, "conf.wang"), (state.Department, state.AssignedTo));
    }

    [Fact]
    public void AddInvestigationNote_Complaint_NumbersTheNotesWithAuthorAndTime()
    {
        var first = _cases.Accept(_cases.Received(CaseKind.Complaint), new AddInvestigationNote("Called the customer."), LifecycleScenario.Auditor);
        _cases.At += Duration.FromHours(1);

        var second = _cases.Accept(first, new AddInvestigationNote("Checked the invoice."), LifecycleScenario.Head);

        Assert.Equal(
            [new CaseNote(1, "Called the customer.", "audit.sun", Role.Auditor, LifecycleScenario.Friday10), new CaseNote(2, "Checked the invoice.", "head.chen", Role.HeadOfOrderConfirmation, LifecycleScenario.Friday10 + Duration.FromHours(1))],
            second.Notes);
    }

    [Fact]
    public void AddRectification_Complaint_AddsAnOpenActionNumberedOne()
    {
        var state = _cases.ComplaintUnderRectification();

        var action = Assert.Single(state.Rectifications);
        Assert.Equal(new Rectification(1, "conf.wang", LifecycleScenario.Friday10 + Duration.FromDays(7), "Refund the overcharge", "audit.sun", LifecycleScenario.Friday10), action);
        Assert.True(state.HasOpenRectification);
    }

    [Fact]
    public void CompleteRectification_OpenAction_RecordsWhenWhoAndHow()
    {
        var state = _cases.ComplaintUnderRectification();
        _cases.At += Duration.FromDays(2);

        var done = _cases.Accept(state, new CompleteRectification(1, "Refunded CNY 1,200."), LifecycleScenario.Officer);

        Assert.Equal(new RectificationCompletion(_cases.At, "conf.wang", Role.ConfirmationOfficer, "Refunded CNY 1,200."), done.Rectifications[0].Done);
        Assert.False(done.HasOpenRectification);
    }

    [Fact]
    public void Answer_Complaint_RecordsTheAnswerAndSubstantiation()
    {
        _cases.At += Duration.FromHours(3);

        var state = _cases.Accept(_cases.Received(CaseKind.Complaint), new AnswerCase("We refund the difference.", substantiated: true), LifecycleScenario.Officer);

        Assert.Equal(CaseStatus.Answered, state.Status);
        Assert.Equal(new CaseAnswer("We refund the difference.", "conf.wang", Role.ConfirmationOfficer, _cases.At, true), state.Answer);
        Assert.Equal((_cases.At, true), (state.AnsweredAt, state.Substantiated));
    }

    [Fact]
    public void Answer_ComplaintWithOpenRectification_IsAccepted()
    {
        var state = _cases.Accept(_cases.ComplaintUnderRectification(), CaseScenario.Answer(CaseKind.Complaint), LifecycleScenario.Officer);

        Assert.Equal(CaseStatus.Answered, state.Status);
        Assert.True(state.HasOpenRectification);
    }

    [Theory]
    [InlineData(CaseKind.Query)]
    [InlineData(CaseKind.Complaint)]
    [InlineData(CaseKind.Report)]
    public void Close_AnsweredCase_ClosesItWithWhoAndWhen(CaseKind kind)
    {
        var state = _cases.Closed(kind);

        var closer = CaseScenario.Closer(kind);
        Assert.Equal(CaseStatus.Closed, state.Status);
        Assert.Equal(new ActionRecord(closer.Id, closer.Role, LifecycleScenario.Friday10, null), state.Closure);
    }

    [Fact]
    public void Close_AfterEveryRectificationDone_IsAccepted()
    {
        var rectified = _cases.Accept(_cases.ComplaintUnderRectification(), new CompleteRectification(1, "Refunded."), LifecycleScenario.Auditor);
        var answered = _cases.Accept(rectified, CaseScenario.Answer(CaseKind.Complaint), LifecycleScenario.Officer);

        Assert.Equal(CaseStatus.Closed, _cases.Accept(answered, new CloseCase(), LifecycleScenario.Auditor).Status);
    }

    [Fact]
    public void Apply_Refusal_ReturnsTheStateUnchanged()
    {
        var state = _cases.Received(CaseKind.Query);

        var result = _cases.Apply(state, new CloseCase(), LifecycleScenario.Officer);

        Assert.False(result.IsAccepted);
        Assert.Same(state, result.State);
        Assert.Same(state, result.Before);
    }
}
