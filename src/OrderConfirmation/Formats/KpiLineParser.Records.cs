using System.Text.Json;
using NodaTime;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Formats;

/// <summary>The checks of each record type, the same as <see cref="KpiRecordReader"/>'s, and the hand-over to the accumulator.</summary>
internal sealed partial class KpiLineParser
{
    private const Field OrderFields = Field.Type | Field.OrderId | Field.ReceivedAt | Field.ConfirmedAt | Field.Outcome | Field.ClosedAt
        | Field.Department | Field.Employee | Field.CustomerWaits | Field.Assessed | Field.Defects;

    private const Field SurveyFields = Field.Type | Field.OrderId | Field.Department | Field.Employee | Field.RespondedAt
        | Field.Communication | Field.Efficiency | Field.Attitude;

    private const Field CaseFields = Field.Type | Field.CaseId | Field.Kind | Field.ReceivedAt | Field.AnsweredAt | Field.OrderId
        | Field.Department | Field.Employee | Field.CustomerWaits | Field.Substantiated;

    [Flags]
    private enum Field
    {
        Unknown = 0,
        Type = 1 << 0,
        OrderId = 1 << 1,
        ReceivedAt = 1 << 2,
        ConfirmedAt = 1 << 3,
        Outcome = 1 << 4,
        ClosedAt = 1 << 5,
        Department = 1 << 6,
        Employee = 1 << 7,
        CustomerWaits = 1 << 8,
        Assessed = 1 << 9,
        Defects = 1 << 10,
        RespondedAt = 1 << 11,
        Communication = 1 << 12,
        Efficiency = 1 << 13,
        Attitude = 1 << 14,
        CaseId = 1 << 15,
        Kind = 1 << 16,
        AnsweredAt = 1 << 17,
        Substantiated = 1 << 18,
    }

    private enum RecordType
    {
        Unknown,
        Order,
        Survey,
        Case,
    }

    private static Field FieldNamed(ReadOnlySpan<byte> name) => name switch
    {
        _ when name.SequenceEqual("type"u8) => Field.Type,
        _ when name.SequenceEqual("orderId"u8) => Field.OrderId,
        _ when name.SequenceEqual("receivedAt"u8) => Field.ReceivedAt,
        _ when name.SequenceEqual("confirmedAt"u8) => Field.ConfirmedAt,
        _ when name.SequenceEqual("department"u8) => Field.Department,
        _ when name.SequenceEqual("employee"u8) => Field.Employee,
        _ when name.SequenceEqual("customerWaits"u8) => Field.CustomerWaits,
        _ when name.SequenceEqual("assessed"u8) => Field.Assessed,
        _ when name.SequenceEqual("defects"u8) => Field.Defects,
        _ when name.SequenceEqual("outcome"u8) => Field.Outcome,
        _ when name.SequenceEqual("closedAt"u8) => Field.ClosedAt,
        _ when name.SequenceEqual("respondedAt"u8) => Field.RespondedAt,
        _ when name.SequenceEqual("communication"u8) => Field.Communication,
        _ when name.SequenceEqual("efficiency"u8) => Field.Efficiency,
        _ when name.SequenceEqual("attitude"u8) => Field.Attitude,
        _ when name.SequenceEqual("caseId"u8) => Field.CaseId,
        _ when name.SequenceEqual("kind"u8) => Field.Kind,
        _ when name.SequenceEqual("answeredAt"u8) => Field.AnsweredAt,
        _ when name.SequenceEqual("substantiated"u8) => Field.Substantiated,
        _ => Field.Unknown,
    };

    private bool AddOrder(ref LineValues line)
    {
        if ((line.Present & ~OrderFields) != 0 || !line.IdGiven || line.ReceivedAt is not { } receivedAt)
        {
            return false;
        }

        var outcome = line.Outcome ?? (line.ConfirmedAt is null ? ProcessingOutcome.Open : ProcessingOutcome.Confirmed);
        if (OrderProcessingRecord.OutcomeProblem(outcome, receivedAt, line.ConfirmedAt, line.ClosedAt) is not null)
        {
            return false;
        }

        var waits = _waits.AsSpan(0, CustomerWaitIntervals.Merge(_waits.AsSpan(0, line.Waits)));
        into.Add(new OrderFacts(receivedAt, outcome, line.ConfirmedAt, line.ClosedAt, waits, line.Assessed ?? false, line.AttributableDefect), line.Department, line.Employee);
        return true;
    }

