using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// The three KPIs over 1,000,000 records (800,000 order-processing records, 200,000 survey responses) spread over a
/// year on the default calendar, on one core: the goal is under 1 s, with no allocation per record.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class KpiBenchmarks
{
    private const int OrderCount = 800_000;
    private const int ResponseCount = 200_000;

    private static readonly string[] Employees = ["conf.wang", "conf.li", "conf.chen", "sales.zhang", "sales.zhao", "head.sun"];
    private static readonly string[] Departments = ["OrderConfirmation", "Sales"];

    private KpiCalculator _calculator = null!;
    private OrderProcessingRecord[] _orders = null!;
    private SurveyResponse[] _responses = null!;
    private KpiQuery _all = null!;
    private KpiQuery _byEmployee = null!;
    private KpiQuery _byWeek = null!;

    [GlobalSetup]
    public void CreateRecords()
    {
        _calculator = new KpiCalculator(CalendarFile.LoadDefault());
        var random = new Random(2026);
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        var defect = new ConfirmationDefect("InfeasibleDate", AttributableToConfirmation: true);
        _orders = new OrderProcessingRecord[OrderCount];
        for (var i = 0; i < OrderCount; i++)
        {
            var received = start + Duration.FromMinutes(random.Next(0, 365 * 24 * 60));
            Instant? confirmed = random.Next(10) == 0 ? null : received + Duration.FromMinutes(random.Next(10, 4 * 24 * 60));
            Interval[] waits = random.Next(5) == 0 ? [new Interval(received + Duration.FromHours(1), received + Duration.FromHours(1 + random.Next(1, 30)))] : [];
            _orders[i] = new OrderProcessingRecord(
                $"SO-{i}", received, confirmed, Departments[i % Departments.Length], Employees[i % Employees.Length], waits,
                assessed: random.Next(4) != 0, defects: random.Next(20) == 0 ? [defect] : []);
        }

        _responses = new SurveyResponse[ResponseCount];
        for (var i = 0; i < ResponseCount; i++)
        {
            _responses[i] = new SurveyResponse(
                $"SO-{i * 4}", Departments[i % Departments.Length], Employees[i % Employees.Length], start + Duration.FromMinutes(random.Next(0, 365 * 24 * 60)),
                random.Next(1, 6), random.Next(1, 6), random.Next(1, 6));
        }

        var asOf = Instant.FromUtc(2027, 1, 1, 0, 0);
        _all = new KpiQuery(asOf);
        _byEmployee = new KpiQuery(asOf, By: KpiGrouping.Employee);
        _byWeek = new KpiQuery(asOf, By: KpiGrouping.Week);
    }

    [Benchmark(Baseline = true)]
    public KpiTally AllThreeKpis() => _calculator.Total(_orders, _responses, _all.AsOf);

    [Benchmark]
    public IReadOnlyList<KpiGroup> AllThreeKpisGrouped() => _calculator.Compute(_orders, _responses, _all);

    [Benchmark]
    public IReadOnlyList<KpiGroup> ByEmployee() => _calculator.Compute(_orders, _responses, _byEmployee);

    [Benchmark]
    public IReadOnlyList<KpiGroup> ByWeek() => _calculator.Compute(_orders, _responses, _byWeek);
}
