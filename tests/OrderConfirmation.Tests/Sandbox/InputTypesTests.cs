using System.Reflection;
using OrderConfirmation.Orders;
using OrderConfirmation.Rules.Sandbox;

namespace OrderConfirmation.Tests.Sandbox;

/// <summary>
/// A host's stage makes its facts readable by rules (README: "Rules may read the public members of the facts' types;
/// the sandbox still refuses reflection and everything else"): the facts' type and the host's types reachable from its
/// public members are trusted, the framework's never.
/// </summary>
public sealed class InputTypesTests
{
    public sealed record Licence(string Number);

    public sealed record HostFacts(IReadOnlyList<Licence> Licences, Assembly Origin, Type Kind, string Note)
    {
#pragma warning disable CA1051 // a public field on purpose: the sandbox follows fields as well as properties
        public Licence? Primary;
#pragma warning restore CA1051
    }

    [Fact]
    public void InputTypes_HostFacts_TrustTheFactsAndTheHostTypesTheyReach()
    {
        var trusted = ExpressionAllowList.InputTypes([typeof(HostFacts)]);

        Assert.Equal([typeof(HostFacts), typeof(Licence)], trusted.OrderBy(t => t.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void InputTypes_LibraryAndFrameworkTypes_AddNothing()
    {
        Assert.Empty(ExpressionAllowList.InputTypes([typeof(Order), typeof(int?), typeof(IReadOnlySet<string>), typeof(decimal[]), typeof(Assembly), typeof(Type)]));
    }

    [Fact]
    public void InputTypes_HostTypeInsideAGenericOrArray_IsTrusted()
    {
        Assert.Contains(typeof(Licence), ExpressionAllowList.InputTypes([typeof(IReadOnlyList<Licence>)]));
        Assert.Contains(typeof(Licence), ExpressionAllowList.InputTypes([typeof(Licence[])]));
    }

    [Fact]
    public void Problem_ReflectionThroughTrustedFacts_IsStillRefused()
    {
        var trusted = ExpressionAllowList.InputTypes([typeof(HostFacts)]);
        var facts = System.Linq.Expressions.Expression.Parameter(typeof(HostFacts), "export");

        var origin = System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Property(facts, nameof(HostFacts.Origin)), nameof(Assembly.Location));
        var licence = System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Field(facts, nameof(HostFacts.Primary)), nameof(Licence.Number));

        Assert.NotNull(ExpressionAllowList.Problem("export.Origin.Location", origin, trusted));
        Assert.Null(ExpressionAllowList.Problem("export.Primary.Number", licence, trusted));
        Assert.NotNull(ExpressionAllowList.Problem("export.Primary.Number", licence));
    }
}
