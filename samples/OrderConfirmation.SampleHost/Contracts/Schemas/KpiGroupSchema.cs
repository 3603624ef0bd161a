using System.ComponentModel;

namespace OrderConfirmation.SampleHost.Contracts.Schemas;

/// <summary>The KPIs of one group.</summary>
[Description("The three KPIs of article 6.2 and the customer-case figures for one group, as `orderconfirm kpi --json` writes them; a rate is null when nothing counts towards it.")]
internal sealed class KpiGroupSchema
{
    [Description("The group: `all`, or a department, employee, day, week or month.")]
    public required string Group { get; init; }

    [Description("Order confirmation accuracy.")]
    public required AccuracySchema Accuracy { get; init; }

    [Description("Timely processing.")]
    public required TimelinessSchema Timeliness { get; init; }

    [Description("Customer satisfaction from the surveys.")]
    public required SatisfactionSchema Satisfaction { get; init; }

    [Description("Customer queries, complaints and reports: replies within the reply time of their kind, and complaints.")]
    public required CaseFiguresSchema Cases { get; init; }
}

/// <summary>Customer cases.</summary>
[Description("Cases answered within the reply time of their kind (the calendar's caseReplyTime, in business time) over cases due, and substantiated complaints per 100 confirmed orders.")]
internal sealed class CaseFiguresSchema
{
    [Description("Cases received in the period.")]
    public required int Received { get; init; }

    [Description("Cases answered within the reply time of their kind.")]
    public required int AnsweredOnTime { get; init; }

    [Description("Cases answered, or unanswered past their reply time.")]
    public required int Due { get; init; }

    [Description("Unanswered cases still within their reply time.")]
    public required int NotYetDue { get; init; }

    [Description("answeredOnTime / due, or null.")]
    public required decimal? Rate { get; init; }

    [Description("Complaints received.")]
    public required int Complaints { get; init; }

    [Description("Complaints the investigation found substantiated.")]
    public required int SubstantiatedComplaints { get; init; }

    [Description("Substantiated complaints per 100 confirmed orders of the group, or null when it has no confirmed orders.")]
    public required decimal? ComplaintsPer100Orders { get; init; }
}

/// <summary>Confirmation accuracy.</summary>
[Description("Accurately confirmed orders over assessed orders.")]
internal sealed class AccuracySchema
{
    [Description("accurate / assessed, or null.")]
    public required decimal? Rate { get; init; }

    [Description("Orders confirmed accurately.")]
    public required int Accurate { get; init; }

    [Description("Orders whose confirmation was assessed.")]
    public required int Assessed { get; init; }

    [Description("Confirmed orders not assessed yet.")]
    public required int NotAssessed { get; init; }
}

/// <summary>Timely processing.</summary>
[Description("Orders confirmed within the standard time over orders due.")]
internal sealed class TimelinessSchema
{
    [Description("onTime / due, or null.")]
    public required decimal? Rate { get; init; }

    [Description("Orders confirmed in time.")]
    public required int OnTime { get; init; }

    [Description("Orders whose standard time has passed or that were confirmed.")]
    public required int Due { get; init; }

    [Description("Open orders still within their standard time.")]
    public required int NotYetDue { get; init; }
}

/// <summary>Customer satisfaction.</summary>
[Description("Survey means per dimension (scores 1 to 5) and CSAT.")]
internal sealed class SatisfactionSchema
{
    [Description("Survey responses counted.")]
    public required int Responses { get; init; }

    [Description("The mean communication score, or null without responses.")]
    public required decimal? Communication { get; init; }

    [Description("The mean processing-efficiency score, or null without responses.")]
    public required decimal? Efficiency { get; init; }

    [Description("The mean service-attitude score, or null without responses.")]
    public required decimal? Attitude { get; init; }

    [Description("The mean of all dimension scores, or null without responses.")]
    public required decimal? Overall { get; init; }

    [Description("The share of all dimension scores that are 4 or 5, or null without responses.")]
    public required decimal? Csat { get; init; }
}
