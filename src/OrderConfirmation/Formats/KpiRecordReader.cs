using System.Text;
using System.Text.Json;
using NodaTime;
using OrderConfirmation.Formats.Documents;
using OrderConfirmation.Json;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Formats;

/// <summary>
/// Reads KPI record files: JSON Lines, one object per line, <c>"type": "order"</c> (an order-processing record),
/// <c>"type": "survey"</c> (a survey response) or <c>"type": "case"</c> (a customer case, read by
/// <see cref="CustomerCaseLineReader"/>); blank lines are skipped. Because the figures feed pay and promotion,
/// nothing is guessed: an unknown field, a missing required field, a malformed instant, an unknown outcome, instants that
/// do not fit the outcome or a score outside 1–5 is a <see cref="RequestFormatException"/> naming the file, line and field.
/// </summary>
/// <remarks>
/// An order record's <c>outcome</c> is <c>"Confirmed"</c> (with <c>confirmedAt</c>), <c>"Rejected"</c> (with
/// <c>closedAt</c>, the rejection, and no <c>confirmedAt</c>) or <c>"Cancelled"</c> (with <c>closedAt</c>, the
/// cancellation, and <c>confirmedAt</c> when it was confirmed before). Records written before outcomes existed keep
/// their meaning: without <c>outcome</c>, an order with <c>confirmedAt</c> is confirmed and one without is open.
/// </remarks>
public static class KpiRecordReader
{
    /// <summary>Reads KPI record files, in order, into one set.</summary>
    /// <exception cref="RequestFormatException">A line is not a valid record.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static KpiRecordSet ReadFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var orders = new List<OrderProcessingRecord>();
        var responses = new List<SurveyResponse>();
        var cases = new List<CustomerCaseRecord>();
        foreach (var path in paths)
        {
            using var stream = File.OpenRead(path);
            Read(stream, path, orders, responses, cases);
        }

