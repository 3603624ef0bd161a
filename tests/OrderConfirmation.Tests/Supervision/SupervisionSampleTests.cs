using System.Security.Cryptography;
using System.Text;
using NodaTime;
using OrderConfirmation.Supervision;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Supervision;

/// <summary>
/// The supervision sample (issue 16): the orders confirmed in the period, by company-zone dates both included, ranked by
/// the lowercase hex SHA-256 of <c>&lt;seed&gt;:&lt;orderId&gt;</c>, the first n. Expected ranks are computed here with
/// <see cref="SHA256.HashData(byte[])"/>.
/// </summary>
public sealed class SupervisionSampleTests
{
    private static readonly DateTimeZone Shanghai = FactsBuilder.Shanghai;

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static IReadOnlyList<OrderConfirmation.Audit.AuditEntry> Trail(params (string OrderId, Instant ConfirmedAt)[] orders) =>
        SupervisedOrder.Trail(orders.SelectMany(o => new SupervisedOrder(o.OrderId, o.ConfirmedAt).Records));

    [Fact]
    public void Draw_PeriodInCompanyZoneDates_IncludesBothEndsAndNothingOutside()
    {
        var trail = Trail(
            ("SO-1", Instant.FromUtc(2026, 10, 31, 16, 0)), // 1 November 00:00 in Shanghai: in
            ("SO-2", Instant.FromUtc(2026, 10, 31, 15, 59)), // 31 October 23:59: out
            ("SO-3", Instant.FromUtc(2026, 11, 30, 15, 59)), // 30 November 23:59: in
            ("SO-4", Instant.FromUtc(2026, 11, 30, 16, 0))); // 1 December 00:00: out

        var sample = SupervisionSample.Draw(trail, new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30), 10, "q4", Shanghai);

        Assert.Equal(2, sample.Eligible);
        Assert.Equal(["SO-1", "SO-3"], sample.Orders.Select(o => o.OrderId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Draw_MoreEligibleThanSize_TakesTheLowestHashesOfSeedColonOrderId()
    {
        var ids = Enumerable.Range(1, 12).Select(i => $"SO-{1000 + i}").ToArray();
        var trail = Trail([.. ids.Select((id, i) => (id, Instant.FromUtc(2026, 11, 2 + i, 3, 0)))]);
        var expected = ids.Select(id => (Hash: Hash($"audit-2026-12:{id}"), id)).OrderBy(x => x.Hash, StringComparer.Ordinal).Take(5).ToList();

        var sample = SupervisionSample.Draw(trail, new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30), 5, "audit-2026-12", Shanghai);

        Assert.Equal(expected.Select(x => x.id), sample.Orders.Select(o => o.OrderId));
        Assert.Equal(expected.Select(x => x.Hash), sample.Orders.Select(o => o.RankKey));
        Assert.Equal((12, 5, "audit-2026-12"), (sample.Eligible, sample.Size, sample.Seed));
    }

    [Fact]
    public void Draw_OrderNeverConfirmed_IsNotEligible()
    {
        var unconfirmed = new SupervisedOrder("SO-9", Instant.FromUtc(2026, 11, 10, 3, 0)).Without("confirmation");

        var sample = SupervisionSample.Draw(SupervisedOrder.Trail(unconfirmed.Records), new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30), 3, "s", Shanghai);

        Assert.Empty(sample.Orders);
        Assert.Equal(0, sample.Eligible);
    }

    [Fact]
    public void RankKey_IsTheLowercaseHexSha256OfSeedColonOrderIdInUtf8()
    {
        Assert.Equal(Hash("季度:SO-1001"), SupervisionSample.RankKey("季度", "SO-1001"));
        Assert.Equal(Hash("s:o"), SupervisionSample.RankKey("s", "o"));
    }

    [Fact]
    public void Draw_BadArguments_AreRefusedNamingTheParameter()
    {
        var from = new LocalDate(2026, 11, 1);
        var to = new LocalDate(2026, 11, 30);
        Assert.Equal("size", Assert.Throws<ArgumentOutOfRangeException>(() => SupervisionSample.Draw([], from, to, 0, "s", Shanghai)).ParamName);
        Assert.Equal("seed", Assert.Throws<ArgumentException>(() => SupervisionSample.Draw([], from, to, 1, " ", Shanghai)).ParamName);
        Assert.Equal("from", Assert.Throws<ArgumentException>(() => SupervisionSample.Draw([], to, from, 1, "s", Shanghai)).ParamName);
        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => SupervisionSample.Draw(null!, from, to, 1, "s", Shanghai)).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => SupervisionSample.Draw([], from, to, 1, "s", null!)).ParamName);
    }

    [Fact]
    public void Draw_OrderConfirmedTwiceInThePeriod_IsSampledOnceWithItsFirstConfirmation()
    {
        var trail = Trail(("SO-1", Instant.FromUtc(2026, 11, 20, 3, 0)), ("SO-1", Instant.FromUtc(2026, 11, 5, 3, 0)), ("SO-1", Instant.FromUtc(2026, 11, 25, 3, 0)));

        var sample = SupervisionSample.Draw(trail, new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30), 10, "q4", Shanghai);

        var order = Assert.Single(sample.Orders);
        Assert.Equal(("SO-1", Instant.FromUtc(2026, 11, 5, 3, 0), 1), (order.OrderId, order.ConfirmedAt, sample.Eligible));
    }
}
