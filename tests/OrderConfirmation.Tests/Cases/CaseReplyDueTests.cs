using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Cases;
using OrderConfirmation.Kpis;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Cases;

/// <summary>
/// Reply dues counted by hand on the shipped calendar (rules/calendar.json: Monday to Friday 09:00-12:00 and 13:00-18:00,
/// Asia/Shanghai, +08:00; 2026-10-01 to 2026-10-07 National Day holidays, Saturday 2026-10-10 a make-up working day).
/// </summary>
public sealed class CaseReplyDueTests
{
    private static readonly CaseScenario Shipped = new(new CasePolicy(CalendarFile.LoadDefault().Calendar));

    private static Instant Shanghai(int month, int day, int hour) => Instant.FromUtc(2026, month, day, hour - 8, 0);

    private static Instant DueOf(CaseKind kind, Instant receivedAt)
    {
        Shipped.At = receivedAt;
        return Shipped.Accept(null, CaseScenario.Receipt(kind), CaseScenario.Receiver(kind)).ReplyDueAt;
    }

    [Fact]
    public void Receive_QueryLateOnFriday_IsDueAcrossTheWeekendOnMonday()
    {
        // Friday 2026-11-27 16:00: 2 h to 18:00; Monday 2026-11-30 09:00-12:00 (5 h) and 13:00-16:00 (8 h).
        Assert.Equal(Shanghai(11, 30, 16), DueOf(CaseKind.Query, Shanghai(11, 27, 16)));
    }

    [Fact]
    public void Receive_ComplaintBeforeNationalDay_IsDueAfterTheHolidays()
    {
        // Wednesday 2026-09-30 10:00: 7 h that day; 1-7 October are holidays; Thursday 8 October 8 h (15 h);
        // the sixteenth hour is Friday 9 October 09:00-10:00.
        Assert.Equal(Shanghai(10, 9, 10), DueOf(CaseKind.Complaint, Shanghai(9, 30, 10)));
    }

    [Fact]
    public void Receive_ReportOnFriday_CountsTheMakeUpSaturday()
    {
        // Friday 2026-10-09 09:00: 8 h; Saturday 10 October (make-up day) 16 h; Monday 12th 24 h, Tuesday 13th 32 h,
        // Wednesday 14th 40 h at 18:00, the end of the working day.
        Assert.Equal(Shanghai(10, 14, 18), DueOf(CaseKind.Report, Shanghai(10, 9, 9)));
    }

    [Fact]
    public void DefaultReplyTimes_SixHourDays_MakeABusinessDaySixHours()
    {
        IReadOnlyList<WorkingHours> day = [WorkingHours.Parse("09:00-15:00")];
        var week = new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }
            .ToDictionary(d => d, _ => day);

        var times = CasePolicy.DefaultReplyTimes(new WorkingCalendar(FactsBuilder.Shanghai, week));

        Assert.Equal((Duration.FromHours(8), Duration.FromHours(12), Duration.FromHours(30)), (times[CaseKind.Query], times[CaseKind.Complaint], times[CaseKind.Report]));
    }

    [Fact]
    public void Receive_WithConfiguredReplyTime_UsesIt()
    {
        var times = new Dictionary<CaseKind, Duration> { [CaseKind.Query] = Duration.FromHours(1), [CaseKind.Complaint] = Duration.FromHours(2), [CaseKind.Report] = Duration.FromHours(3) };
        var cases = new CaseScenario(new CasePolicy(WorkingCalendar.Standard(FactsBuilder.Shanghai), times));

        // Friday 2026-11-27 10:00 + 2 business hours.
        Assert.Equal(Shanghai(11, 27, 12), cases.Received(CaseKind.Complaint).ReplyDueAt);
    }
}
