using System.Security.Cryptography;
using System.Text;
using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle;

namespace OrderConfirmation.Supervision;

/// <summary>
/// A random sample of confirmed orders for a supervision check (article 6.1: "regularly and by random sampling"),
/// drawn reproducibly and verifiably: the orders whose <see cref="AuditEntryKind.Confirmation"/> record falls in the
/// period (company-zone dates of the confirmation instant, both ends included) are ranked by the lowercase hex SHA-256
/// of <c>&lt;seed&gt;:&lt;orderId&gt;</c> (UTF-8), ascending, and the first <see cref="Size"/> are taken (all of them
/// when fewer). The same seed and trail always give the same sample, whatever order the entries were written in; and
/// anyone can recompute it with a SHA-256 tool.
/// </summary>
public sealed record SupervisionSample
{
    private SupervisionSample(string seed, LocalDate from, LocalDate to, DateTimeZone zone, int size, int eligible, IReadOnlyList<SampledOrder> orders)
    {
        Seed = seed;
        From = from;
        To = to;
        Zone = zone;
        Size = size;
        Eligible = eligible;
        Orders = orders;
    }

    /// <summary>The seed the orders were ranked with.</summary>
    public string Seed { get; }

    /// <summary>The first confirmation date included.</summary>
    public LocalDate From { get; }

    /// <summary>The last confirmation date included.</summary>
    public LocalDate To { get; }

    /// <summary>The company's time zone the dates are read in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The size asked for.</summary>
    public int Size { get; }

    /// <summary>How many orders were confirmed in the period.</summary>
    public int Eligible { get; }

    /// <summary>The orders drawn, in rank order: min(<see cref="Size"/>, <see cref="Eligible"/>) of them.</summary>
    public IReadOnlyList<SampledOrder> Orders { get; }

    /// <summary>Draws the sample.</summary>
    /// <param name="entries">The trail's entries.</param>
    /// <param name="from">The first confirmation date included, in <paramref name="zone"/>.</param>
    /// <param name="to">The last confirmation date included.</param>
    /// <param name="size">How many orders to draw; at least 1.</param>
    /// <param name="seed">The seed; not blank. Choose it after the period ends (for example the date and the auditor's name), so no one can arrange which orders are drawn.</param>
    /// <param name="zone">The company's time zone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/>, <paramref name="seed"/> or <paramref name="zone"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="seed"/> is blank, or <paramref name="from"/> is after <paramref name="to"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is less than 1.</exception>
    public static SupervisionSample Draw(IEnumerable<AuditEntry> entries, LocalDate from, LocalDate to, int size, string seed, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentException.ThrowIfNullOrWhiteSpace(seed);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (from > to)
        {
            throw new ArgumentException($"The period starts ({from:uuuu-MM-dd}) after it ends ({to:uuuu-MM-dd}).", nameof(from));
        }

        var eligible = entries
            .Where(e => e.Kind == nameof(AuditEntryKind.Confirmation) && e.OrderId is not null)
            .Where(e => e.At.InZone(zone).Date is var date && date >= from && date <= to)
            .GroupBy(e => e.OrderId!, StringComparer.Ordinal)
            .Select(g => new SampledOrder(g.Key, RankKey(seed, g.Key), g.Min(e => e.At)))
            .ToList();
        var drawn = eligible
            .OrderBy(o => o.RankKey, StringComparer.Ordinal)
            .ThenBy(o => o.OrderId, StringComparer.Ordinal)
            .Take(size)
            .ToList();
        return new SupervisionSample(seed, from, to, zone, size, eligible.Count, drawn);
    }

    /// <summary>The key an order is ranked by: the lowercase hex SHA-256 of <c>&lt;seed&gt;:&lt;orderId&gt;</c>, UTF-8 encoded.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string RankKey(string seed, string orderId)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(orderId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{orderId}")));
    }
}
