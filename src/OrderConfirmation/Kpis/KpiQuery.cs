using NodaTime;

namespace OrderConfirmation.Kpis;

/// <summary>What to compute: as of when, over which dates, broken down how.</summary>
/// <param name="AsOf">The instant that decides which open orders are already late, and which confirmations, rejections and cancellations count (those at or before it).</param>
/// <param name="From">The first date included (orders by receipt date, responses by answer date, in the calendar's zone), or <see langword="null"/>.</param>
/// <param name="To">The last date included, or <see langword="null"/>.</param>
/// <param name="By">The breakdown.</param>
public sealed record KpiQuery(Instant AsOf, LocalDate? From = null, LocalDate? To = null, KpiGrouping By = KpiGrouping.None);
