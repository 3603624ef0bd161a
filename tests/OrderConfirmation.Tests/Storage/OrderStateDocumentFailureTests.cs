using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderConfirmation.Storage;

namespace OrderConfirmation.Tests.Storage;

/// <summary>A document that is not a stored state of format 1 or 2 is refused with one exception type, naming where and what.</summary>
public sealed class OrderStateDocumentFailureTests
{
    private static readonly Lazy<string> Completed = new(() => OrderStateDocument.Write(new StoredStateScenarios().CompletedChangedTwice()));

    /// <summary>Held for credit and released: its latest review has findings with values.</summary>
    private static readonly Lazy<string> Released = new(() => OrderStateDocument.Write(new StoredStateScenarios().Released()));

    private static readonly Lazy<string> AskedAgain = new(() => OrderStateDocument.Write(new StoredStateScenarios().AskedAgain()));

    private static string Edit(Lazy<string> document, Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(document.Value)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    private static StoredStateFormatException AssertRefused(string json, string path, string problem)
    {
        var error = Assert.Throws<StoredStateFormatException>(() => OrderStateDocument.Read(json));
        Assert.Equal(path, error.Path);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.Contains($"{path}: {error.Problem}", error.Message, StringComparison.Ordinal);
        return error;
    }

    /// <summary>What a damaged store could hold in place of a value.</summary>
    private static readonly JsonNode?[] Replacements = [null, "x", "", 0, -1, 1.5, 1e30, true, new JsonObject(), new JsonArray(), JsonNode.Parse("[null]"), JsonNode.Parse("{\"type\":\"int\",\"value\":1}")];

    [Property(MaxTest = 500)]
    public Property Read_DocumentWithOneValueSpoiled_RestoresOrRefusesWithAPath() =>
        Prop.ForAll(
            (from document in Gen.Elements(Completed, Released, AskedAgain)
             from pick in Gen.Choose(0, int.MaxValue)
             from replacement in Gen.Choose(0, Replacements.Length)
             select (document, pick, replacement)).ToArbitrary(),
            spoil =>
            {
                var (document, pick, replacement) = spoil;
                var root = JsonNode.Parse(document.Value)!;
                var places = Places(root).ToList();
                var (parent, key, index) = places[pick % places.Count];
                if (replacement == Replacements.Length)
                {
                    _ = key is null ? parent.AsArray().Remove(parent[index]) : parent.AsObject().Remove(key);
                }
                else
                {
                    var value = Replacements[replacement]?.DeepClone();
                    if (key is null)
                    {
                        parent[index] = value;
                    }
                    else
                    {
                        parent[key] = value;
                    }
                }

                try
                {
                    OrderStateDocument.Read(root.ToJsonString());
                    return true.Label("restored");
                }
                catch (StoredStateFormatException e)
                {
                    return e.Path.StartsWith('$').Label(e.Message);
                }
            });

    /// <summary>Every value of the document with its parent and its member name (or its index in an array).</summary>
    private static IEnumerable<(JsonNode Parent, string? Key, int Index)> Places(JsonNode node)
    {
        if (node is JsonObject o)
        {
            foreach (var (key, value) in o.ToList())
            {
                yield return (o, key, 0);
                foreach (var inner in value is null ? [] : Places(value))
                {
                    yield return inner;
                }
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                yield return (a, null, i);
                foreach (var inner in a[i] is null ? [] : Places(a[i]!))
                {
                    yield return inner;
                }
            }
        }
    }

    [Theory]
    [InlineData("this is not JSON")]
    [InlineData("")]
    [InlineData("{\"format\":1,\"orderId\":")]
    public void Read_TextThatIsNotJson_IsRefusedAtTheRoot(string json) =>
        AssertRefused(json, "$", "the text is not JSON");

    [Fact]
    public void Read_TruncatedDocument_IsRefusedAtTheRoot() =>
        AssertRefused(Completed.Value[..(Completed.Value.Length / 2)], "$", "the text is not JSON");

    [Fact]
    public void Read_NestedDeeperThanAnyState_IsRefusedAtTheRoot() =>
        AssertRefused(new string('[', 200) + new string(']', 200), "$", "the text is not JSON");

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("\"SO-1001\"", "a string")]
    [InlineData("null", "null")]
    public void Read_DocumentThatIsNotAnObject_IsRefusedAtTheRoot(string json, string found) =>
        AssertRefused(json, "$", $"expected an object, an order's stored state, found {found}");

