using NodaTime;
using OrderConfirmation.Formats.Documents;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Formats;

/// <summary>
/// Reads one <c>"type": "case"</c> line of a KPI record file into a <see cref="CustomerCaseRecord"/>, strictly:
/// <c>caseId</c>, <c>kind</c> (<c>"Query"</c>, <c>"Complaint"</c> or <c>"Report"</c>, exactly) and <c>receivedAt</c>
/// are required; <c>answeredAt</c> (absent while unanswered, not before <c>receivedAt</c>), <c>orderId</c>,
/// <c>department</c>, <c>employee</c>, <c>customerWaits</c> and <c>substantiated</c> (a complaint's only) are optional;
/// an order's or a survey's field is an error naming the line and field.
/// </summary>
internal static class CustomerCaseLineReader
{
    private const string Type = "a case record";

    /// <summary>Reads the case.</summary>
    /// <exception cref="RequestFormatException">The line is not a valid case record.</exception>
    public static CustomerCaseRecord Read(KpiRecordDocument document, RequestFieldReader fields)
    {
        var caseId = fields.Required(document.CaseId, "caseId");
        var kind = Kind(document.Kind, fields);
        var receivedAt = fields.Instant(document.ReceivedAt, "receivedAt");
        Instant? answeredAt = document.AnsweredAt is null ? null : fields.Instant(document.AnsweredAt, "answeredAt");
        if (answeredAt < receivedAt)
        {
            throw fields.Error("answeredAt", $"The case is answered ({answeredAt}) before it was received ({receivedAt}).");
        }

        if (document.Substantiated is not null && kind != CaseKind.Complaint)
        {
            throw fields.Error("substantiated", $"Only a complaint is found substantiated or not; leave it out for a {kind}.");
        }

        var waits = KpiRecordReader.Waits(document.CustomerWaits, fields);
        KpiRecordReader.NotFor(Type, document.ConfirmedAt, "confirmedAt", fields);
        KpiRecordReader.NotFor(Type, document.Outcome, "outcome", fields);
        KpiRecordReader.NotFor(Type, document.ClosedAt, "closedAt", fields);
        KpiRecordReader.NotFor(Type, document.Assessed, "assessed", fields);
        KpiRecordReader.NotFor(Type, document.Defects, "defects", fields);
        KpiRecordReader.NotFor(Type, document.RespondedAt, "respondedAt", fields);
        KpiRecordReader.NotFor(Type, document.Communication, "communication", fields);
        KpiRecordReader.NotFor(Type, document.Efficiency, "efficiency", fields);
        KpiRecordReader.NotFor(Type, document.Attitude, "attitude", fields);
        return new CustomerCaseRecord(caseId, kind, receivedAt, answeredAt, document.OrderId, document.Department, document.Employee, document.Substantiated, waits);
    }

    /// <summary>The kind by its exact name.</summary>
    private static CaseKind Kind(string? name, RequestFieldReader fields)
    {
        foreach (var kind in Enum.GetValues<CaseKind>())
        {
            if (string.Equals(kind.ToString(), name, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        throw fields.Error("kind", name is null
            ? "Required: \"Query\", \"Complaint\" or \"Report\"."
            : $"{RequestFieldReader.Quote(name)} is not a kind of case; use \"Query\", \"Complaint\" or \"Report\" (names are case-sensitive).");
    }
}
