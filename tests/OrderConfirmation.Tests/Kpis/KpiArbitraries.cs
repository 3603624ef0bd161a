using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrderConfirmation.Kpis;
using Interval = NodaTime.Interval;
using static OrderConfirmation.Tests.Kpis.KpiRecords;

namespace OrderConfirmation.Tests.Kpis;

/// <summary>An order record as generated, with the customer waits as they were given (the record sorts and merges its own).</summary>
public sealed record GeneratedOrder(OrderProcessingRecord Record, IReadOnlyList<Interval> GivenWaits)
{
    public override string ToString() =>
        $"{Record.OrderId} received {Record.ReceivedAt} confirmed {Record.ConfirmedAt?.ToString() ?? "-"} assessed {Record.Assessed} "
        + $"defects [{string.Join(", ", Record.Defects.Select(d => $"{d.Kind}:{d.AttributableToConfirmation}"))}] "
        + $"waits [{string.Join(", ", GivenWaits)}] {Record.Department ?? "-"}/{Record.Employee ?? "-"}";
}

/// <summary>
/// Generators of KPI records for <see cref="KpiRecords.NineToSixWeekdays"/>, on whole minutes, off the happy path:
/// customer waits given out of order, overlapping, touching, empty, before receipt or after confirmation; several
/// defects, attributable and not; confirmations exactly at the as-of instant, exactly at the standard time and one
/// minute past it; orders received after the as-of instant, and open orders exactly at the standard time at as-of.
/// </summary>
public static class KpiArbitraries
{
    /// <summary>Monday 2 November 2026, midnight in Shanghai: the earliest receipt.</summary>
    public static readonly Instant Start = Local(2026, 11, 2, 0, 0);

    /// <summary>Thursday 10 December 2026, noon in Shanghai; receipts run two days past it.</summary>
    public static readonly Instant AsOf = Local(2026, 12, 10, 12, 0);

    /// <summary>Wednesday 9 December 13:00: 5 + 3 = 8 business hours before <see cref="AsOf"/>.</summary>
    private static readonly Instant StandardTimeBeforeAsOf = Local(2026, 12, 9, 13, 0);

    private static readonly string[] DefectKinds = ["InfeasibleDate", "WrongPrice", "UnavailableStock", "CustomerChangedMind"];

    private enum Confirmation
    {
        Open,
        AfterSomeMinutes,
        AtAsOf,
        AtTheStandardTime,
        OneMinutePastTheStandardTime,
    }

    private enum Extra
    {
        None,
        Overlapping,
        Touching,
        Inside,
    }

    private static readonly Gen<Instant> Received =
        Gen.Frequency(
            (8, Gen.Choose(0, 40 * 24 * 60).Select(m => Start + Duration.FromMinutes(m))),
            (1, Gen.Elements(StandardTimeBeforeAsOf, StandardTimeBeforeAsOf + Duration.FromMinutes(-1), StandardTimeBeforeAsOf + Duration.FromMinutes(1), AsOf)));