    [Fact]
    public void Read_DocumentWithoutFormat_IsRefusedAtFormat() =>
        AssertRefused(Edit(Completed, root => root.Remove("format")), "$.format", "is missing");

    [Theory]
    [InlineData("4", "\"4\"")]
    [InlineData("0", "\"0\"")]
    [InlineData("1.5", "\"1.5\"")]
    [InlineData("\"1\"", "a string")]
    [InlineData("null", "null")]
    public void Read_FormatOtherThan1To3_IsRefusedAtFormat(string format, string found) =>
        AssertRefused(Edit(Completed, root => root["format"] = JsonNode.Parse(format)), "$.format", $"this version reads stored order states of formats 1 to 3 only, found {found}");

    [Fact]
    public void Read_MissingLineQuantity_IsRefusedAtThatMember() =>
        AssertRefused(Edit(Completed, root => root["order"]!["lines"]![0]!.AsObject().Remove("quantity")), "$.order.lines[0].quantity", "is missing");

    [Fact]
    public void Read_MissingConfirmationDecision_IsRefusedAtThatMember() =>
        AssertRefused(Edit(Completed, root => root["confirmation"]!.AsObject().Remove("decision")), "$.confirmation.decision", "is missing");

    [Fact]
    public void Read_NullOrder_IsRefusedAtTheOrder() =>
        AssertRefused(Edit(Completed, root => root["order"] = null), "$.order", "expected an object, found null");

    [Fact]
    public void Read_RevisionAsText_IsRefusedAtRevision() =>
        AssertRefused(Edit(Completed, root => root["revision"] = "3"), "$.revision", "expected a whole number, found a string");

    [Fact]
    public void Read_RevisionBeyondInt32_IsRefusedAtRevision() =>
        AssertRefused(Edit(Completed, root => root["revision"] = 10_000_000_000L), "$.revision", "expected a whole number from -2147483648 to 2147483647, found \"10000000000\"");

    [Fact]
    public void Read_QuantityAsText_IsRefusedAtTheQuantity() =>
        AssertRefused(Edit(Completed, root => root["order"]!["lines"]![1]!["quantity"] = "5.50"), "$.order.lines[1].quantity", "expected a number, found a string");

    [Fact]
    public void Read_PriceBeyondDecimal_IsRefusedAtThePrice() =>
        AssertRefused(Edit(Completed, root => root["order"]!["lines"]![0]!["unitPrice"] = JsonNode.Parse("1e40")), "$.order.lines[0].unitPrice", "\"1e40\" is not a decimal number");

    [Fact]
    public void Read_UnknownMember_IsRefusedAtThatMember() =>
        AssertRefused(Edit(Completed, root => root["confirmation"]!["approvedBy"] = "someone"), "$.confirmation.approvedBy", "is not a member here");

    [Fact]
    public void Read_RepeatedMember_IsRefusedAtTheRepetition() =>
        AssertRefused(Completed.Value.Replace("\"format\":3,", "\"format\":3,\"orderId\":\"SO-2\",", StringComparison.Ordinal), "$.orderId", "appears twice");

    [Fact]
    public void Read_UnknownStatus_IsRefusedAtStatus() =>
        AssertRefused(Edit(Completed, root => root["status"] = "Shipped"), "$.status", "\"Shipped\" is none of the OrderStatus values: Draft, Submitted,");

    [Theory]
    [InlineData("completed")]
    [InlineData("7")]
    [InlineData(" Completed")]
    [InlineData("Completed, Rejected")]
    public void Read_StatusNotWrittenAsAName_IsRefusedAtStatus(string status) =>
        AssertRefused(Edit(Completed, root => root["status"] = status), "$.status", "is none of the OrderStatus values");

    [Fact]
    public void Read_StatusAsNumber_IsRefusedAtStatus() =>
        AssertRefused(Edit(Completed, root => root["status"] = 7), "$.status", "expected the name of one of the OrderStatus values, found a number");

    [Fact]
    public void Read_InstantWithoutZone_IsRefusedAtThatInstant() =>
        AssertRefused(Edit(Completed, root => root["enteredAt"] = "2026-11-27T02:01:00"), "$.enteredAt", "expected an instant in ISO-8601 UTC");

