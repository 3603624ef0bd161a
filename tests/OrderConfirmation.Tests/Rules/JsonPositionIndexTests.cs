using System.Text;
using OrderConfirmation.Diagnostics;
using OrderConfirmation.Json;

namespace OrderConfirmation.Tests.Rules;

public sealed class JsonPositionIndexTests
{
    private static JsonPositionIndex Index(string json) => JsonPositionIndex.Build(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Find_NestedValue_GivesItsLineAndColumn()
    {
        var index = Index("{\n  \"a\": { \"b\": [1, \"x\"] }\n}");

        Assert.Equal(new SourcePosition(2, 19), index.Find("a.b[1]"));
    }

    [Fact]
    public void DuplicateProperties_RepeatedInOneObject_GivesEachLaterOccurrence()
    {
        var index = Index("{ \"a\": 1,\n  \"a\": 2,\n  \"a\": 3 }");

        Assert.Equal(
            [new JsonPositionIndex.DuplicateProperty("a", new SourcePosition(2, 3)), new JsonPositionIndex.DuplicateProperty("a", new SourcePosition(3, 3))],
            index.DuplicateProperties);
    }

    [Fact]
    public void DuplicateProperties_SameNameInDifferentObjects_AreNotDuplicates() =>
        Assert.Empty(Index("""{ "a": { "x": 1 }, "b": { "x": 2 }, "c": [ { "x": 3 }, { "x": 4 } ] }""").DuplicateProperties);

    [Fact]
    public void DuplicateProperties_RepeatedObject_ReportsOnlyTheObjectNotItsContent()
    {
        var index = Index("""{ "w": { "x": 1 }, "w": { "x": 2 } }""");

        Assert.Equal("w", Assert.Single(index.DuplicateProperties).Path);
    }
}
