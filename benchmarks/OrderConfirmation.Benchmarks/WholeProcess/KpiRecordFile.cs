using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace OrderConfirmation.Benchmarks.WholeProcess;

/// <summary>
/// The JSON Lines file of <c>orderconfirm kpi</c> for the whole-process benchmark: the records of
/// <see cref="KpiBenchmarks"/> (800,000 order-processing records and 200,000 survey responses over 2026, from the same
/// seeded random numbers), then 1,000 customer cases (queries, complaints, reports), in the format of samples/kpi/records.jsonl.
/// </summary>
internal static class KpiRecordFile
{
    public const int OrderCount = 800_000;
    public const int ResponseCount = 200_000;
    public const int CaseCount = 1_000;

    private static readonly string[] Employees = ["conf.wang", "conf.li", "conf.chen", "sales.zhang", "sales.zhao", "head.sun"];
    private static readonly string[] Departments = ["OrderConfirmation", "Sales"];
    private static readonly string[] CaseKinds = ["Query", "Complaint", "Report"];

    public static void Write(string path)
    {
        var random = new Random(2026);
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        using var file = File.Create(path);
        using var json = new Utf8JsonWriter(file, new JsonWriterOptions { SkipValidation = true });
        for (var i = 0; i < OrderCount; i++)
        {
            var received = start + Duration.FromMinutes(random.Next(0, 365 * 24 * 60));
            Instant? confirmed = random.Next(10) == 0 ? null : received + Duration.FromMinutes(random.Next(10, 4 * 24 * 60));
            Interval? wait = random.Next(5) == 0 ? new Interval(received + Duration.FromHours(1), received + Duration.FromHours(1 + random.Next(1, 30))) : null;
            var assessed = random.Next(4) != 0;
            var defect = random.Next(20) == 0;
            Line(file, json, () =>
            {
                json.WriteString("type", "order");
                json.WriteString("orderId", $"SO-{i}");
                json.WriteString("receivedAt", Text(received));
                WriteInstant(json, "confirmedAt", confirmed);
                json.WriteString("department", Departments[i % Departments.Length]);
                json.WriteString("employee", Employees[i % Employees.Length]);
                json.WriteStartArray("customerWaits");
                if (wait is { } interval)
                {
                    json.WriteStartObject();
                    json.WriteString("from", Text(interval.Start));
                    json.WriteString("to", Text(interval.End));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteBoolean("assessed", assessed);
                json.WriteStartArray("defects");
                if (defect)
                {
                    json.WriteStartObject();
                    json.WriteString("kind", "InfeasibleDate");
                    json.WriteBoolean("attributableToConfirmation", true);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            });
        }

        for (var i = 0; i < ResponseCount; i++)
        {
            var responded = start + Duration.FromMinutes(random.Next(0, 365 * 24 * 60));
            int communication = random.Next(1, 6), efficiency = random.Next(1, 6), attitude = random.Next(1, 6);
            Line(file, json, () =>
            {
                json.WriteString("type", "survey");
                json.WriteString("orderId", $"SO-{i * 4}");
                json.WriteString("department", Departments[i % Departments.Length]);
                json.WriteString("employee", Employees[i % Employees.Length]);
                json.WriteString("respondedAt", Text(responded));
                json.WriteNumber("communication", communication);
                json.WriteNumber("efficiency", efficiency);
                json.WriteNumber("attitude", attitude);
            });
        }

        for (var i = 0; i < CaseCount; i++)
        {
            var received = start + Duration.FromMinutes(random.Next(0, 365 * 24 * 60));
            Instant? answered = random.Next(10) == 0 ? null : received + Duration.FromMinutes(random.Next(10, 6 * 24 * 60));
            var substantiated = random.Next(3) == 0;
            Line(file, json, () =>
            {
                json.WriteString("type", "case");
                json.WriteString("caseId", $"CC-{i + 1}");
                json.WriteString("kind", CaseKinds[i % CaseKinds.Length]);
                json.WriteString("orderId", $"SO-{i * 800}");
                json.WriteString("department", Departments[i % Departments.Length]);
                json.WriteString("employee", Employees[i % Employees.Length]);
                json.WriteString("receivedAt", Text(received));
                WriteInstant(json, "answeredAt", answered);
                if (CaseKinds[i % CaseKinds.Length] == "Complaint")
                {
                    json.WriteBoolean("substantiated", substantiated);
                }
            });
        }
    }

    private static void Line(Stream file, Utf8JsonWriter json, Action properties)
    {
        json.WriteStartObject();
        properties();
        json.WriteEndObject();
        json.Flush();
        json.Reset();
        file.WriteByte((byte)'\n');
    }

    private static void WriteInstant(Utf8JsonWriter json, string name, Instant? value)
    {
        if (value is { } instant)
        {
            json.WriteString(name, Text(instant));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Text(Instant instant) => InstantPattern.General.Format(instant);
}