    [Fact]
    public void Read_DateThatDoesNotExist_IsRefusedAtThatDate() =>
        AssertRefused(Edit(Completed, root => root["promisedDeliveryDate"] = "2026-02-30"), "$.promisedDeliveryDate", "expected a date such as 2026-12-15, found \"2026-02-30\"");

    [Fact]
    public void Read_ShipmentOfNothing_IsRefusedAtTheShipment() =>
        AssertRefused(Edit(Completed, root => root["reports"]![1]!["shipments"]![0]!["quantity"] = 0), "$.reports[1].shipments[0]", "the values do not make a valid LineShipment");

    [Fact]
    public void Read_MilestoneWithShipments_IsRefusedAtItsShipments() =>
        AssertRefused(
            Edit(Completed, root => root["reports"]![0]!["shipments"] = root["reports"]![1]!["shipments"]!.DeepClone()),
            "$.reports[0].shipments",
            "a Milestone report ships nothing");

    [Fact]
    public void Read_MilestoneWithoutText_IsRefusedAtTheReport() =>
        AssertRefused(Edit(Completed, root => root["reports"]![0]!["text"] = null), "$.reports[0]", "the values do not make a valid ProgressReport");

    [Fact]
    public void Read_IssueWithoutItsKind_IsRefusedAtTheIssue() =>
        AssertRefused(Edit(Completed, root => root["reports"]![2]!["issue"] = null), "$.reports[2].issue", "an Issue report needs the kind of issue");

    [Fact]
    public void Read_LineShippedTwice_IsRefusedAtTheSecondEntry() =>
        AssertRefused(Edit(Completed, root => root["shipped"]![1]!["lineNo"] = 1), "$.shipped[1]", "line 1 is listed twice");

    [Fact]
    public void Read_ChangeRequestWithoutId_IsRefusedAtTheRequest() =>
        AssertRefused(Edit(Completed, root => root["revisions"]![1]!["request"]!["changeId"] = " "), "$.revisions[1].request", "the values do not make a valid ChangeRequest");

    [Fact]
    public void Read_WaitEndingBeforeItStarts_IsRefusedAtTheWait() =>
        AssertRefused(Edit(AskedAgain, root => root["customerWaits"]![0]!["end"] = "2000-01-01T00:00:00Z"), "$.customerWaits[0]", "the values do not make a valid Interval");

    [Fact]
    public void Read_StageThatIsNotAName_IsRefusedAtTheStage() =>
        AssertRefused(Edit(Released, root => root["latestReview"]!["stagesRun"]![0] = "Export-Control"), "$.latestReview.stagesRun[0]", "the values do not make a valid ReviewStage");

    [Fact]
    public void Read_ValueNamedTwice_IsRefusedAtTheSecondName() =>
        AssertRefused(
            Edit(Released, root => root["latestReview"]!["findings"]![0]!["values"]![1]!["name"] = root["latestReview"]!["findings"]![0]!["values"]![0]!["name"]!.DeepClone()),
            "$.latestReview.findings[0].values[1].name",
            "is given twice");

    [Fact]
    public void Read_ValueOfAnUnknownType_IsRefusedAtItsType() =>
        AssertRefused(
            Edit(Released, root => root["latestReview"]!["findings"]![0]!["values"]![1]!["value"] = new JsonObject { ["type"] = "System.IO.FileInfo", ["value"] = "/etc/passwd" }),
            "$.latestReview.findings[0].values[1].value.type",
            "\"System.IO.FileInfo\" is not a type a finding's value is stored as");

    [Fact]
    public void Read_TaggedIntOutOfRange_IsRefusedAtItsValue() =>
        AssertRefused(
            Edit(Released, root => root["latestReview"]!["findings"]![0]!["values"]![1]!["value"] = new JsonObject { ["type"] = "int", ["value"] = 3_000_000_000L }),
            "$.latestReview.findings[0].values[1].value.value",
            "\"3000000000\" is not a whole number in the range of int");

    [Fact]
    public void Read_TextWithALoneSurrogate_IsRefusedAtThatText() =>
        AssertRefused(Completed.Value.Replace("\"orderId\":\"SO-1001\"", "\"orderId\":\"\\ud800\"", StringComparison.Ordinal), "$.orderId", "not valid UTF-16");
}
