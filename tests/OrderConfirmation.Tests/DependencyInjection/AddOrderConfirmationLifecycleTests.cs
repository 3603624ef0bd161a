using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Audit;
using OrderConfirmation.Changes;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Storage;
using OrderConfirmation.Testing;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.DependencyInjection;

public sealed class AddOrderConfirmationLifecycleTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("oc-di-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void AddOrderConfirmation_Defaults_RegisterLifecycleChangesAndInMemoryAudit()
    {
        using var provider = new ServiceCollection().AddInMemoryFacts().AddOrderConfirmation().BuildServiceProvider();

        var policy = provider.GetRequiredService<LifecyclePolicy>();
        Assert.Equal((3, 3, true, "Asia/Shanghai"), (policy.ReplyBusinessDays, policy.AtRiskWithinDays, policy.SeparationOfDuties, policy.Calendar.Zone.Id));
        Assert.IsType<InMemoryAuditLog>(provider.GetRequiredService<IAuditLog>());
        Assert.IsType<ChangeReviewer>(provider.GetRequiredService<IChangeReviewer>());
    }

    [Fact]
    public void AddOrderConfirmation_Defaults_LifecycleUsesTheRegisteredPolicyAndRecordsInTheRegisteredAuditLog()
    {
        using var provider = new ServiceCollection().AddSingleton<IClock>(new FakeClock(LifecycleScenario.Friday10)).AddOrderConfirmation().BuildServiceProvider();
        var lifecycle = provider.GetRequiredService<OrderLifecycle>();

        var result = lifecycle.Execute(null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);

        Assert.True(result.IsAccepted);
        Assert.Same(provider.GetRequiredService<LifecyclePolicy>(), lifecycle.Policy);
        Assert.Same(lifecycle, provider.GetRequiredService<OrderLifecycle>());
        Assert.Equal(LifecycleScenario.Order.OrderId, Assert.Single(provider.GetRequiredService<IAuditLog>().Entries).OrderId);
    }

    [Fact]
    public async Task AddOrderConfirmation_WithAStore_ProcessorCommitsToItAtTheRegisteredClock()
    {
        var store = new InMemoryOrderStore();
        using var provider = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(LifecycleScenario.Friday10))
            .AddSingleton<IOrderStore>(store)
            .AddOrderConfirmation()
            .BuildServiceProvider();
        var processor = provider.GetRequiredService<OrderCommandProcessor>();

        var result = await processor.ExecuteAsync("enter", "SO-1001", new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales, CancellationToken.None);

        Assert.Equal(CommandStatus.Accepted, result.Status);
        Assert.Same(store, processor.Store);
        Assert.Same(provider.GetRequiredService<LifecyclePolicy>(), processor.Policy);
        Assert.Equal(LifecycleScenario.Friday10, (await store.FindAsync("SO-1001"))!.State.EnteredAt);
    }

    [Fact]
    public void AddOrderConfirmation_NoStore_ProcessorFailsNamingWhatToRegister()
    {
        using var provider = new ServiceCollection().AddOrderConfirmation().BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(provider.GetRequiredService<OrderCommandProcessor>);

        Assert.Contains("needs an IOrderStore", error.Message, StringComparison.Ordinal);
        Assert.Contains("OrderConfirmation.EntityFrameworkCore", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddOrderConfirmation_AtRiskWithinDays_FollowUpMonitorUsesIt()
    {
        var confirmed = new LifecycleScenario().Confirmed();
        using var wide = new ServiceCollection().AddOrderConfirmation(o => o.AtRiskWithinDays = 18).BuildServiceProvider();
        using var narrow = new ServiceCollection().AddOrderConfirmation(o => o.AtRiskWithinDays = 17).BuildServiceProvider();

        Assert.Equal([confirmed], wide.GetRequiredService<FollowUpMonitor>().AtRisk([confirmed], LifecycleScenario.Friday10));
        Assert.Empty(narrow.GetRequiredService<FollowUpMonitor>().AtRisk([confirmed], LifecycleScenario.Friday10));
    }

    [Fact]
    public void AddOrderConfirmation_Options_SetThePolicy()
    {
        using var provider = new ServiceCollection().AddOrderConfirmation(o =>
        {
            o.ReplyBusinessDays = 5;
            o.AtRiskWithinDays = 7;
            o.SeparationOfDuties = false;
        }).BuildServiceProvider();

        var policy = provider.GetRequiredService<LifecyclePolicy>();
        Assert.Equal((5, 7, false), (policy.ReplyBusinessDays, policy.AtRiskWithinDays, policy.SeparationOfDuties));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(3, -1)]
    public void AddOrderConfirmation_LimitOutOfRange_FailsAtRegistration(int replyDays, int atRiskDays) =>
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddOrderConfirmation(o =>
        {
            o.ReplyBusinessDays = replyDays;
            o.AtRiskWithinDays = atRiskDays;
        }));

    [Fact]
    public void AddOrderConfirmation_AuditLogPath_RecordsCommandsInTheFile()
    {
        var path = Path.Combine(_temp, "audit.jsonl");
        var services = new ServiceCollection().AddSingleton<IClock>(new FakeClock(LifecycleScenario.Friday10));
        using (var provider = services.AddOrderConfirmation(o => o.AuditLogPath = path).BuildServiceProvider())
        {
            provider.GetRequiredService<OrderLifecycle>().Execute(null, new EnterOrder(LifecycleScenario.Order), LifecycleScenario.Sales);
        }

        var verification = AuditChain.VerifyFile(path);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(1, verification.EntriesVerified);
    }

    [Fact]
    public void AddOrderConfirmation_AuditLogInMissingDirectory_FailsAtRegistration() =>
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddOrderConfirmation(o => o.AuditLogPath = Path.Combine(_temp, "missing", "audit.jsonl")));

    [Fact]
    public async Task ChangeReviewer_GathersFactsForAddedProducts()
    {
        var supply = new InMemorySupply()
            .Set("CLOUD-HOST-8C", new SupplyPosition(50m, 3))
            .Set("BACKUP-1TB", new SupplyPosition(20m, 5))
            .Set("SRV-INSTALL", new SupplyPosition(10m, 2));
        var services = new ServiceCollection()
            .AddSingleton<ISupplyProvider>(supply)
            .AddSingleton<ICreditProfileProvider>(new InMemoryCreditProfiles().Set("C-001", new CreditProfile(100_000m, 0m, 0m, 0m, 0, 0, blocked: false)))
            .AddSingleton<ICapabilityCatalog>(new InMemoryCapabilityCatalog(["IPV6"]))
            .AddSingleton<IClock>(new FakeClock(ChangeScenario.RequestedAt));
        using var provider = services.AddOrderConfirmation().BuildServiceProvider();
        var scenario = new ChangeScenario();
        var added = new LineChange(3, sku: "SRV-INSTALL", description: "Installation", quantity: 1m, unitPrice: 800m);

        var evaluation = await provider.GetRequiredService<IChangeReviewer>().ReviewChangeAsync(scenario.Snapshot, ChangeScenario.Change(added));

        Assert.True(evaluation.Feasible, string.Join("; ", evaluation.Reasons.Select(r => r.Message)));
    }
}
