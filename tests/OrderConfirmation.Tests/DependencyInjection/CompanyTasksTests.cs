using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Tasks;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.DependencyInjection;

/// <summary>The lifecycle's task table is <c>tasks.json</c> of the rules directory, or the shipped one; a bad file fails at registration.</summary>
public sealed class CompanyTasksTests : IDisposable
{
    private const string TechnicalInFourHours = """
        { "tasks": { "ProposeTechnicalSolution": { "department": "Technical", "dueTime": "PT4H", "blocksConfirmation": false } } }
        """;

    private readonly RulesDirectoryCopy _rules = RulesDirectoryCopy.Create();

    public void Dispose() => _rules.Dispose();

    [Fact]
    public void AddOrderConfirmation_RulesDirectoryWithATaskFile_UsesIt()
    {
        _rules.Write(TaskFile.FileName, TechnicalInFourHours);

        using var provider = new ServiceCollection().AddInMemoryFacts().AddOrderConfirmation(o => o.RulesDirectory = _rules.Path).BuildServiceProvider();

        var tasks = provider.GetRequiredService<LifecyclePolicy>().Tasks;
        Assert.Equal([ReviewAction.ProposeTechnicalSolution], tasks.Assignments.Keys);
        Assert.Equal(Period.FromHours(4), tasks.For(ReviewAction.ProposeTechnicalSolution)!.DueTime);
    }

    [Fact]
    public void AddOrderConfirmation_RulesDirectoryWithoutATaskFile_UsesTheShippedTable()
    {
        using var provider = new ServiceCollection().AddInMemoryFacts().AddOrderConfirmation(o => o.RulesDirectory = _rules.Path).BuildServiceProvider();

        Assert.Equal(Department.Finance, provider.GetRequiredService<LifecyclePolicy>().Tasks.For(ReviewAction.VerifyPrice)?.Department);
    }

    [Fact]
    public void AddOrderConfirmation_InvalidTaskFile_FailsAtRegistrationNamingTheFileAndAction()
    {
        _rules.Write(TaskFile.FileName, TechnicalInFourHours.Replace("PT4H", "P1W", StringComparison.Ordinal));

        var error = Assert.Throws<TaskLoadException>(() => new ServiceCollection().AddOrderConfirmation(o => o.RulesDirectory = _rules.Path));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.EndsWith(TaskFile.FileName, diagnostic.File, StringComparison.Ordinal);
        Assert.StartsWith("ProposeTechnicalSolution: dueTime 'P1W'", diagnostic.Message, StringComparison.Ordinal);
    }
}
