using System.Runtime.InteropServices;
using NodaTime;

namespace OrderConfirmation.Kpis;

/// <summary>
/// The running tallies of one KPI query, fed one record at a time, so that KPIs over any number of records (streamed
/// from files, shards or days) take memory for the groups only, never for the records. Accumulators of the same query
/// merge by adding their groups' counts, exactly and in any order: splitting the records anywhere and merging gives the
/// figures of one pass. <see cref="KpiCalculator.Compute"/> is this over lists. Not thread-safe: give each thread its own
/// (<see cref="Empty"/>) and merge them.
/// </summary>
public sealed class KpiAccumulator
{
    private readonly KpiCalculator _calculator;
    private readonly Dictionary<KpiGroupKey, KpiTally> _groups = [];

    internal KpiAccumulator(KpiCalculator calculator, KpiQuery query)
    {
        _calculator = calculator;
        Query = query;
    }

    /// <summary>As of when, over which dates, broken down how.</summary>
    public KpiQuery Query { get; }

    /// <summary>Whether the breakdown reads the records' departments.</summary>
    internal bool ByDepartment => Query.By == KpiGrouping.Department;

    /// <summary>Whether the breakdown reads the records' employees.</summary>
    internal bool ByEmployee => Query.By == KpiGrouping.Employee;

    /// <summary>A new, empty accumulator for the same calculator and query.</summary>
    public KpiAccumulator Empty() => new(_calculator, Query);

    /// <summary>Adds an order-processing record, when its receipt date is selected.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is <see langword="null"/>.</exception>
    public void Add(OrderProcessingRecord order)
    {
        ArgumentNullException.ThrowIfNull(order);
        Add(OrderFacts.Of(order), order.Department, order.Employee);
    }

    /// <summary>Adds a survey response, when its answer date is selected.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
    public void Add(SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        AddResponse(response.RespondedAt, response.Communication, response.Efficiency, response.Attitude, response.Department, response.Employee);
    }

    /// <summary>Adds a customer-case record, when its receipt date is selected.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="customerCase"/> is <see langword="null"/>.</exception>
    public void Add(CustomerCaseRecord customerCase)
    {
        ArgumentNullException.ThrowIfNull(customerCase);
        Add(CaseFacts.Of(customerCase), customerCase.Department, customerCase.Employee);
    }

    /// <summary>Adds the tallies of another accumulator of the same query (not this one).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> is this accumulator, or accumulates another query or calculator.</exception>
    public void Merge(KpiAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this) || other._calculator != _calculator || other.Query != Query)
        {
            throw new ArgumentException("Only another accumulator of the same calculator and query merges into this one.", nameof(other));
        }

        foreach (var (key, tally) in other._groups)
        {
            Add(key, tally);
        }
    }

    /// <summary>
    /// The KPIs of the records added so far, as <see cref="KpiCalculator.Compute"/> gives them: groups in name (or
    /// period) order; without a breakdown, one group <c>all</c> even over no records.
    /// </summary>
    public IReadOnlyList<KpiGroup> Groups()
    {
        if (Query.By == KpiGrouping.None && _groups.Count == 0)
        {
            return [new KpiGroup(KpiGroupKey.For(KpiGrouping.None, null, null, default).Name(KpiGrouping.None), KpiTally.Empty)];
        }

        return [.. _groups.OrderBy(g => g.Key, KpiGroupKey.Order).Select(g => new KpiGroup(g.Key.Name(Query.By), g.Value))];
    }

    internal void Add(in OrderFacts order, string? department, string? employee)
    {
        var date = order.ReceivedAt.InZone(_calculator.Zone).Date;
        if (KpiCalculator.Selected(Query, date))
        {
            Add(KpiGroupKey.For(Query.By, department, employee, date), _calculator.Tally(order, Query.AsOf));
        }
    }

    internal void AddResponse(Instant respondedAt, int communication, int efficiency, int attitude, string? department, string? employee)
    {
        var date = respondedAt.InZone(_calculator.Zone).Date;
        if (KpiCalculator.Selected(Query, date))
        {
            Add(KpiGroupKey.For(Query.By, department, employee, date), KpiCalculator.Tally(communication, efficiency, attitude));
        }
    }

    internal void Add(in CaseFacts customerCase, string? department, string? employee)
    {
        var date = customerCase.ReceivedAt.InZone(_calculator.Zone).Date;
        if (KpiCalculator.Selected(Query, date))
        {
            Add(KpiGroupKey.For(Query.By, department, employee, date), _calculator.Tally(customerCase, Query.AsOf));
        }
    }

    private void Add(KpiGroupKey key, KpiTally tally)
    {
        ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(_groups, key, out _);
        sum = sum.Merge(tally);
    }
}
