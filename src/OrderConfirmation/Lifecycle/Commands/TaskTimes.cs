using NodaTime;
using NodaTime.Text;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>How task messages write a moment: the company's local date and time, as people there read a deadline.</summary>
internal static class TaskTimes
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm");

    /// <summary>The moment in <paramref name="zone"/>, such as <c>2026-10-09 10:00 Asia/Shanghai</c>.</summary>
    public static string Local(Instant instant, DateTimeZone zone) => $"{Pattern.Format(instant.InZone(zone).LocalDateTime)} {zone.Id}";
}
