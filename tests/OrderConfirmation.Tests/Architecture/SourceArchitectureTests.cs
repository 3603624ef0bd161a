namespace OrderConfirmation.Tests.Architecture;

/// <summary>
/// What IL cannot see, checked in src/OrderConfirmation: enum constants (Rules names no stage), <c>nameof</c>, XML-doc
/// <c>cref</c>s and inlined constants (the forbidden edges, by folder).
/// </summary>
public sealed class SourceArchitectureTests
{
    private const string Library = "src/OrderConfirmation";

    [Fact]
    public void RulesSource_OutsideComments_NamesNoStage()
    {
        var files = SourceFiles.Under($"{Library}/Rules");
        var hits = files.SelectMany(f => StageNames.In(f.Path, f.Text)).ToArray();

        Assert.NotEmpty(files);
        Assert.True(hits.Length == 0, $"Rules names a stage {hits.Length} time(s); a stage declares its inputs, Rules compiles against that declaration:\n"
            + string.Join("\n", hits.Select(h => $"  {h}")));
    }

    [Theory]
    [MemberData(nameof(ForbiddenEdges.Cases), MemberType = typeof(ForbiddenEdges))]
    public void LayerSource_ForbiddenLayer_IsNeverNamed(string from, string to)
    {
        var files = SourceFiles.Under($"{Library}/{from}");
        var hits = files.SelectMany(f => LayerMentions.In(f.Path, f.Text, MainAssembly.Names)).Where(m => m.Layer == to).Select(m => m.Where).ToArray();

        Assert.NotEmpty(files);
        Assert.True(hits.Length == 0, $"{Library}/{from}/ names {to} {hits.Length} time(s):\n" + string.Join("\n", hits.Select(h => $"  {h}")));
    }
}
