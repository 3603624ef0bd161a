using NodaTime;
using OrderConfirmation.Calendars;

namespace OrderConfirmation.Kpis;

/// <summary>
/// Computes the KPIs of article 6.2 from records, as pure functions (no I/O, no clock): the confirmation accuracy
/// rate over confirmed orders, the timely processing rate measured in business time on the working calendar (an order
/// is processed at its confirmation or rejection; customer waits pause the clock when so configured; cancelled orders
/// are left out), customer satisfaction, and the customer-case figures (cases answered within the reply time of their
/// kind, measured and paused the same way; substantiated complaints per 100 confirmed orders). Results do not depend on
/// the order of the records.
/// Thread-safe; allocation-free per record.
/// </summary>
public sealed partial class KpiCalculator
{
    private readonly WorkingCalendar _calendar;

    /// <summary>The zone whose dates select and group records.</summary>
    internal DateTimeZone Zone => _calendar.Zone;
    private readonly Duration[] _replyTimes;

    /// <summary>Creates a calculator for a working calendar and its timeliness standard.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is <see langword="null"/>.</exception>
    public KpiCalculator(CalendarSettings settings)
    {
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _calendar = settings.Calendar;
        _replyTimes = [.. Enum.GetValues<CaseKind>().Select(kind => settings.CaseReplyTimes[kind.ToString()])];
    }

    /// <summary>The working calendar and the timeliness standard.</summary>
    public CalendarSettings Settings { get; }

    /// <summary>Where the order stands for the accuracy rate as of <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is <see langword="null"/>.</exception>
    public static AccuracyStatus Accuracy(OrderProcessingRecord order, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(order);
        return Accuracy(OrderFacts.Of(order), asOf);
    }

    private static AccuracyStatus Accuracy(in OrderFacts order, Instant asOf) =>
        order.OutcomeAsOf(asOf) != ProcessingOutcome.Confirmed ? AccuracyStatus.NotConfirmed
            : !order.Assessed ? AccuracyStatus.NotAssessed
            : order.HasAttributableDefect ? AccuracyStatus.Inaccurate
            : AccuracyStatus.Accurate;

    /// <summary>
    /// The business time the order took (or, still open, has taken by <paramref name="asOf"/>) from receipt to its
    /// confirmation, or to its rejection or cancellation when it was not confirmed, less the business time spent waiting
    /// for the customer when the clock pauses for it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is <see langword="null"/>.</exception>
    public Duration ProcessingTime(OrderProcessingRecord order, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(order);
        return ProcessingTime(OrderFacts.Of(order), asOf);
    }

    private Duration ProcessingTime(in OrderFacts order, Instant asOf)
    {
        // A confirmation, rejection or cancellation after asOf counts as still open. Business time over an empty or
        // reversed span is zero, so an order received after asOf, and a wait outside [start, end), count nothing.
        var start = order.ReceivedAt;
        var end = order.ConfirmedAt is { } confirmed && confirmed <= asOf ? confirmed
            : order.ClosedAt is { } closed && closed <= asOf ? closed
            : asOf;
        return BusinessTime(start, end, order.Waits);
    }

    /// <summary>Business time from start to end, less the customer waits within it when the clock pauses for them (waits are sorted and disjoint).</summary>
    private Duration BusinessTime(Instant start, Instant end, ReadOnlySpan<Interval> waits)
    {
        // Business time over an empty or reversed span is zero, so a record received after asOf, and a wait outside
        // [start, end), count nothing.
        var time = _calendar.BusinessTimeBetween(start, end);
        if (Settings.PauseWhileAwaitingCustomer)
        {
            for (var i = 0; i < waits.Length; i++)
            {
                time -= _calendar.BusinessTimeBetween(Instant.Max(waits[i].Start, start), Instant.Min(waits[i].End, end));
            }
        }

        return time;
    }

    /// <summary>
    /// Where the order stands for the timeliness rate as of <paramref name="asOf"/>: processed (confirmed or rejected)
    /// within the standard time or not, still open within it or past it, or cancelled and left out.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is <see langword="null"/>.</exception>
    public TimelinessStatus Timeliness(OrderProcessingRecord order, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(order);
        return Timeliness(OrderFacts.Of(order), asOf);
    }