    /// <summary>A wait as minutes from receipt: from a day before it to five days after it, up to two days long (possibly empty).</summary>
    private static readonly Gen<(int Start, int Length)> Wait =
        from start in Gen.Choose(-24 * 60, 5 * 24 * 60)
        from length in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 2 * 24 * 60)))
        select (start, length);

    /// <summary>Independent waits in random order, sometimes with one more that overlaps, touches or lies inside the first, given before it.</summary>
    private static readonly Gen<(List<(int Start, int Length)> Waits, Extra Extra)> Waits =
        from count in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Constant(1)), (4, Gen.Choose(2, 4)))
        from waits in Gen.ListOf(Wait, count)
        from extra in Gen.Elements(Enum.GetValues<Extra>())
        select (waits, extra);

    private static readonly Gen<(Confirmation Kind, int Minutes)> Confirmations =
        from kind in Gen.Frequency(
            (3, Gen.Constant(Confirmation.Open)),
            (5, Gen.Constant(Confirmation.AfterSomeMinutes)),
            (2, Gen.Constant(Confirmation.AtAsOf)),
            (2, Gen.Constant(Confirmation.AtTheStandardTime)),
            (1, Gen.Constant(Confirmation.OneMinutePastTheStandardTime)))
        from minutes in Gen.Choose(0, 6 * 24 * 60)
        select (kind, minutes);

    private static readonly Gen<ConfirmationDefect[]> Defects =
        from count in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Constant(1)), (3, Gen.Choose(2, 3)))
        from defects in Gen.ListOf(
            from kind in Gen.Elements(DefectKinds)
            from attributable in Gen.Elements(true, false)
            select new ConfirmationDefect(kind, attributable),
            count)
        select defects.ToArray();

    public static readonly Gen<GeneratedOrder> Orders =
        from id in Gen.Choose(1, 9999)
        from received in Received
        from waits in Waits
        from confirmation in Confirmations
        from assessed in Gen.Elements(true, false)
        from defects in Defects
        from department in Gen.Elements("OrderConfirmation", "Sales", null)
        from employee in Gen.Elements("conf.wang", "conf.li", "sales.zhang", "Conf.wang", null)
        select Build($"SO-{id}", received, waits, confirmation, assessed, defects, department, employee);

    private static GeneratedOrder Build(string id, Instant received, (List<(int Start, int Length)> List, Extra Extra) waits, (Confirmation Kind, int Minutes) confirmation, bool assessed, ConfirmationDefect[] defects, string? department, string? employee)
    {
        var given = waits.List.Select(w => new Interval(received + Duration.FromMinutes(w.Start), received + Duration.FromMinutes(w.Start + w.Length))).ToList();
        if (given.Count > 0 && waits.Extra != Extra.None)
        {
            var first = given[0];
            var half = (first.End - first.Start) / 2;
            given.Insert(0, waits.Extra switch
            {
                Extra.Overlapping => new Interval(first.Start + half, first.End + Duration.FromHours(3)),
                Extra.Touching => new Interval(first.End, first.End + Duration.FromHours(2)),
                _ => new Interval(first.Start, first.Start + half),
            });
        }

        Instant? confirmed = confirmation.Kind switch
        {
            Confirmation.AfterSomeMinutes => received + Duration.FromMinutes(confirmation.Minutes),
            Confirmation.AtAsOf when received <= AsOf => AsOf,
            Confirmation.AtTheStandardTime => KpiOracle.AfterWorkingTime(received, KpiOracle.StandardTime, given),
            Confirmation.OneMinutePastTheStandardTime => KpiOracle.AfterWorkingTime(received, KpiOracle.StandardTime + Duration.FromMinutes(1), given),
            _ => null,
        };
        return new GeneratedOrder(new OrderProcessingRecord(id, received, confirmed, department, employee, given, assessed, defects), given);
    }

    public static readonly Gen<SurveyResponse> Responses =
        from id in Gen.Choose(1, 9999)
        from scores in Gen.ListOf(Gen.Choose(1, 5), 3)
        from minutes in Gen.Choose(0, 40 * 24 * 60)
        from department in Gen.Elements("OrderConfirmation", "Sales", null)
        from employee in Gen.Elements("conf.wang", "conf.li", "Conf.wang", null)
        select new SurveyResponse($"SO-{id}", department, employee, Start + Duration.FromMinutes(minutes), scores[0], scores[1], scores[2]);

    /// <summary>Up to 30 orders and 15 responses: enough for every group to hold several records.</summary>
    public static readonly Gen<(GeneratedOrder[] Orders, SurveyResponse[] Responses)> Records =
        from orderCount in Gen.Choose(0, 30)
        from orders in Gen.ListOf(Orders, orderCount)
        from responseCount in Gen.Choose(0, 15)
        from responses in Gen.ListOf(Responses, responseCount)
        select (orders.ToArray(), responses.ToArray());
}
