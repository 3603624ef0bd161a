using System.Text;
using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Rules;
using OrderConfirmation.Tasks;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Tasks;

/// <summary>The shipped department-task table follows issue 16's mapping, and the shipped file is the embedded one.</summary>
public sealed class TaskFileTests
{
    /// <summary>Issue 16: technical solution → Technical; delivery date / replenishment → Product; credit, pricing and terms → Finance; asking the customer → Sales.</summary>
    public static TheoryData<ReviewAction, Department> IssueMapping => new()
    {
        { ReviewAction.ProposeTechnicalSolution, Department.Technical },
        { ReviewAction.ProposeNewDeliveryDate, Department.Product },
        { ReviewAction.IdentifyProduct, Department.Product },
        { ReviewAction.PlanReplenishment, Department.Product },
        { ReviewAction.CreditLimitExceeded, Department.Finance },
        { ReviewAction.CollectOverdue, Department.Finance },
        { ReviewAction.MonitorOverdue, Department.Finance },
        { ReviewAction.RequirePrepayment, Department.Finance },
        { ReviewAction.RequireFinanceApproval, Department.Finance },
        { ReviewAction.VerifyPrice, Department.Finance },
        { ReviewAction.AdjustPaymentTerms, Department.Finance },
        { ReviewAction.ProvideExchangeRate, Department.Finance },
        { ReviewAction.AskCustomer, Department.Sales },
        { ReviewAction.DeclineChange, Department.Sales },
    };

    private static string ShippedPath => Path.Combine(DefaultRules.RulesDirectory, TaskFile.FileName);

    [Theory]
    [MemberData(nameof(IssueMapping))]
    public void LoadDefault_Action_GoesToTheIssuesDepartment(ReviewAction action, Department department) =>
        Assert.Equal(department, TaskFile.LoadDefault().For(action)?.Department);

    [Theory]
    [InlineData(ReviewAction.None)]
    [InlineData(ReviewAction.RejectOrder)]
    [InlineData(ReviewAction.InvestigateSystemError)]
    public void LoadDefault_ActionWithoutDepartment_OpensNoTask(ReviewAction action) =>
        Assert.Null(TaskFile.LoadDefault().For(action));

    [Fact]
    public void LoadDefault_EveryAction_IsMappedOrDeliberatelyLeftOut()
    {
        ReviewAction[] leftOut = [ReviewAction.None, ReviewAction.RejectOrder, ReviewAction.InvestigateSystemError];
        var mapped = IssueMapping.Select(row => (ReviewAction)row[0]);

        Assert.Equal(Enum.GetValues<ReviewAction>().Order(), mapped.Concat(leftOut).Order());
        Assert.Equal(mapped.Order(), TaskFile.LoadDefault().Assignments.Keys.Order());
    }

    [Fact]
    public void LoadDefault_ProposeTechnicalSolution_IsTechnicalInTwoBusinessDaysAndBlocks()
    {
        var assignment = TaskFile.LoadDefault().For(ReviewAction.ProposeTechnicalSolution)!;

        Assert.Equal((Department.Technical, Period.FromDays(2), true), (assignment.Department, assignment.DueTime, assignment.BlocksConfirmation));
    }

    [Fact]
    public void Load_ShippedFile_EqualsTheEmbeddedCopy()
    {
        var shipped = TaskFile.Load(ShippedPath);
        var embedded = TaskFile.LoadDefault();

        Assert.Equal(embedded.Assignments.OrderBy(a => a.Key), shipped.Assignments.OrderBy(a => a.Key));
    }

    [Fact]
    public void FromDirectory_ShippedRules_LeavesTheTaskFileOut() =>
        Assert.DoesNotContain(RuleFile.FromDirectory(DefaultRules.RulesDirectory), f => Path.GetFileName(f.Path) == TaskFile.FileName);

    [Fact]
    public void Read_FileWithoutTasks_IsAnEmptyTableOnlyWhenTasksIsGiven()
    {
        Assert.Empty(TaskFile.Read("""{ "tasks": {} }"""u8, "tasks.json").Assignments);
        Assert.Throws<TaskLoadException>(() => TaskFile.Read("{}"u8, "tasks.json"));
    }

    [Fact]
    public void Read_WithByteOrderMarkAndComments_IsRead()
    {
        var json = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""
            // Technical only
            { "tasks": { "ProposeTechnicalSolution": { "department": "Technical", "dueTime": "PT4H", "blocksConfirmation": false, }, }, }
            """)).ToArray();

        var assignment = TaskFile.Read(json, "tasks.json").For(ReviewAction.ProposeTechnicalSolution)!;

        Assert.Equal(Period.FromHours(4), assignment.DueTime);
        Assert.False(assignment.BlocksConfirmation);
    }
}
