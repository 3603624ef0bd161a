using Mono.Cecil;

namespace OrderConfirmation.Tests.Architecture;

/// <summary>
/// Reads the type-to-type dependencies of a built assembly from its IL (with Mono.Cecil, without loading it). IL does not
/// see constants (inlined), <c>nameof</c> or XML-doc <c>cref</c>s: the source checks cover those.
/// </summary>
internal static class AssemblyDependencyReader
{
    /// <summary>
    /// Every dependency between two different top-level types of the assembly whose namespaces <paramref name="includes"/>
    /// accepts, each pair once, in name order.
    /// </summary>
    public static IReadOnlyList<TypeDependency> Read(string assemblyPath, Func<string, bool> includes)
    {
        using var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(assemblyPath));
        resolver.AddSearchDirectory(Path.GetDirectoryName(typeof(object).Assembly.Location));
        using var module = ModuleDefinition.ReadModule(assemblyPath, new ReaderParameters { AssemblyResolver = resolver, InMemory = true });

        var dependencies = new SortedSet<TypeDependency>(Comparer<TypeDependency>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString())));
        var own = module.Types.Select(TypeReferenceCollector.Outermost).ToHashSet();
        foreach (var type in module.Types)
        {
            var from = TypeReferenceCollector.Outermost(type);
            if (!includes(from.Namespace))
            {
                continue;
            }

            foreach (var to in TypeReferenceCollector.Collect(type))
            {
                // Only the assembly's own types: the DI namespace is shared with the framework's IServiceCollection & co.
                if (to != from && includes(to.Namespace) && own.Contains(to))
                {
                    dependencies.Add(new(from, to));
                }
            }
        }

        return [.. dependencies];
    }
}
