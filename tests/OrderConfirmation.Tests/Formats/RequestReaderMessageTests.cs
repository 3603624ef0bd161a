using System.Text;
using System.Text.Json.Nodes;
using OrderConfirmation.Formats;
using OrderConfirmation.Tests.HostileInput;

namespace OrderConfirmation.Tests.Formats;

/// <summary>
/// The whole-request errors of both request readers, word for word: hosts show them to people and match on them, so
/// the readers' shared pipeline must say exactly what each reader said on its own (README: "the message names the file
/// and the field").
/// </summary>
public sealed class RequestReaderMessageTests
{
    private const string Source = HostileJson.Source;

    [Theory]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("\"a request\"")]
    public void ReviewRead_NotAnObject_SaysWhatAReviewRequestHolds(string json)
    {
        var error = HostileJson.ReviewFails(Encoding.UTF8.GetBytes(json));

        Assert.Equal(
            (Source, string.Empty, "hostile.json: Not a review request: expected a JSON object with 'order' and 'facts'."),
            (error.Source, error.Field, error.Message));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("\"a request\"")]
    public void ChangeRead_NotAnObject_SaysWhatAChangeRequestHolds(string json)
    {
        var error = HostileJson.ChangeFails(Encoding.UTF8.GetBytes(json));

        Assert.Equal(
            (Source, string.Empty, "hostile.json: Not a change request: expected a JSON object with 'order', 'change' and 'facts'."),
            (error.Source, error.Field, error.Message));
    }

    [Fact]
    public void ReviewRead_JsonNull_SaysItIsNotAReviewRequest()
    {
        var error = HostileJson.ReviewFails("\uFEFF null "u8.ToArray());

        Assert.Equal((string.Empty, "hostile.json: The file holds 'null', not a review request."), (error.Field, error.Message));
    }

    [Fact]
    public void ChangeRead_JsonNull_SaysItIsNotAChangeRequest()
    {
        var error = HostileJson.ChangeFails("null"u8.ToArray());

        Assert.Equal((string.Empty, "hostile.json: The file holds 'null', not a change request."), (error.Field, error.Message));
    }

    [Theory]
    [InlineData("order")]
    [InlineData("change")]
    [InlineData("facts")]
    public void ChangeRead_MissingSection_IsRefusedNamingIt(string section)
    {
        var error = HostileJson.ChangeFails(HostileJson.Change(r => r.Remove(section)));

        Assert.Equal((section, $"hostile.json: {section}: Not a change request: the '{section}' object is missing."), (error.Field, error.Message));
    }

    [Fact]
    public void ReviewRead_EmptyRequest_MessageNamesTheSource()
    {
        var error = HostileJson.ReviewFails(" \n"u8.ToArray());

        Assert.Equal("hostile.json: The request is empty: expected a JSON object with 'order' and 'facts'.", error.Message);
    }

    [Fact]
    public void ReviewRead_TooManyChangeLines_AreNotCountedInAReviewRequest()
    {
        // A review request has no 'change': a 'change' member is not a section whose lines are limited.
        var json = HostileJson.Review(r => r["change"] = new JsonObject { ["lines"] = new JsonArray(new JsonObject(), new JsonObject()) });

        var facts = HostileJson.ReadReview(json, new RequestLimits { MaxChangeLines = 1 });

        Assert.Equal("SO-1001", facts.Order.OrderId);
    }

    [Fact]
    public void ChangeRead_TooManyChangeLines_IsRefusedBeforeParsing()
    {
        var json = HostileJson.Change(r => r["change"]!["lines"] = new JsonArray(new JsonObject(), new JsonObject()));

        var error = HostileJson.ChangeFails(json, new RequestLimits { MaxChangeLines = 1 });

        Assert.Equal(("change.lines", "2 line entries; at most 1 (RequestLimits.MaxChangeLines)."), (error.Field, error.Problem));
    }

    [Fact]
    public void ChangeRead_TooLongText_IsRefusedNamingTheField()
    {
        var json = HostileJson.Change(r => r["change"]!["reason"] = new string('x', 31));

        var error = HostileJson.ChangeFails(json, new RequestLimits { MaxTextLength = 30 });

        Assert.Equal(("change.reason", "31 characters; at most 30 (RequestLimits.MaxTextLength)."), (error.Field, error.Problem));
    }

    [Fact]
    public void ChangeRead_TooLarge_IsRefusedBeforeParsing()
    {
        var error = HostileJson.ChangeFails("{ \"order\": {} }"u8.ToArray(), new RequestLimits { MaxBytes = 10 });

        Assert.Equal((string.Empty, "The request is 15 bytes; at most 10 bytes is accepted (RequestLimits.MaxBytes)."), (error.Field, error.Problem));
    }
}
