using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.CustomTypeProviders;
using OrderConfirmation.Rules;
using OrderConfirmation.Orders;
using OrderConfirmation.Rules.Compilation;

namespace OrderConfirmation.Tests.Rules;

/// <summary>
/// The types rule expressions are parsed with (issue 17, cold start): RulesEngine 6.0.1's set for the same custom types,
/// known without System.Linq.Dynamic.Core's scan of every loaded assembly for <c>[DynamicLinqType]</c>, which was most
/// of a cold load. Timing-free guards: a type marked for that scan in this (loaded) assembly is never found, so going back
/// to a scanning provider fails here; and everything else the parser knows is what RulesEngine's provider gives.
/// </summary>
public sealed class ExpressionTypeProviderTests
{
    private static readonly ExpressionTypeProvider Ours = RuleExpressionCompiler.TypeProvider;

    [Fact]
    public void DefaultProvider_ThisAssemblyLoaded_FindsTheMarkedType()
    {
        // What the guards below rely on: a scanning provider does find the marked type in this process.
        var scanning = new DefaultDynamicLinqCustomTypeProvider(ParsingConfig.Default, cacheCustomTypes: false);

        Assert.Contains(typeof(MarkedForDynamicLinq), scanning.GetCustomTypes());
        Assert.Equal(typeof(MarkedForDynamicLinq), scanning.ResolveType(typeof(MarkedForDynamicLinq).FullName!));
    }

    [Fact]
    public void GetCustomTypes_TypeMarkedForDynamicLinqInALoadedAssembly_IsNotAmongThem() =>
        Assert.DoesNotContain(typeof(MarkedForDynamicLinq), Ours.GetCustomTypes());

    [Fact]
    public void ResolveType_MarkedTypeByFullOrSimpleName_IsRefused()
    {
        Assert.Null(Ours.ResolveType(typeof(MarkedForDynamicLinq).FullName!));
        Assert.Null(Ours.ResolveTypeBySimpleName(nameof(MarkedForDynamicLinq)));
    }

    [Fact]
    public void ResolveType_AllowListedTypeByFullName_IsRefusedAsByRulesEngine()
    {
        // RulesEngine's provider resolves by name only marked types, never its custom types: rules name those directly.
        Assert.Null(Ours.ResolveType(typeof(Order).FullName!));
        Assert.Null(new RulesEngine.CustomTypeProvider(RuleExpressionCompiler.ExpressionTypes).ResolveType(typeof(Order).FullName!));
    }

    [Fact]
    public void GetCustomTypes_ComparedWithRulesEngine_SameTypesButTheScannedOne()
    {
        var reference = new RulesEngine.CustomTypeProvider(RuleExpressionCompiler.ExpressionTypes).GetCustomTypes();

        Assert.Contains(typeof(Order), Ours.GetCustomTypes());
        Assert.Contains(typeof(Enumerable), Ours.GetCustomTypes());
        Assert.Contains(typeof(System.Collections.IEnumerable), Ours.GetCustomTypes());
        Assert.Equal(reference.Except([typeof(MarkedForDynamicLinq)]).OrderBy(t => t.FullName, StringComparer.Ordinal), Ours.GetCustomTypes().OrderBy(t => t.FullName, StringComparer.Ordinal));
    }

    [Fact]
    public void GetExtensionMethods_ComparedWithRulesEngine_SameMethodsInTheSameOrder()
    {
        var reference = new RulesEngine.CustomTypeProvider(RuleExpressionCompiler.ExpressionTypes).GetExtensionMethods();
        var ours = Ours.GetExtensionMethods();

        Assert.Contains(ours.Keys, k => k.IsGenericType && k.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        Assert.Equal(reference.Keys.OrderBy(k => k.ToString(), StringComparer.Ordinal), ours.Keys.OrderBy(k => k.ToString(), StringComparer.Ordinal));
        Assert.All(reference, pair => Assert.Equal(pair.Value, ours[pair.Key]));
    }

    [Fact]
    public void Validate_ExpressionNamingTheMarkedType_IsRefused()
    {
        var error = TestRuleFile.SingleError(new TestRule("MarkedForDynamicLinq.Answer == 42 && order.Total > 0"));

        Assert.Equal(RuleDiagnosticCodes.InvalidExpression, error.Code);
        Assert.Contains("MarkedForDynamicLinq", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ExpressionNamingAnAllowListedType_Loads() =>
        Assert.Empty(TestRuleFile.Validate(new TestRule("order.PaymentTerms != PaymentTerms.Prepaid && Check.IsPresent(customer.Name)")).Errors);
}

/// <summary>A type marked for System.Linq.Dynamic.Core's assembly scan, which rules must not be able to name.</summary>
[DynamicLinqType]
public static class MarkedForDynamicLinq
{
    /// <summary>Any member.</summary>
    public static int Answer => 42;
}