    private bool AddSurvey(ref LineValues line)
    {
        if ((line.Present & ~SurveyFields) != 0 || !line.IdGiven || line.RespondedAt is not { } respondedAt
            || line.Communication == 0 || line.Efficiency == 0 || line.Attitude == 0)
        {
            return false;
        }

        into.AddResponse(respondedAt, line.Communication, line.Efficiency, line.Attitude, line.Department, line.Employee);
        return true;
    }

    private bool AddCase(ref LineValues line)
    {
        if ((line.Present & ~CaseFields) != 0 || !line.CaseIdGiven || line.Kind is not { } kind || line.ReceivedAt is not { } receivedAt
            || line.AnsweredAt < receivedAt || (line.Substantiated is not null && kind != CaseKind.Complaint))
        {
            return false;
        }

        var waits = _waits.AsSpan(0, CustomerWaitIntervals.Merge(_waits.AsSpan(0, line.Waits)));
        into.Add(new CaseFacts(kind, receivedAt, line.AnsweredAt, line.Substantiated, waits), line.Department, line.Employee);
        return true;
    }

    /// <summary>The waits, each <c>{"from", "to"}</c> with the end not before the start, into the reused buffer.</summary>
    private bool TryWaits(ref Utf8JsonReader reader, ref LineValues line)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            Instant? from = null, to = null;
            var seen = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var which = reader.ValueIsEscaped ? 0 : reader.ValueSpan.SequenceEqual("from"u8) ? 1 : reader.ValueSpan.SequenceEqual("to"u8) ? 2 : 0;
                if (which == 0 || (seen & which) != 0 || !reader.Read() || !TryInstant(ref reader, out var instant))
                {
                    return false;
                }

                seen |= which;
                (which == 1 ? ref from : ref to) = instant;
            }

            if (from is not { } start || to is not { } end || end < start)
            {
                return false;
            }

            if (line.Waits == _waits.Length)
            {
                Array.Resize(ref _waits, _waits.Length * 2);
            }

            _waits[line.Waits++] = new Interval(start, end);
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

    /// <summary>The defects, each <c>{"kind", "attributableToConfirmation"}</c>; only whether one is attributable counts.</summary>
    private static bool TryDefects(ref Utf8JsonReader reader, ref LineValues line)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            bool? attributable = null;
            var kind = false;
            var seen = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var which = reader.ValueIsEscaped ? 0 : reader.ValueSpan.SequenceEqual("kind"u8) ? 1 : reader.ValueSpan.SequenceEqual("attributableToConfirmation"u8) ? 2 : 0;
                if (which == 0 || (seen & which) != 0 || !reader.Read())
                {
                    return false;
                }

                seen |= which;
                if (which == 1 ? !(kind = IsPlainText(ref reader)) : !TryBoolean(ref reader, out attributable))
                {
                    return false;
                }
            }

            if (!kind || attributable is not { } isAttributable)
            {
                return false;
            }

            line.AttributableDefect |= isAttributable;
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

    /// <summary>What one line gave, before its type's checks.</summary>
    private struct LineValues
    {
        public Field Present;
        public RecordType Type;
        public bool IdGiven;
        public bool CaseIdGiven;
        public Instant? ReceivedAt;
        public Instant? ConfirmedAt;
        public Instant? ClosedAt;
        public Instant? RespondedAt;
        public Instant? AnsweredAt;
        public ProcessingOutcome? Outcome;
        public CaseKind? Kind;
        public string? Department;
        public string? Employee;
        public bool? Assessed;
        public bool? Substantiated;
        public int Communication;
        public int Efficiency;
        public int Attitude;
        public int Waits;
        public bool AttributableDefect;
    }
}
