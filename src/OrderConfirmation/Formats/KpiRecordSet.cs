using OrderConfirmation.Kpis;

namespace OrderConfirmation.Formats;

/// <summary>The records of one or more KPI record files, in file order.</summary>
/// <param name="Orders">The order-processing records.</param>
/// <param name="Responses">The survey responses.</param>
public sealed record KpiRecordSet(IReadOnlyList<OrderProcessingRecord> Orders, IReadOnlyList<SurveyResponse> Responses)
{
    /// <summary>The customer-case records (<c>"type": "case"</c>); none unless given.</summary>
    public IReadOnlyList<CustomerCaseRecord> Cases { get; init; } = [];
}
