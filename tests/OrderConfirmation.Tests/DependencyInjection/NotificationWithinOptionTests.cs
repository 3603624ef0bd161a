using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Tests.DependencyInjection;

/// <summary>Issue 16: the time to tell the customer is configurable (<c>OrderConfirmation:NotificationWithin</c>), 4 business hours by default.</summary>
public sealed class NotificationWithinOptionTests
{
    [Fact]
    public void AddOrderConfirmation_ByDefault_GivesThePolicyFourHours()
    {
        using var provider = new ServiceCollection().AddOrderConfirmation().BuildServiceProvider();

        Assert.Equal(Duration.FromHours(4), provider.GetRequiredService<LifecyclePolicy>().NotificationWithin);
    }

    [Fact]
    public void AddOrderConfirmation_NotificationWithin_ReachesThePolicy()
    {
        using var provider = new ServiceCollection().AddOrderConfirmation(o => o.NotificationWithin = TimeSpan.FromMinutes(90)).BuildServiceProvider();

        Assert.Equal(Duration.FromMinutes(90), provider.GetRequiredService<LifecyclePolicy>().NotificationWithin);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void AddOrderConfirmation_NotificationWithinNotPositive_Throws(int minutes) =>
        Assert.Contains(
            "NotificationWithin must be positive",
            Assert.Throws<ArgumentException>(() => new ServiceCollection().AddOrderConfirmation(o => o.NotificationWithin = TimeSpan.FromMinutes(minutes))).Message,
            StringComparison.Ordinal);
}
