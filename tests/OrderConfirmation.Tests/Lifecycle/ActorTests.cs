using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Tests.Lifecycle;

public sealed class ActorTests
{
    [Fact]
    public void ToString_NamesThePersonAndTheRole() =>
        Assert.Equal("head.chen (HeadOfOrderConfirmation)", new Actor("head.chen", Role.HeadOfOrderConfirmation).ToString());

    [Fact]
    public void Actor_EveryDefinedRole_IsAccepted() =>
        Assert.All(Enum.GetValues<Role>(), r => Assert.Equal(r, new Actor("someone", r).Role));
}
