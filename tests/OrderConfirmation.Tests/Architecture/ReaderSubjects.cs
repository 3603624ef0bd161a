using System.Diagnostics;

namespace OrderConfirmation.Tests.Architecture;

// Subjects of AssemblyDependencyReaderTests: each *Subject names its target in one place only, the one its name says.

internal sealed class LambdaSubject
{
    public static Func<object> Factory() => () => new MadeInLambda();
}

internal sealed class MadeInLambda;

internal sealed class StateMachineSubject
{
    public static async Task<object> MakeAsync()
    {
        await Task.Yield();
        return new MadeAfterAwait();
    }
}

internal sealed class MadeAfterAwait;

internal static class CatchSubject
{
    public static bool Tries(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (CaughtOnlyException)
        {
            return false;
        }
    }
}

internal sealed class CaughtOnlyException : Exception
{
    public CaughtOnlyException()
    {
    }

    public CaughtOnlyException(string message)
        : base(message)
    {
    }

    public CaughtOnlyException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

[DebuggerTypeProxy(typeof(NamedInTypeof))]
internal sealed class AttributeSubject;

internal sealed class NamedInTypeof;

internal sealed class GenericArraySubject
{
    public IReadOnlyList<KeyValuePair<string, ElementOfArrayArgument[]>> Items { get; } = [];
}

internal sealed class ElementOfArrayArgument;

internal static class NestedTargetSubject
{
    public static object Make() => new OuterTarget.Inner();
}

internal static class OuterTarget
{
    internal sealed class Inner;
}
