namespace OrderConfirmation.Tests.Architecture;

/// <summary>A place in a source file where a check found something, with the line as written.</summary>
internal sealed record SourceHit(string Path, int Line, string What, string Text)
{
    public override string ToString() => $"{Path}:{Line}: {What} in `{Text.Trim()}`";
}
