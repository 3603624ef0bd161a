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
        (_orders, _responses) = KpiBenchmarkRecords.OrdersAndResponses(OrderCount, ResponseCount);
        var asOf = KpiBenchmarkRecords.AsOf;
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
