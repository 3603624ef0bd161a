using System.Collections;
using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Reflection;
using System.Runtime.CompilerServices;
using RulesEngine.HelperFunctions;

namespace OrderConfirmation.Rules.Compilation;

/// <summary>
/// The types the expression language knows by name, for System.Linq.Dynamic.Core's parser: the same set RulesEngine
/// 6.0.1's <c>CustomTypeProvider</c> builds from <c>ReSettings.CustomTypes</c> (the given types, RulesEngine's
/// <see cref="ExpressionUtils"/> and <see cref="Enumerable"/>, all their base types and interfaces, and
/// <see cref="IEnumerable"/>), but without the scan of every loaded assembly for <c>[DynamicLinqType]</c> that
/// RulesEngine's provider inherits from System.Linq.Dynamic.Core's default one (most of a cold load). No type outside the
/// set is resolved by name. Built once; immutable afterwards, so parsers on any thread may share it.
/// </summary>
internal sealed class ExpressionTypeProvider : IDynamicLinqCustomTypeProvider
{
    private readonly HashSet<Type> _types;
    private readonly Dictionary<Type, List<MethodInfo>> _extensionMethods;

    /// <summary>Builds the set from the types whose members expressions may call.</summary>
    /// <param name="customTypes">The types given to the parser (RulesEngine's <c>ReSettings.CustomTypes</c>).</param>
    public ExpressionTypeProvider(IEnumerable<Type> customTypes)
    {
        _types = [.. customTypes, typeof(ExpressionUtils), typeof(Enumerable)];
        var pending = new Queue<Type>(_types);
        while (pending.TryDequeue(out var type))
        {
            if (type.BaseType is { } baseType && _types.Add(baseType))
            {
                pending.Enqueue(baseType);
            }

            foreach (var implemented in type.GetInterfaces())
            {
                if (_types.Add(implemented))
                {
                    pending.Enqueue(implemented);
                }
            }
        }

        _types.Add(typeof(IEnumerable));
        _extensionMethods = _types
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(m => m.IsDefined(typeof(ExtensionAttribute), inherit: false))
            .GroupBy(m => m.GetParameters()[0].ParameterType)
            .ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>The types expressions may name.</summary>
    public HashSet<Type> GetCustomTypes() => _types;

    /// <summary>The extension methods of those types (LINQ's operators), by the type they extend.</summary>
    public Dictionary<Type, List<MethodInfo>> GetExtensionMethods() => _extensionMethods;

    /// <summary>Refuses every name: only types marked <c>[DynamicLinqType]</c> resolve this way, and rules may name none.</summary>
    public Type? ResolveType(string typeName) => null;

    /// <summary>Refuses every name, as <see cref="ResolveType"/>.</summary>
    public Type? ResolveTypeBySimpleName(string simpleTypeName) => null;
}