    private TimelinessStatus Timeliness(in OrderFacts order, Instant asOf)
    {
        var outcome = order.OutcomeAsOf(asOf);
        if (outcome == ProcessingOutcome.Cancelled)
        {
            return TimelinessStatus.Cancelled;
        }

        var within = ProcessingTime(order, asOf) <= Settings.StandardTime;
        return outcome != ProcessingOutcome.Open ? (within ? TimelinessStatus.OnTime : TimelinessStatus.Late)
            : within ? TimelinessStatus.NotYetDue : TimelinessStatus.Late;
    }

    /// <summary>The tally of one order record.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is <see langword="null"/>.</exception>
    public KpiTally Tally(OrderProcessingRecord order, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(order);
        return Tally(OrderFacts.Of(order), asOf);
    }

    /// <summary>The tally of one order, from a record or a streamed line alike.</summary>
    internal KpiTally Tally(in OrderFacts order, Instant asOf)
    {
        var accuracy = Accuracy(order, asOf);
        var timeliness = Timeliness(order, asOf);
        return new KpiTally(
            Accurate: accuracy == AccuracyStatus.Accurate ? 1 : 0,
            Assessed: accuracy is AccuracyStatus.Accurate or AccuracyStatus.Inaccurate ? 1 : 0,
            NotAssessed: accuracy == AccuracyStatus.NotAssessed ? 1 : 0,
            OnTime: timeliness == TimelinessStatus.OnTime ? 1 : 0,
            Due: timeliness is TimelinessStatus.OnTime or TimelinessStatus.Late ? 1 : 0,
            NotYetDue: timeliness == TimelinessStatus.NotYetDue ? 1 : 0,
            0, 0, 0, 0, 0);
    }

    /// <summary>The tally of one survey response.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
    public static KpiTally Tally(SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Tally(response.Communication, response.Efficiency, response.Attitude);
    }

    /// <summary>The tally of one survey response by its scores, from a record or a streamed line alike.</summary>
    internal static KpiTally Tally(int communication, int efficiency, int attitude)
    {
        var satisfied = (communication >= 4 ? 1 : 0) + (efficiency >= 4 ? 1 : 0) + (attitude >= 4 ? 1 : 0);
        return new KpiTally(0, 0, 0, 0, 0, 0, 1, communication, efficiency, attitude, satisfied);
    }

    /// <summary>
    /// The KPIs of the records selected by the query, broken down as it asks; groups in name (or period) order. Customer
    /// cases, when given, are selected and grouped by their receipt, like orders, and fill each group's <see cref="KpiTally.Cases"/>.
    /// </summary>
    /// <param name="orders">The order-processing records.</param>
    /// <param name="responses">The survey responses.</param>
    /// <param name="query">As of when, over which dates, broken down how.</param>
    /// <param name="cases">The customer-case records; none when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/>, <paramref name="responses"/> or <paramref name="query"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<KpiGroup> Compute(IEnumerable<OrderProcessingRecord> orders, IEnumerable<SurveyResponse> responses, KpiQuery query, IEnumerable<CustomerCaseRecord>? cases = null)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(query);
        var accumulator = Accumulator(query);
        foreach (var order in orders)
        {
            accumulator.Add(order);
        }

        foreach (var response in responses)
        {
            accumulator.Add(response);
        }

        foreach (var customerCase in cases ?? [])
        {
            accumulator.Add(customerCase);
        }

