using NodaTime;
using OrderConfirmation.Formats;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.SampleHost.Http;

/// <summary>Reads the query parameters of the KPI endpoints (<c>GET /kpis</c>, <c>GET /reports/kpis</c>) into a <see cref="KpiQuery"/>; an error names the parameter.</summary>
internal static class KpiQueryValues
{
    private const string Source = "query";

    /// <summary>The query: <paramref name="asOf"/> or now, the dates when given, the breakdown or none.</summary>
    /// <exception cref="RequestFormatException">A parameter is malformed, or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static KpiQuery Read(string? from, string? to, string? by, string? asOf, IClock clock)
    {
        var query = new KpiQuery(
            Given(asOf) is { } instant ? TextValues.Instant(instant, "asOf", Source) : clock.GetCurrentInstant(),
            Given(from) is { } first ? TextValues.Date(first, "from", Source) : null,
            Given(to) is { } last ? TextValues.Date(last, "to", Source) : null,
            Given(by) is { } grouping ? TextValues.Name<KpiGrouping>(grouping, "by", Source) : KpiGrouping.None);
        return query.From > query.To ? throw new RequestFormatException(Source, "to", $"'{to}' is before 'from' ({from}).") : query;
    }

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
