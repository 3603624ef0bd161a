using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// Writes <see cref="KpiBenchmarkRecords"/> as a KPI record file (JSON Lines, as <c>orderconfirm kpi</c> reads it): for
/// every 1,000,000 records 800,000 orders and 200,000 survey responses, interleaved, plus one customer case per 100 orders.
/// <c>dotnet run -c Release --project benchmarks/OrderConfirmation.Benchmarks -- kpi-records &lt;file&gt; [records]</c>.
/// </summary>
public static class KpiRecordFile
{
    /// <summary>Writes the file and returns how many lines it has.</summary>
    public static int Write(string path, int records)
    {
        var (orders, responses) = KpiBenchmarkRecords.OrdersAndResponses(records / 5 * 4, records - (records / 5 * 4));
        var cases = KpiBenchmarkRecords.Cases(orders.Length / 100);
        using var file = File.Create(path);
        using var json = new Utf8JsonWriter(file);
        var lines = 0;
        for (var i = 0; i < orders.Length; i++)
        {
            Write(json, orders[i]);
            lines += NewLine(json, file);
            if (i % 4 == 0 && i / 4 < responses.Length)
            {
                Write(json, responses[i / 4]);
                lines += NewLine(json, file);
            }

            if (i % 100 == 0 && i / 100 < cases.Length)
            {
                Write(json, cases[i / 100]);
                lines += NewLine(json, file);
            }
        }

        for (var i = (orders.Length + 3) / 4; i < responses.Length; i++)
        {
            Write(json, responses[i]);
            lines += NewLine(json, file);
        }

        return lines;
    }

    private static int NewLine(Utf8JsonWriter json, Stream file)
    {
        json.Flush();
        json.Reset();
        file.WriteByte((byte)'\n');
        return 1;
    }

    private static void Write(Utf8JsonWriter json, OrderProcessingRecord order)
    {
        json.WriteStartObject();
        json.WriteString("type", "order");
        json.WriteString("orderId", order.OrderId);
        json.WriteString("receivedAt", Text(order.ReceivedAt));
        if (order.ConfirmedAt is { } confirmed)
        {
            json.WriteString("confirmedAt", Text(confirmed));
        }

        json.WriteString("department", order.Department);
        json.WriteString("employee", order.Employee);
        json.WriteStartArray("customerWaits");
        foreach (var wait in order.CustomerWaits)
        {
            json.WriteStartObject();
            json.WriteString("from", Text(wait.Start));
            json.WriteString("to", Text(wait.End));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteBoolean("assessed", order.Assessed);
        json.WriteStartArray("defects");
        foreach (var defect in order.Defects)
        {
            json.WriteStartObject();
            json.WriteString("kind", defect.Kind);
            json.WriteBoolean("attributableToConfirmation", defect.AttributableToConfirmation);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter json, SurveyResponse response)
    {
        json.WriteStartObject();
        json.WriteString("type", "survey");
        json.WriteString("orderId", response.OrderId);
        json.WriteString("department", response.Department);
        json.WriteString("employee", response.Employee);
        json.WriteString("respondedAt", Text(response.RespondedAt));
        json.WriteNumber("communication", response.Communication);
        json.WriteNumber("efficiency", response.Efficiency);
        json.WriteNumber("attitude", response.Attitude);
        json.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter json, CustomerCaseRecord customerCase)
    {
        json.WriteStartObject();
        json.WriteString("type", "case");
        json.WriteString("caseId", customerCase.CaseId);
        json.WriteString("kind", customerCase.Kind.ToString());
        json.WriteString("receivedAt", Text(customerCase.ReceivedAt));
        if (customerCase.AnsweredAt is { } answered)
        {
            json.WriteString("answeredAt", Text(answered));
        }

        json.WriteString("orderId", customerCase.OrderId);
        json.WriteString("department", customerCase.Department);
        json.WriteString("employee", customerCase.Employee);
        if (customerCase.Substantiated is { } substantiated)
        {
            json.WriteBoolean("substantiated", substantiated);
        }

        json.WriteEndObject();
    }

    private static string Text(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
