using NodaTime;
using OrderConfirmation.Cases;
using OrderConfirmation.Findings;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Cases;

public sealed class CaseRefusalTests
{
    private readonly CaseScenario _cases = new();

    private static Actor In(Role role) => new($"someone.{role}", role);

    private void AssertRefused(CaseState? state, CaseCommand command, Actor? actor, RefusalReason reason, string? messagePart = null)
    {
        var result = _cases.Apply(state, command, actor);

        Assert.False(result.IsAccepted);
        Assert.Equal(reason, result.Refusal!.Reason);
        Assert.Same(state, result.State);
        if (messagePart is not null)
        {
            Assert.Contains(messagePart, result.Refusal.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(CaseKind.Query, Role.FinanceOfficer)]
    [InlineData(CaseKind.Query, Role.ExecutionOfficer)]
    [InlineData(CaseKind.Query, Role.Auditor)]
    [InlineData(CaseKind.Complaint, Role.FinanceOfficer)]
    [InlineData(CaseKind.Complaint, Role.Auditor)]
    public void Receive_QueryOrComplaintByRoleOutsideStaff_IsRefused(CaseKind kind, Role role) =>
        AssertRefused(null, CaseScenario.Receipt(kind), In(role), RefusalReason.RoleNotPermitted, "only SalesRep, ConfirmationOfficer, HeadOfOrderConfirmation may");

    [Theory]
    [InlineData(Role.SalesRep)]
    [InlineData(Role.ConfirmationOfficer)]
    [InlineData(Role.HeadOfOrderConfirmation)]
    [InlineData(Role.FinanceOfficer)]
    [InlineData(Role.ExecutionOfficer)]
    public void AnyCommandOnAReport_ByRoleOtherThanAuditor_IsRefused(Role role)
    {
        var report = _cases.Received(CaseKind.Report);
        CaseCommand[] commands =
        [
            new AssignCase(Department.OrderConfirmation, "x"), new AddInvestigationNote("n"), new AddRectification("x", _cases.At + Duration.FromDays(1), "d"),
            new CompleteRectification(1, "h"), new AnswerCase("a"), new CloseCase(),
        ];

        foreach (var command in commands)
        {
            AssertRefused(report, command, In(role), RefusalReason.RoleNotPermitted, "only Auditor may");
        }
    }

    [Theory]
    [InlineData(Role.SalesRep)]
    [InlineData(Role.ConfirmationOfficer)]
    [InlineData(Role.HeadOfOrderConfirmation)]
    public void AddRectification_ComplaintByStaff_IsRefusedForOnlyTheAuditorDecidesIt(Role role) =>
        AssertRefused(_cases.Received(CaseKind.Complaint), new AddRectification("x", _cases.At + Duration.FromDays(1), "d"), In(role), RefusalReason.RoleNotPermitted);

    [Fact]
    public void Answer_ComplaintByAuditor_IsRefusedForTheDepartmentsAnswer() =>
        AssertRefused(_cases.Received(CaseKind.Complaint), CaseScenario.Answer(CaseKind.Complaint), LifecycleScenario.Auditor, RefusalReason.RoleNotPermitted);

    [Fact]
    public void Command_WithoutActorOnAQuery_IsRefused() =>
        AssertRefused(null, CaseScenario.Receipt(CaseKind.Query), null, RefusalReason.RoleNotPermitted, "anonymous channel");

    [Fact]
    public void Command_WithoutActorOnAReceivedReport_IsRefused() =>
        AssertRefused(_cases.Received(CaseKind.Report), new AnswerCase("a"), null, RefusalReason.RoleNotPermitted);

    [Fact]
    public void Command_WithoutCase_IsRefusedAsWrongState() =>
        AssertRefused(null, new AnswerCase("a"), LifecycleScenario.Officer, RefusalReason.WrongState, "none has been received");

    [Fact]
    public void Receive_CaseAlreadyReceived_IsRefusedAsWrongState() =>
        AssertRefused(_cases.Received(CaseKind.Query), CaseScenario.Receipt(CaseKind.Query), LifecycleScenario.Officer, RefusalReason.WrongState, "already been received");

    [Theory]
    [InlineData(CaseKind.Query)]
    [InlineData(CaseKind.Complaint)]
    [InlineData(CaseKind.Report)]
    public void EveryCommand_OnClosedCase_IsRefusedAsWrongState(CaseKind kind)
    {
        var closed = _cases.Closed(kind);
        var actor = kind == CaseKind.Report ? LifecycleScenario.Auditor : LifecycleScenario.Head;
        CaseCommand[] commands =
        [
            new AssignCase(Department.OrderConfirmation, "x"), new AddInvestigationNote("n"), new CompleteRectification(1, "h"), new AnswerCase("a", true), new CloseCase(),
        ];

        foreach (var command in commands)
        {
            AssertRefused(closed, command, actor, RefusalReason.WrongState, "closed cases take no more commands");
        }
    }

    [Fact]
    public void Assign_AnsweredCase_IsRefusedAsWrongState() =>
        AssertRefused(_cases.Answered(CaseKind.Query), new AssignCase(Department.Sales, "sales.li"), LifecycleScenario.Officer, RefusalReason.WrongState);

    [Fact]
    public void Answer_AnsweredCase_IsRefusedAsWrongState() =>
        AssertRefused(_cases.Answered(CaseKind.Query), CaseScenario.Answer(CaseKind.Query), LifecycleScenario.Officer, RefusalReason.WrongState);

    [Fact]
    public void Close_UnansweredCase_IsRefusedForTheAnswerComesFirst() =>
        AssertRefused(_cases.Received(CaseKind.Query), new CloseCase(), LifecycleScenario.Officer, RefusalReason.WrongState, "possible only when it is Answered");

    [Fact]
    public void Close_WhileRectificationOpen_IsRefused()
    {
        var answered = _cases.Accept(_cases.ComplaintUnderRectification(), CaseScenario.Answer(CaseKind.Complaint), LifecycleScenario.Officer);

        AssertRefused(answered, new CloseCase(), LifecycleScenario.Auditor, RefusalReason.PreconditionFailed, "rectification 1 is still open");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(-1)]
    public void CompleteRectification_UnknownNumber_IsRefused(int number) =>
        AssertRefused(_cases.ComplaintUnderRectification(), new CompleteRectification(number, "done"), LifecycleScenario.Auditor, RefusalReason.PreconditionFailed, $"no rectification {number}");

    [Fact]
    public void CompleteRectification_AlreadyDone_IsRefused()
    {
        var done = _cases.Accept(_cases.ComplaintUnderRectification(), new CompleteRectification(1, "Refunded."), LifecycleScenario.Auditor);

        AssertRefused(done, new CompleteRectification(1, "Again."), LifecycleScenario.Auditor, RefusalReason.PreconditionFailed, "already done");
    }

    [Fact]
    public void AddRectification_DueNotAfterNow_IsRefused() =>
        AssertRefused(_cases.Received(CaseKind.Complaint), new AddRectification("conf.wang", _cases.At, "Refund"), LifecycleScenario.Auditor, RefusalReason.PreconditionFailed, "not after now");

    [Fact]
    public void Answer_BeforeTheCaseWasReceived_IsRefused()
    {
        var state = _cases.Received(CaseKind.Query);
        _cases.At -= Duration.FromMinutes(1);

        AssertRefused(state, CaseScenario.Answer(CaseKind.Query), LifecycleScenario.Officer, RefusalReason.PreconditionFailed, "before the case was received");
    }

    [Fact]
    public void Answer_ComplaintWithoutSubstantiation_IsRefused() =>
        AssertRefused(_cases.Received(CaseKind.Complaint), new AnswerCase("We looked into it."), LifecycleScenario.Officer, RefusalReason.PreconditionFailed, "substantiated");

    [Fact]
    public void Answer_QueryWithSubstantiation_IsRefused() =>
        AssertRefused(_cases.Received(CaseKind.Query), new AnswerCase("It ships Monday.", substantiated: false), LifecycleScenario.Officer, RefusalReason.PreconditionFailed, "query");

    public static TheoryData<CaseCommand, string> BlankTexts => new()
    {
        { new AssignCase(Department.Sales, " "), "the employee is blank" },
        { new AddInvestigationNote("\t"), "the note is blank" },
        { new AddRectification("", LifecycleScenario.Friday10 + Duration.FromDays(1), "Refund"), "the owner is blank" },
        { new AddRectification("conf.wang", LifecycleScenario.Friday10 + Duration.FromDays(1), " "), "the description is blank" },
        { new AnswerCase(" ", true), "the answer is blank" },
    };

    [Theory]
    [MemberData(nameof(BlankTexts))]
    public void Command_WithBlankText_IsRefused(CaseCommand command, string problem) =>
        AssertRefused(_cases.Received(CaseKind.Complaint), command, command is AnswerCase or AssignCase ? LifecycleScenario.Officer : LifecycleScenario.Auditor, RefusalReason.PreconditionFailed, problem);

    [Fact]
    public void CompleteRectification_BlankHow_IsRefused() =>
        AssertRefused(_cases.ComplaintUnderRectification(), new CompleteRectification(1, " "), LifecycleScenario.Auditor, RefusalReason.PreconditionFailed, "how it was done is blank");

    [Theory]
    [InlineData(" ", "Description", "Customer", "the subject is blank")]
    [InlineData("Subject", "", "Customer", "the description is blank")]
    [InlineData("Subject", "Description", " ", "the customer of the Complaint is blank")]
    public void Receive_BlankText_IsRefused(string subject, string description, string customer, string problem) =>
        AssertRefused(null, new ReceiveCase("C-9", CaseKind.Complaint, CommunicationChannel.Email, subject, description, customer), LifecycleScenario.Officer, RefusalReason.PreconditionFailed, problem);

    [Fact]
    public void Receive_BlankOrderId_IsRefused() =>
        AssertRefused(null, new ReceiveCase("C-9", CaseKind.Query, CommunicationChannel.Email, "S", "D", "Customer", " "), LifecycleScenario.Officer, RefusalReason.PreconditionFailed, "order id is blank");

    [Fact]
    public void Refusal_Message_NamesNoPerson()
    {
        var result = _cases.Apply(_cases.Received(CaseKind.Report), new AnswerCase("a"), LifecycleScenario.Head);

        Assert.DoesNotContain(LifecycleScenario.Head.Id, result.Refusal!.Message, StringComparison.Ordinal);
    }
}