        return accumulator.Groups();
    }

    /// <summary>
    /// An empty accumulator for the query: records added to it one at a time (from lists or streamed from files) and
    /// accumulators merged together give exactly the groups of <see cref="Compute"/> over all of them.
    /// </summary>
    /// <param name="query">As of when, over which dates, broken down how.</param>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    public KpiAccumulator Accumulator(KpiQuery query) => new(this, query ?? throw new ArgumentNullException(nameof(query)));

    /// <summary>The tally of all the order records, responses and customer cases, without selection or breakdown.</summary>
    /// <param name="orders">The order-processing records.</param>
    /// <param name="responses">The survey responses.</param>
    /// <param name="asOf">The instant that decides which open orders and unanswered cases are late, and which confirmations and answers count.</param>
    /// <param name="cases">The customer-case records; none when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/> or <paramref name="responses"/> is <see langword="null"/>.</exception>
    public KpiTally Total(IEnumerable<OrderProcessingRecord> orders, IEnumerable<SurveyResponse> responses, Instant asOf, IEnumerable<CustomerCaseRecord>? cases = null)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(responses);
        var tally = KpiTally.Empty;
        foreach (var order in orders)
        {
            tally = tally.Merge(Tally(order, asOf));
        }

        foreach (var response in responses)
        {
            tally = tally.Merge(Tally(response));
        }

        foreach (var customerCase in cases ?? [])
        {
            tally = tally.Merge(Tally(customerCase, asOf));
        }

        return tally;
    }

    /// <summary>
    /// The records behind each group's figures for the same query as <see cref="Compute"/>, in the same group order;
    /// with customer cases, also the cases answered late or not at all and the substantiated complaints.
    /// </summary>
    /// <param name="orders">The order-processing records.</param>
    /// <param name="responses">The survey responses.</param>
    /// <param name="query">As of when, over which dates, broken down how.</param>
    /// <param name="cases">The customer-case records; none when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/>, <paramref name="responses"/> or <paramref name="query"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<KpiExplanation> Explain(IEnumerable<OrderProcessingRecord> orders, IEnumerable<SurveyResponse> responses, KpiQuery query, IEnumerable<CustomerCaseRecord>? cases = null)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(query);
        var groups = new SortedDictionary<KpiGroupKey, List<string>[]>(KpiGroupKey.Order);
        List<string>[] ListsOf(KpiGroupKey key) =>
            groups.TryGetValue(key, out var lists) ? lists : groups[key] = [[], [], [], [], [], [], [], [], [], [], [], []];

        foreach (var order in orders)
        {
            var date = order.ReceivedAt.InZone(_calendar.Zone).Date;
            if (!Selected(query, date))
            {
                continue;
            }

            var lists = ListsOf(KpiGroupKey.For(query.By, order.Department, order.Employee, date));
            var accuracy = Accuracy(order, query.AsOf);
            var timeliness = Timeliness(order, query.AsOf);
            AddIf(lists[0], accuracy == AccuracyStatus.Accurate, order.OrderId);
            AddIf(lists[1], accuracy is AccuracyStatus.Accurate or AccuracyStatus.Inaccurate, order.OrderId);
            AddIf(lists[2], accuracy == AccuracyStatus.NotAssessed, order.OrderId);
            AddIf(lists[3], timeliness == TimelinessStatus.OnTime, order.OrderId);
            AddIf(lists[4], timeliness is TimelinessStatus.OnTime or TimelinessStatus.Late, order.OrderId);
            AddIf(lists[5], timeliness == TimelinessStatus.NotYetDue, order.OrderId);
            var outcome = order.OutcomeAsOf(query.AsOf);
            AddIf(lists[7], outcome == ProcessingOutcome.Rejected, order.OrderId);
            AddIf(lists[8], outcome == ProcessingOutcome.Cancelled, order.OrderId);
        }

        foreach (var response in responses)
        {
            var date = response.RespondedAt.InZone(_calendar.Zone).Date;
            if (Selected(query, date))
            {
                ListsOf(KpiGroupKey.For(query.By, response.Department, response.Employee, date))[6].Add(response.OrderId);
            }
        }

        foreach (var customerCase in cases ?? [])
        {
            var date = customerCase.ReceivedAt.InZone(_calendar.Zone).Date;
            if (Selected(query, date))
            {
                var lists = ListsOf(KpiGroupKey.For(query.By, customerCase.Department, customerCase.Employee, date));
                AddIf(lists[9], Timeliness(customerCase, query.AsOf) == TimelinessStatus.Late, customerCase.CaseId);
                AddIf(lists[10], !(customerCase.AnsweredAt <= query.AsOf), customerCase.CaseId);
                AddIf(lists[11], customerCase is { Kind: CaseKind.Complaint, Substantiated: true }, customerCase.CaseId);
            }
        }

        if (query.By == KpiGrouping.None && groups.Count == 0)
        {
            ListsOf(KpiGroupKey.For(KpiGrouping.None, null, null, default));
        }

        return [.. groups.Select(g => new KpiExplanation(g.Key.Name(query.By), g.Value[0], g.Value[1], g.Value[2], g.Value[3], g.Value[4], g.Value[5], g.Value[6])
        {
            Rejected = g.Value[7],
            Cancelled = g.Value[8],
            LateCases = g.Value[9],
            UnansweredCases = g.Value[10],
            SubstantiatedComplaints = g.Value[11],
        })];
    }

    private static void AddIf(List<string> ids, bool condition, string id)
    {
        if (condition)
        {
            ids.Add(id);
        }
    }

    internal static bool Selected(KpiQuery query, LocalDate date) =>
        (query.From is null || date >= query.From.Value) && (query.To is null || date <= query.To.Value);

}
