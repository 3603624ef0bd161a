using NodaTime;
using OrderConfirmation.Kpis;
using static OrderConfirmation.Tests.Kpis.KpiRecords;

namespace OrderConfirmation.Tests.Kpis;

/// <summary>The documented argument exceptions of the KPI calculator and the survey response, each naming its parameter.</summary>
public sealed class KpiArgumentTests
{
    private static readonly Instant AsOf = Local(2026, 11, 23, 18, 0);
    private static readonly KpiCalculator Calculator = new(NineToSixWeekdays());
    private static readonly OrderProcessingRecord[] Orders = [Order("SO-1", Local(2026, 11, 23, 9, 0), null)];
    private static readonly SurveyResponse[] Responses = [Survey("SO-1", 5, 5, 5)];
    private static readonly KpiQuery Query = new(AsOf);

    public static TheoryData<string, Action> NullArguments => new()
    {
        { "settings", () => _ = new KpiCalculator(null!) },
        { "order", () => KpiCalculator.Accuracy(null!, AsOf) },
        { "order", () => Calculator.ProcessingTime(null!, AsOf) },
        { "order", () => Calculator.Timeliness((OrderProcessingRecord)null!, AsOf) },
        { "order", () => Calculator.Tally((OrderProcessingRecord)null!, AsOf) },
        { "response", () => KpiCalculator.Tally((SurveyResponse)null!) },
        { "orders", () => Calculator.Compute(null!, Responses, Query) },
        { "responses", () => Calculator.Compute(Orders, null!, Query) },
        { "query", () => Calculator.Compute(Orders, Responses, null!) },
        { "orders", () => Calculator.Total(null!, Responses, AsOf) },
        { "responses", () => Calculator.Total(Orders, null!, AsOf) },
        { "orders", () => Calculator.Explain(null!, Responses, Query) },
        { "responses", () => Calculator.Explain(Orders, null!, Query) },
        { "query", () => Calculator.Explain(Orders, Responses, null!) },
        { "customerCase", () => Calculator.AnswerTime(null!, AsOf) },
        { "customerCase", () => Calculator.Timeliness((CustomerCaseRecord)null!, AsOf) },
        { "customerCase", () => Calculator.Tally((CustomerCaseRecord)null!, AsOf) },
    };

    [Theory]
    [MemberData(nameof(NullArguments))]
    public void PublicMember_NullArgument_ThrowsArgumentNullExceptionNamingIt(string parameter, Action call) =>
        Assert.Throws<ArgumentNullException>(parameter, call);

    public static TheoryData<string, Func<SurveyResponse>> InvalidResponses => new()
    {
        { "orderId", () => new SurveyResponse("", null, null, AsOf, 3, 3, 3) },
        { "orderId", () => new SurveyResponse(" ", null, null, AsOf, 3, 3, 3) },
        { "communication", () => new SurveyResponse("SO-1", null, null, AsOf, 0, 3, 3) },
        { "communication", () => new SurveyResponse("SO-1", null, null, AsOf, 6, 3, 3) },
        { "efficiency", () => new SurveyResponse("SO-1", null, null, AsOf, 3, 0, 3) },
        { "efficiency", () => new SurveyResponse("SO-1", null, null, AsOf, 3, 6, 3) },
        { "attitude", () => new SurveyResponse("SO-1", null, null, AsOf, 3, 3, 0) },
        { "attitude", () => new SurveyResponse("SO-1", null, null, AsOf, 3, 3, 6) },
    };

    [Theory]
    [MemberData(nameof(InvalidResponses))]
    public void SurveyResponse_InvalidArgument_ThrowsNamingTheParameter(string parameter, Func<SurveyResponse> create) =>
        Assert.Equal(parameter, Assert.ThrowsAny<ArgumentException>(() => create()).ParamName);

    [Fact]
    public void SurveyResponse_NullOrderId_ThrowsArgumentNullExceptionNamingIt() =>
        Assert.Throws<ArgumentNullException>("orderId", () => new SurveyResponse(null!, null, null, AsOf, 3, 3, 3));

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(5, 5, 5)]
    public void SurveyResponse_ScoresAtTheLimits_AreAccepted(int communication, int efficiency, int attitude)
    {
        var response = new SurveyResponse("SO-1", "OrderConfirmation", "conf.li", AsOf, communication, efficiency, attitude);

        Assert.Equal(("SO-1", "OrderConfirmation", "conf.li", AsOf, communication, efficiency, attitude), (response.OrderId, response.Department, response.Employee, response.RespondedAt, response.Communication, response.Efficiency, response.Attitude));
    }

    [Fact]
    public void SurveyResponse_ScoreOutOfRange_MessageGivesTheRange() =>
        Assert.Contains("between 1 and 5", Assert.Throws<ArgumentOutOfRangeException>(() => new SurveyResponse("SO-1", null, null, AsOf, 3, 3, 9)).Message, StringComparison.Ordinal);
}
