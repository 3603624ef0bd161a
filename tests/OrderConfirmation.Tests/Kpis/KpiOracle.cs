using NodaTime;
using OrderConfirmation.Kpis;
using static OrderConfirmation.Tests.Kpis.KpiRecords;

namespace OrderConfirmation.Tests.Kpis;

/// <summary>
/// Article 6.2's definitions (and the README's KPI section) worked out the slow, obvious way, as the oracle of the KPI
/// properties, on the calendar of <see cref="KpiRecords.NineToSixWeekdays"/> in Shanghai (Monday–Friday 09:00–18:00,
/// standard time 8 business hours, the clock paused while waiting for the customer). Processing time is counted one
/// working day at a time: the day's window is cut at every wait's start and end, and each piece counts unless a wait
/// covers it (whether a wait covers an instant changes only at those cuts, so testing a piece's first instant decides it).
/// </summary>
public static class KpiOracle
{
    public static readonly Duration StandardTime = Duration.FromHours(8);

    /// <summary>The working time in [<paramref name="from"/>, <paramref name="to"/>) that no wait covers.</summary>
    public static Duration WorkingTimeOutsideWaits(Instant from, Instant to, IReadOnlyList<Interval> waits)
    {
        var time = Duration.Zero;
        for (var date = from.InZone(Shanghai).Date; from < to && date <= to.InZone(Shanghai).Date; date = date.PlusDays(1))
        {
            foreach (var piece in PiecesOutsideWaits(date, from, to, waits))
            {
                time += piece.Duration;
            }
        }

        return time;
    }

    /// <summary>The instant at which <paramref name="time"/> (positive) of working time outside the waits has passed since <paramref name="from"/>.</summary>
    public static Instant AfterWorkingTime(Instant from, Duration time, IReadOnlyList<Interval> waits)
    {
        var left = time;
        for (var date = from.InZone(Shanghai).Date; ; date = date.PlusDays(1))
        {
            foreach (var piece in PiecesOutsideWaits(date, from, Instant.MaxValue, waits))
            {
                if (piece.Duration >= left)
                {
                    return piece.Start + left;
                }

                left -= piece.Duration;
            }
        }
    }

    /// <summary>Processing time: from receipt to confirmation, or to as-of while not confirmed by then, less the waits.</summary>
    public static Duration ProcessingTime(Instant received, Instant? confirmed, IReadOnlyList<Interval> waits, Instant asOf) =>
        WorkingTimeOutsideWaits(received, Confirmed(confirmed, asOf) ? confirmed!.Value : asOf, waits);

    /// <summary>A confirmation counts when it happened at or before the instant asked about.</summary>
    public static bool Confirmed(Instant? confirmed, Instant asOf) => confirmed.HasValue && confirmed.Value <= asOf;

    public static TimelinessStatus Timeliness(Instant received, Instant? confirmed, IReadOnlyList<Interval> waits, Instant asOf)
    {
        var withinStandard = ProcessingTime(received, confirmed, waits, asOf) <= StandardTime;
        if (Confirmed(confirmed, asOf))
        {
            return withinStandard ? TimelinessStatus.OnTime : TimelinessStatus.Late;
        }

        return withinStandard ? TimelinessStatus.NotYetDue : TimelinessStatus.Late;
    }

    public static AccuracyStatus Accuracy(Instant? confirmed, bool assessed, IEnumerable<ConfirmationDefect> defects, Instant asOf)
    {
        if (!Confirmed(confirmed, asOf))
        {
            return AccuracyStatus.NotConfirmed;
        }

        if (!assessed)
        {
            return AccuracyStatus.NotAssessed;
        }

        return defects.Any(d => d.AttributableToConfirmation) ? AccuracyStatus.Inaccurate : AccuracyStatus.Accurate;
    }

    /// <summary>
    /// The counts of article 6.2 for the orders and responses: accurate and assessed confirmations, confirmed orders
    /// not yet assessed, orders on time, due (confirmed, or open past the standard time) and not yet due; responses,
    /// their points per dimension, and how many dimension scores are 4 or 5.
    /// </summary>
    public static KpiTally Tally(IEnumerable<GeneratedOrder> orders, IEnumerable<SurveyResponse> responses, Instant asOf)
    {
        var accuracy = orders.Select(o => Accuracy(o.Record.ConfirmedAt, o.Record.Assessed, o.Record.Defects, asOf)).ToList();
        var timeliness = orders.Select(o => Timeliness(o.Record.ReceivedAt, o.Record.ConfirmedAt, o.GivenWaits, asOf)).ToList();
        var scores = responses.ToList();
        return new KpiTally(
            Accurate: accuracy.Count(a => a == AccuracyStatus.Accurate),
            Assessed: accuracy.Count(a => a is AccuracyStatus.Accurate or AccuracyStatus.Inaccurate),
            NotAssessed: accuracy.Count(a => a == AccuracyStatus.NotAssessed),
            OnTime: timeliness.Count(t => t == TimelinessStatus.OnTime),
            Due: timeliness.Count(t => t is TimelinessStatus.OnTime or TimelinessStatus.Late),
            NotYetDue: timeliness.Count(t => t == TimelinessStatus.NotYetDue),
            Responses: scores.Count,
            CommunicationPoints: scores.Sum(r => r.Communication),
            EfficiencyPoints: scores.Sum(r => r.Efficiency),
            AttitudePoints: scores.Sum(r => r.Attitude),
            SatisfiedScores: scores.SelectMany(r => new[] { r.Communication, r.Efficiency, r.Attitude }).Count(s => s >= 4));
    }

    /// <summary>
    /// The name of the group a record dated <paramref name="date"/> falls in: <c>all</c>, the department or employee
    /// (<c>(none)</c> without one), or the day, ISO week (by .NET's <see cref="System.Globalization.ISOWeek"/>) or month.
    /// </summary>
    public static string GroupName(KpiGrouping by, string? department, string? employee, LocalDate date) => by switch
    {
        KpiGrouping.None => "all",
        KpiGrouping.Department => department ?? "(none)",
        KpiGrouping.Employee => employee ?? "(none)",
        KpiGrouping.Day => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        KpiGrouping.Week => FormattableString.Invariant($"{System.Globalization.ISOWeek.GetYear(date.ToDateTimeUnspecified())}-W{System.Globalization.ISOWeek.GetWeekOfYear(date.ToDateTimeUnspecified()):D2}"),
        KpiGrouping.Month => date.ToString("uuuu-MM", System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(by)),
    };

    /// <summary>The pieces of <paramref name="date"/>'s working window within [from, to) that no wait covers, in time order.</summary>
    private static IEnumerable<Interval> PiecesOutsideWaits(LocalDate date, Instant from, Instant to, IReadOnlyList<Interval> waits)
    {
        if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        {
            yield break;
        }

        var open = Instant.Max(from, Local(date.Year, date.Month, date.Day, 9));
        var close = Instant.Min(to, Local(date.Year, date.Month, date.Day, 18));
        if (close <= open)
        {
            yield break;
        }

        var cuts = waits.SelectMany(w => new[] { w.Start, w.End })
            .Where(at => open < at && at < close)
            .Append(open)
            .Append(close)
            .Distinct()
            .Order()
            .ToList();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            if (!waits.Any(w => w.Contains(cuts[i])))
            {
                yield return new Interval(cuts[i], cuts[i + 1]);
            }
        }
    }
}
