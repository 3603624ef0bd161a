using NodaTime;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// The KPI benchmarks' records, the same every run (seed 2026): orders received over 2026 (one in ten still open, one in
/// five with a customer wait, three in four assessed, one in twenty with an attributable defect), survey responses, and
/// customer cases, spread over six employees in two departments.
/// </summary>
public static class KpiBenchmarkRecords
{
    /// <summary>The instant the benchmarks compute as of: the end of 2026.</summary>
    public static readonly Instant AsOf = Instant.FromUtc(2027, 1, 1, 0, 0);

    private static readonly string[] Employees = ["conf.wang", "conf.li", "conf.chen", "sales.zhang", "sales.zhao", "head.sun"];
    private static readonly string[] Departments = ["OrderConfirmation", "Sales"];
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 0, 0);

    /// <summary>The orders and responses, from one random sequence (as the KPI benchmark has always made them).</summary>
    public static (OrderProcessingRecord[] Orders, SurveyResponse[] Responses) OrdersAndResponses(int orderCount, int responseCount)
    {
        var random = new Random(2026);
        return (Orders(orderCount, random), Responses(responseCount, random));
    }

    private static OrderProcessingRecord[] Orders(int count, Random random)
    {
        var defect = new ConfirmationDefect("InfeasibleDate", AttributableToConfirmation: true);
        var orders = new OrderProcessingRecord[count];
        for (var i = 0; i < count; i++)
        {
            var received = Start + Duration.FromMinutes(random.Next(0, 365 * 24 * 60));
            Instant? confirmed = random.Next(10) == 0 ? null : received + Duration.FromMinutes(random.Next(10, 4 * 24 * 60));
            Interval[] waits = random.Next(5) == 0 ? [new Interval(received + Duration.FromHours(1), received + Duration.FromHours(1 + random.Next(1, 30)))] : [];
            orders[i] = new OrderProcessingRecord(
                $"SO-{i}", received, confirmed, Departments[i % Departments.Length], Employees[i % Employees.Length], waits,
                assessed: random.Next(4) != 0, defects: random.Next(20) == 0 ? [defect] : []);
        }

        return orders;
    }

    private static SurveyResponse[] Responses(int count, Random random)
    {
        var responses = new SurveyResponse[count];
        for (var i = 0; i < count; i++)
        {
            responses[i] = new SurveyResponse(
                $"SO-{i * 4}", Departments[i % Departments.Length], Employees[i % Employees.Length], Start + Duration.FromMinutes(random.Next(0, 365 * 24 * 60)),
                random.Next(1, 6), random.Next(1, 6), random.Next(1, 6));
        }

        return responses;
    }

    public static CustomerCaseRecord[] Cases(int count)
    {
        var random = new Random(2028);
        var cases = new CustomerCaseRecord[count];
        for (var i = 0; i < count; i++)
        {
            var received = Start + Duration.FromMinutes(random.Next(0, 365 * 24 * 60));
            var kind = (CaseKind)(i % 3);
            Instant? answered = random.Next(8) == 0 ? null : received + Duration.FromMinutes(random.Next(10, 6 * 24 * 60));
            cases[i] = new CustomerCaseRecord(
                $"CS-{i}", kind, received, answered, $"SO-{i * 80}", Departments[i % Departments.Length], Employees[i % Employees.Length],
                kind == CaseKind.Complaint ? random.Next(3) == 0 : null);
        }

        return cases;
    }
}
