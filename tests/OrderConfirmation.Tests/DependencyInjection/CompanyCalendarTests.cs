using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.DependencyInjection;

/// <summary>
/// The company has one working calendar and one zone, the calendar file's: <c>calendar.json</c> in the rules directory,
/// or the shipped one (rules/calendar.json: Asia/Shanghai, Monday–Friday, the official holidays and make-up working days
/// of 2025 and 2026, among them National Day 2026-10-01 to 07 and the make-up Saturday 2026-10-10). The lifecycle's
/// deadlines and the review's business date both use it.
/// </summary>
public sealed class CompanyCalendarTests : IDisposable
{
    private const string BerlinCalendar = """
        {
          "timeZone": "Europe/Berlin",
          "week": { "Monday": ["08:00-16:00"], "Tuesday": ["08:00-16:00"], "Wednesday": ["08:00-16:00"], "Thursday": ["08:00-16:00"], "Friday": ["08:00-16:00"] },
          "holidays": ["2026-12-24"],
          "standardTime": "PT8H"
        }
        """;

    private readonly RulesDirectoryCopy _rules = RulesDirectoryCopy.Create();

    public void Dispose() => _rules.Dispose();

    [Fact]
    public void AddOrderConfirmation_NoRulesDirectory_UsesTheShippedCalendarWithItsHolidaysAndMakeUpDay()
    {
        using var provider = new ServiceCollection().AddInMemoryFacts().AddOrderConfirmation().BuildServiceProvider();

        var calendar = provider.GetRequiredService<WorkingCalendar>();

        Assert.Equal(
            ("Asia/Shanghai", "Asia/Shanghai", false, false, true, true),
            (calendar.Zone.Id, provider.GetRequiredService<DateTimeZone>().Id, calendar.IsWorkingDay(new LocalDate(2026, 10, 1)), calendar.IsWorkingDay(new LocalDate(2026, 10, 2)),
             calendar.IsWorkingDay(new LocalDate(2026, 10, 10)), calendar.IsWorkingDay(new LocalDate(2026, 10, 9))));
    }

    [Fact]
    public void AddOrderConfirmation_RulesDirectoryWithACalendar_UsesThatCalendarAndItsZone()
    {
        _rules.Write(CalendarFile.FileName, BerlinCalendar);

        using var provider = new ServiceCollection().AddInMemoryFacts().AddOrderConfirmation(o => o.RulesDirectory = _rules.Path).BuildServiceProvider();

        var calendar = provider.GetRequiredService<WorkingCalendar>();
        Assert.Equal(
            ("Europe/Berlin", "Europe/Berlin", false, true),
            (calendar.Zone.Id, provider.GetRequiredService<DateTimeZone>().Id, calendar.IsWorkingDay(new LocalDate(2026, 12, 24)), calendar.IsWorkingDay(new LocalDate(2026, 10, 1))));
    }

    [Fact]
    public void AddOrderConfirmation_RulesDirectoryWithoutACalendar_UsesTheShippedOne()
    {
        using var provider = new ServiceCollection().AddInMemoryFacts().AddOrderConfirmation(o => o.RulesDirectory = _rules.Path).BuildServiceProvider();

        Assert.False(provider.GetRequiredService<WorkingCalendar>().IsWorkingDay(new LocalDate(2026, 10, 1)));
    }

    [Fact]
    public void AddOrderConfirmation_TimeZoneSameAsTheCalendars_IsAccepted()
    {
        _rules.Write(CalendarFile.FileName, BerlinCalendar);

        using var provider = new ServiceCollection().AddInMemoryFacts()
            .AddOrderConfirmation(o => (o.RulesDirectory, o.TimeZoneId) = (_rules.Path, "Europe/Berlin")).BuildServiceProvider();

        Assert.Equal("Europe/Berlin", provider.GetRequiredService<DateTimeZone>().Id);
    }

    [Fact]
    public void AddOrderConfirmation_InvalidCalendarInTheRulesDirectory_FailsAtRegistrationNamingTheFile()
    {
        _rules.Write(CalendarFile.FileName, BerlinCalendar.Replace("Europe/Berlin", "Europe/Atlantis", StringComparison.Ordinal));

        var error = Assert.Throws<CalendarLoadException>(() => new ServiceCollection().AddOrderConfirmation(o => o.RulesDirectory = _rules.Path));

        Assert.Contains(error.Diagnostics, d => d.File.EndsWith(CalendarFile.FileName, StringComparison.Ordinal));
    }
}