        return new KpiRecordSet(orders, responses) { Cases = cases };
    }

    /// <summary>
    /// Streams KPI record files, in order, into an accumulator (<see cref="KpiCalculator.Accumulator"/>): memory holds a
    /// read buffer per core and the groups' tallies, never the records, however many there are; large files are read in
    /// sections on all cores and the tallies merged, exactly. The checks and messages are those of
    /// <see cref="ReadFiles(IEnumerable{string})"/>.
    /// </summary>
    /// <param name="paths">The record files.</param>
    /// <param name="into">Receives the records' tallies. After an exception it may hold some of them: discard it.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="RequestFormatException">A line is not a valid record.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static void ReadFiles(IEnumerable<string> paths, KpiAccumulator into) => StreamingKpiRecordReader.ReadFiles(paths, into);

    /// <summary>
    /// Streams KPI records from a JSON Lines stream (UTF-8; UTF-16 or UTF-32 by its byte-order mark) into an accumulator,
    /// on one thread, with the checks and messages of <see cref="Read(Stream, string, ICollection{OrderProcessingRecord}, ICollection{SurveyResponse}, ICollection{CustomerCaseRecord})"/>.
    /// </summary>
    /// <param name="utf8JsonLines">The records.</param>
    /// <param name="source">The name of the source, for error messages.</param>
    /// <param name="into">Receives the records' tallies. After an exception it may hold some of them: discard it.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="RequestFormatException">A line is not a valid record.</exception>
    public static void Read(Stream utf8JsonLines, string source, KpiAccumulator into) => StreamingKpiRecordReader.Read(utf8JsonLines, source, into);

    /// <summary>Reads KPI records from a UTF-8 JSON Lines stream, adding them to the lists.</summary>
    /// <param name="utf8JsonLines">The records.</param>
    /// <param name="source">The name of the source, for error messages.</param>
    /// <param name="orders">Receives the order-processing records.</param>
    /// <param name="responses">Receives the survey responses.</param>
    /// <param name="cases">Receives the customer-case records.</param>
    /// <exception cref="RequestFormatException">A line is not a valid record.</exception>
    public static void Read(Stream utf8JsonLines, string source, ICollection<OrderProcessingRecord> orders, ICollection<SurveyResponse> responses, ICollection<CustomerCaseRecord> cases)
    {
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(cases);
        foreach (var record in Records(utf8JsonLines, source))
        {
            switch (record)
            {
                case OrderProcessingRecord order:
                    orders.Add(order);
                    break;
                case SurveyResponse response:
                    responses.Add(response);
                    break;
                case CustomerCaseRecord customerCase:
                    cases.Add(customerCase);
                    break;
            }
        }
    }

    /// <summary>The records of a JSON Lines stream as text (any byte-order mark), one at a time, blank lines skipped.</summary>
    /// <exception cref="RequestFormatException">A line is not a valid record.</exception>
    internal static IEnumerable<object> Records(Stream utf8JsonLines, string source)
    {
        using var reader = new StreamReader(utf8JsonLines, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return Record(line, $"{source}:{lineNo}");
            }
        }
    }

    /// <summary>
    /// The record on one non-blank line: an <see cref="OrderProcessingRecord"/>, a <see cref="SurveyResponse"/> or a
    /// <see cref="CustomerCaseRecord"/>; the one reading of a line behind both the list reader and the stream's fallback.
    /// </summary>
    /// <exception cref="RequestFormatException">The line is not a valid record.</exception>
    internal static object Record(string line, string where)
    {
        var document = Parse(line, where);
        var fields = new RequestFieldReader(where);
        return document.Type switch
        {
            "order" => Order(document, fields),
            "survey" => Survey(document, fields),
            "case" => CustomerCaseLineReader.Read(document, fields),
            _ => throw fields.Error("type", document.Type is null ? "Required: \"order\", \"survey\" or \"case\"." : $"'{document.Type}' is not a record type; use \"order\", \"survey\" or \"case\"."),
        };
    }

    private static KpiRecordDocument Parse(string line, string where)
    {
        try
        {
            return JsonSerializer.Deserialize(line, KpiRecordJsonContext.Default.KpiRecordDocument)
                ?? throw new RequestFormatException(where, string.Empty, "The line holds 'null', not a record.");
        }
        catch (JsonException e)
        {
            throw new RequestFormatException(where, RequestDocumentReader.FieldOf(e.Path), JsonProblem.Describe(e));
        }
    }

    private static OrderProcessingRecord Order(KpiRecordDocument document, RequestFieldReader fields)
    {
        var orderId = fields.Required(document.OrderId, "orderId");
        var receivedAt = fields.Instant(document.ReceivedAt, "receivedAt");
        Instant? confirmedAt = document.ConfirmedAt is null ? null : fields.Instant(document.ConfirmedAt, "confirmedAt");
        Instant? closedAt = document.ClosedAt is null ? null : fields.Instant(document.ClosedAt, "closedAt");
        var outcome = Outcome(document.Outcome, confirmedAt, fields);
        if (OrderProcessingRecord.OutcomeProblem(outcome, receivedAt, confirmedAt, closedAt) is { } problem)
        {
            throw fields.Error(problem.Field, problem.Problem);
        }

        var waits = Waits(document.CustomerWaits, fields);

        var defects = new List<ConfirmationDefect>();
        for (var i = 0; document.Defects is not null && i < document.Defects.Count; i++)
        {
            var defect = document.Defects[i] ?? throw fields.Error($"defects[{i}]", "A defect is null; give 'kind' and 'attributableToConfirmation'.");
            defects.Add(new ConfirmationDefect(
                fields.Required(defect.Kind, $"defects[{i}].kind"),
                defect.AttributableToConfirmation ?? throw fields.Error($"defects[{i}].attributableToConfirmation", "Required: true or false.")));
        }

        NotFor("an order record", document.RespondedAt, "respondedAt", fields);
        NotFor("an order record", document.Communication, "communication", fields);
        NotFor("an order record", document.Efficiency, "efficiency", fields);
        NotFor("an order record", document.Attitude, "attitude", fields);
        NotForCases("an order record", document, fields);
        return OrderProcessingRecord.ForOutcome(orderId, receivedAt, outcome, confirmedAt, closedAt, document.Department, document.Employee, waits, document.Assessed ?? false, defects);
    }

    /// <summary>The outcome by its exact name; without one, confirmed when a confirmation is given, else open (as before outcomes existed).</summary>
    private static ProcessingOutcome Outcome(string? name, Instant? confirmedAt, RequestFieldReader fields) => name switch
    {
        null => confirmedAt is null ? ProcessingOutcome.Open : ProcessingOutcome.Confirmed,
        nameof(ProcessingOutcome.Confirmed) => ProcessingOutcome.Confirmed,
        nameof(ProcessingOutcome.Rejected) => ProcessingOutcome.Rejected,
        nameof(ProcessingOutcome.Cancelled) => ProcessingOutcome.Cancelled,
        _ => throw fields.Error("outcome", $"{RequestFieldReader.Quote(name)} is not an outcome; use \"Confirmed\", \"Rejected\" or \"Cancelled\", or leave it out for an open order."),
    };

    private static SurveyResponse Survey(KpiRecordDocument document, RequestFieldReader fields)
    {
        NotFor("a survey record", document.ReceivedAt, "receivedAt", fields);
        NotFor("a survey record", document.ConfirmedAt, "confirmedAt", fields);
        NotFor("a survey record", document.Outcome, "outcome", fields);
        NotFor("a survey record", document.ClosedAt, "closedAt", fields);
        NotFor("a survey record", document.CustomerWaits, "customerWaits", fields);
        NotFor("a survey record", document.Assessed, "assessed", fields);
        NotFor("a survey record", document.Defects, "defects", fields);
        NotForCases("a survey record", document, fields);
        return new SurveyResponse(
            fields.Required(document.OrderId, "orderId"),
            document.Department,
            document.Employee,
            fields.Instant(document.RespondedAt, "respondedAt"),
            Score(document.Communication, "communication", fields),
            Score(document.Efficiency, "efficiency", fields),
            Score(document.Attitude, "attitude", fields));
    }

    private static int Score(int? score, string field, RequestFieldReader fields) =>
        score is >= 1 and <= 5 ? score.Value : throw fields.Error(field, score is null ? "Required: a score from 1 to 5." : $"{score} is not a score from 1 to 5.");

    /// <summary>The customer waits of an order or case record, each with <c>from</c> and <c>to</c>, in order.</summary>
    internal static List<Interval> Waits(List<WaitDocument?>? documents, RequestFieldReader fields)
    {
        var waits = new List<Interval>();
        for (var i = 0; documents is not null && i < documents.Count; i++)
        {
            var wait = documents[i] ?? throw fields.Error($"customerWaits[{i}]", "A wait is null; give 'from' and 'to'.");
            var from = fields.Instant(wait.From, $"customerWaits[{i}].from");
            var to = fields.Instant(wait.To, $"customerWaits[{i}].to");
            waits.Add(to >= from ? new Interval(from, to) : throw fields.Error($"customerWaits[{i}].to", "The wait ends before it starts."));
        }

        return waits;
    }

    private static void NotForCases(string type, KpiRecordDocument document, RequestFieldReader fields)
    {
        NotFor(type, document.CaseId, "caseId", fields);
        NotFor(type, document.Kind, "kind", fields);
        NotFor(type, document.AnsweredAt, "answeredAt", fields);
        NotFor(type, document.Substantiated, "substantiated", fields);
    }

    /// <summary>Refuses a field that the record's type does not have.</summary>
    internal static void NotFor<T>(string type, T? value, string field, RequestFieldReader fields)
    {
        if (value is not null)
        {
            throw fields.Error(field, $"Not a field of {type}.");
        }
    }
}
