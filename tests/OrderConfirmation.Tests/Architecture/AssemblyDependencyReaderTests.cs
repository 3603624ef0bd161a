namespace OrderConfirmation.Tests.Architecture;

/// <summary>The IL reader, on small types of this test assembly (<see cref="LambdaSubject"/> and its neighbours).</summary>
public sealed class AssemblyDependencyReaderTests
{
    private const string SubjectNamespace = "OrderConfirmation.Tests.Architecture";

    private static readonly Lazy<IReadOnlyList<TypeDependency>> Dependencies = new(() =>
        AssemblyDependencyReader.Read(typeof(LambdaSubject).Assembly.Location, n => n == SubjectNamespace));

    private static TypeDependency Dependency(Type from, Type to) =>
        new(new(SubjectNamespace, from.FullName!), new(SubjectNamespace, to.FullName!));

    [Theory]
    [InlineData(typeof(LambdaSubject), typeof(MadeInLambda))]
    [InlineData(typeof(StateMachineSubject), typeof(MadeAfterAwait))]
    [InlineData(typeof(CatchSubject), typeof(CaughtOnlyException))]
    [InlineData(typeof(AttributeSubject), typeof(NamedInTypeof))]
    [InlineData(typeof(GenericArraySubject), typeof(ElementOfArrayArgument))]
    [InlineData(typeof(NestedTargetSubject), typeof(OuterTarget))]
    public void Read_TypeNamedInOnePlaceOnly_IsADependencyOfTheOutermostType(Type subject, Type target) =>
        Assert.Contains(Dependency(subject, target), Dependencies.Value);

    [Fact]
    public void Read_NewInsideALambda_IsSeen()
    {
        var fromLambdaSubject = Dependencies.Value.Where(d => d.From.FullName == typeof(LambdaSubject).FullName).Select(d => d.To.FullName);

        Assert.Equal([typeof(MadeInLambda).FullName], fromLambdaSubject);
    }

    [Fact]
    public void Read_TypeOfAnotherAssemblyInAnIncludedNamespace_IsNotADependency()
    {
        // The library's DI extension shares its namespace with the framework's IServiceCollection, which it uses.
        var fromExtension = AssemblyDependencyReader.Read(typeof(OrderConfirmation.Orders.Order).Assembly.Location, LayerRules.IsLibraryNamespace)
            .Where(d => d.From.Namespace == LayerRules.DependencyInjectionNamespace).Select(d => d.To.FullName).ToList();

        Assert.Contains("OrderConfirmation.DependencyInjection.OrderConfirmationOptions", fromExtension);
        Assert.DoesNotContain("Microsoft.Extensions.DependencyInjection.IServiceCollection", fromExtension);
    }

    [Fact]
    public void Read_TargetThatNamesNothing_HasNoDependency()
    {
        Assert.DoesNotContain(Dependencies.Value, d => d.From.FullName == typeof(MadeInLambda).FullName);
        Assert.DoesNotContain(Dependency(typeof(MadeInLambda), typeof(LambdaSubject)), Dependencies.Value);
    }

    [Fact]
    public void Read_NestedAndCompilerGeneratedTypes_AreFoldedIntoTheirOutermostType()
    {
        var names = Dependencies.Value.SelectMany(d => new[] { d.From.FullName, d.To.FullName }).ToArray();

        Assert.NotEmpty(names);
        Assert.DoesNotContain(names, n => n.Contains('/', StringComparison.Ordinal) || n.Contains('<', StringComparison.Ordinal) || n.Contains('+', StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NamespaceNotIncluded_IsLeftOut() =>
        Assert.All(Dependencies.Value, d => Assert.Equal((SubjectNamespace, SubjectNamespace), (d.From.Namespace, d.To.Namespace)));
}
