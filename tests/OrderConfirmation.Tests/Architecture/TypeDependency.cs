namespace OrderConfirmation.Tests.Architecture;

/// <summary>A top-level type: nested and compiler-generated types are folded into the type that declares them.</summary>
internal readonly record struct TypeName(string Namespace, string FullName)
{
    /// <summary>A type from its full name, the namespace being everything before the last dot (for synthetic graphs).</summary>
    public static TypeName Parse(string fullName)
    {
        var dot = fullName.LastIndexOf('.');
        return new(dot < 0 ? string.Empty : fullName[..dot], fullName);
    }

    public override string ToString() => FullName;
}

/// <summary>One type naming another somewhere in its signatures, attributes or method bodies.</summary>
internal readonly record struct TypeDependency(TypeName From, TypeName To)
{
    /// <summary>A dependency between two types given by full name (for synthetic graphs).</summary>
    public static TypeDependency Between(string from, string to) => new(TypeName.Parse(from), TypeName.Parse(to));

    public override string ToString() => $"{From} → {To}";
}
