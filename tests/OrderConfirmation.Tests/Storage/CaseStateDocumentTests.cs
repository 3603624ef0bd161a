using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderConfirmation.Cases;
using OrderConfirmation.Findings;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Storage;
using OrderConfirmation.Tests.Builders;
using static OrderConfirmation.Tests.Storage.SyntheticStates;

namespace OrderConfirmation.Tests.Storage;

public sealed class CaseStateDocumentTests
{
    private static Gen<CaseNote> Notes =>
        from number in Gen.Choose(int.MinValue, int.MaxValue)
        from text in Text
        from author in Text
        from role in Enum<Role>()
        from at in Instants
        select new CaseNote(number, text, author, role, at);

    private static Gen<Rectification> Rectifications =>
        from number in Gen.Choose(1, 20)
        from owner in Text
        from dueAt in Instants
        from description in Text
        from addedBy in Text
        from addedAt in Instants
        from done in (from at in Instants from author in Text from role in Enum<Role>() from how in Text select new RectificationCompletion(at, author, role, how)).OrNull()
        select new Rectification(number, owner, dueAt, description, addedBy, addedAt, done);

    private static Gen<CaseAnswer> Answers =>
        from text in Text
        from author in Text
        from role in Enum<Role>()
        from at in Instants
        from substantiated in Maybe(Gen.Elements(true, false))
        select new CaseAnswer(text, author, role, at, substantiated);

    private static Gen<ActionRecord> Closures =>
        from author in Text
        from role in Enum<Role>()
        from at in Instants
        from note in Text.OrNull()
        select new ActionRecord(author, role, at, note);

    /// <summary>Cases built member by member, awkward texts and extreme instants included.</summary>
    private static Gen<CaseState> Cases =>
        from caseId in Text
        from kind in Enum<CaseKind>()
        from channel in Enum<CommunicationChannel>()
        from receivedAt in Instants
        from receivedBy in Text
        from orderId in Text.OrNull()
        from reporter in Text.OrNull()
        from subject in Text
        from description in Text
        from department in Maybe(Enum<Department>())
        from assignedTo in Text.OrNull()
        from replyDueAt in Instants
        from status in Enum<CaseStatus>()
        from notes in Gen.ListOf(Notes)
        from rectifications in Gen.ListOf(Rectifications)
        from answer in Answers.OrNull()
        from closure in Closures.OrNull()
        select new CaseState
        {
            CaseId = caseId, Kind = kind, Channel = channel, ReceivedAt = receivedAt, ReceivedBy = receivedBy, OrderId = orderId, Reporter = reporter,
            Subject = subject, Description = description, Department = department, AssignedTo = assignedTo, ReplyDueAt = replyDueAt, Status = status,
            Notes = [.. notes], Rectifications = [.. rectifications], Answer = answer, Closure = closure,
        };

    [Property(MaxTest = 300)]
    public Property Read_AnyWrittenCase_RestoresEveryMember() =>
        Prop.ForAll(Cases.ToArbitrary(), state =>
        {
            var differences = MemberComparison.Differences(state, CaseStateDocument.Read(CaseStateDocument.Write(state)));
            return (differences.Count == 0).Label(string.Join("\n", differences.Take(10)));
        });

    [Property(MaxTest = 100)]
    public Property WriteReadWrite_AnyCase_GivesTheSameDocument() =>
        Prop.ForAll(Cases.ToArbitrary(), state => CaseStateDocument.Write(CaseStateDocument.Read(CaseStateDocument.Write(state))) == CaseStateDocument.Write(state));

    [Fact]
    public void Write_ClosedComplaint_GivesTheDocumentedFormat()
    {
        var cases = new CaseScenario();
        var state = cases.Accept(cases.ComplaintUnderRectification(), new CompleteRectification(1, "Refunded."), LifecycleScenario.Auditor);
        state = cases.Accept(state, new AnswerCase("Sorry.", substantiated: true), LifecycleScenario.Officer);
        state = cases.Accept(state, new CloseCase(), LifecycleScenario.Head);

        // Written by hand from the format: every member in order, null when absent (quotes as ' for legibility).
        var expected = (
            "{'format':1,'caseId':'C-1','kind':'Complaint','channel':'Phone','receivedAt':'2026-11-27T02:00:00Z','receivedB" +
            "y':'conf.wang','orderId':'SO-1001','reporter':'Wang Fang, Acme Networks, wang.fang@acme.example','subject':'Wh" +
            "ere is my order?','description':'The customer asks when SO-1001 will ship.','department':null,'assignedTo':nul" +
            "l,'replyDueAt':'2026-12-01T02:00:00Z','status':'Closed','notes':[],'rectifications':[{'number':1,'owner':'conf" +
            ".wang','dueAt':'2026-12-04T02:00:00Z','description':'Refund the overcharge','addedBy':'audit.sun','addedAt':'2" +
            "026-11-27T02:00:00Z','done':{'at':'2026-11-27T02:00:00Z','by':'audit.sun','role':'Auditor','how':'Refunded.'}}" +
            "],'answer':{'text':'Sorry.','by':'conf.wang','role':'ConfirmationOfficer','at':'2026-11-27T02:00:00Z','substan" +
            "tiated':true},'closure':{'by':'head.chen','role':'HeadOfOrderConfirmation','at':'2026-11-27T02:00:00Z','note':" +
            "null}}").Replace('\'', '"');
        Assert.Equal(expected, CaseStateDocument.Write(state));
    }

    [Theory]
    [InlineData("""{"format":2}""", "$.format")]
    [InlineData("""{"caseId":"C-1"}""", "$.format")]
    [InlineData("[]", "$")]
    [InlineData("{", "$")]
    public void Read_WrongDocument_NamesWhereItIsWrong(string json, string path) =>
        Assert.Equal(path, Assert.Throws<StoredStateFormatException>(() => CaseStateDocument.Read(json)).Path);

    [Fact]
    public void Read_UnknownMember_IsRefused()
    {
        var written = CaseStateDocument.Write(new CaseScenario().Received(CaseKind.Query));

        var error = Assert.Throws<StoredStateFormatException>(() => CaseStateDocument.Read(written.Replace("\"status\":", "\"secret\":1,\"status\":", StringComparison.Ordinal)));

        Assert.Equal("$.secret", error.Path);
    }

    [Fact]
    public void Read_MissingMember_IsRefused()
    {
        var written = CaseStateDocument.Write(new CaseScenario().Received(CaseKind.Query));

        var error = Assert.Throws<StoredStateFormatException>(() => CaseStateDocument.Read(written.Replace("\"assignedTo\":null,", string.Empty, StringComparison.Ordinal)));

        Assert.Equal("$.assignedTo", error.Path);
    }

    [Fact]
    public void Write_Null_ThrowsNamingIt() =>
        Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => CaseStateDocument.Write(null!)).ParamName);
}
