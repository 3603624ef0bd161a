using OrderConfirmation.Orders;

namespace OrderConfirmation.Testing.Tests.Fakes;

/// <summary>The in-memory providers a host uses before it has its own: what they answer, and that they honour cancellation.</summary>
public sealed class InMemoryProvidersTests
{
    private static CancellationToken Cancelled => new(canceled: true);

    [Fact]
    public async Task InMemoryCapabilityCatalog_NoCapabilitiesGiven_SupportsNothing()
    {
        var supported = await new InMemoryCapabilityCatalog().GetSupportedCapabilitiesAsync(default);

        Assert.Empty(supported);
    }

    [Fact]
    public async Task InMemoryCapabilityCatalog_Replace_AnswersTheNewListOnly()
    {
        var catalog = new InMemoryCapabilityCatalog(["IPV6"]);

        catalog.Replace(["BGP", "MPLS"]);

        Assert.Equal(["BGP", "MPLS"], (await catalog.GetSupportedCapabilitiesAsync(default)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task InMemoryCapabilityCatalog_CancelledToken_Throws() =>
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await new InMemoryCapabilityCatalog(["IPV6"]).GetSupportedCapabilitiesAsync(Cancelled));

    [Fact]
    public async Task InMemoryCreditProfiles_CancelledToken_Throws() =>
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await new InMemoryCreditProfiles().GetCreditProfileAsync("C-001", Cancelled));

    [Fact]
    public async Task InMemorySupply_CancelledToken_Throws() =>
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await new InMemorySupply().GetSupplyAsync(["SKU"], Cancelled));

    [Fact]
    public async Task InMemoryCreditProfiles_SetThenRemove_AnswersTheProfileThenNothing()
    {
        var profile = new CreditProfile(100m, 0m, 0m, 0m, 0, 0, blocked: false);
        var profiles = new InMemoryCreditProfiles().Set("C-001", profile);

        Assert.Same(profile, await profiles.GetCreditProfileAsync("C-001", default));
        Assert.True(profiles.Remove("C-001"));
        Assert.Null(await profiles.GetCreditProfileAsync("C-001", default));
        Assert.False(profiles.Remove("C-001"));
    }

    [Fact]
    public async Task InMemorySupply_AskedForSomeSkus_AnswersOnlyTheKnownOnesAskedFor()
    {
        var supply = new InMemorySupply().Set("A", new SupplyPosition(1m, 1)).Set("B", new SupplyPosition(2m, 2));

        var answer = await supply.GetSupplyAsync(["B", "UNKNOWN"], default);

        Assert.Equal(["B"], answer.Keys);
        Assert.Equal(2m, answer["B"].Available);
    }
}
