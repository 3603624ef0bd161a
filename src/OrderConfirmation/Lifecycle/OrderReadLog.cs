using System.Runtime.CompilerServices;
using System.Text.Json;
using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Json;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Lifecycle;

/// <summary>
/// The read log of article 5 (order information is need-to-know) for the supervision group (article 6.1): every read
/// of an order through the need-to-know view is appended to the audit trail, with who, in which role, when, and what was
/// hidden from them, before the data is handed over; only the <see cref="Role.Auditor"/> may list who read an order.
/// When the trail cannot be written the read fails: no order data leaves unrecorded.
/// </summary>
public sealed class OrderReadLog
{
    /// <summary>The name of what a reader without customer-data rights does not see.</summary>
    public const string CustomerData = "customerData";

    private static readonly string KindName = nameof(AuditEntryKind.OrderRead);

    private readonly LifecyclePolicy _policy;
    private readonly IAuditAppender _audit;
    private readonly IClock _clock;

    /// <summary>Creates the log.</summary>
    /// <param name="policy">Decides what each role sees (<see cref="LifecyclePolicy.CustomerDataRoles"/>).</param>
    /// <param name="audit">The trail the reads are appended to: the same one the commands go to.</param>
    /// <param name="clock">Gives each read its instant.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public OrderReadLog(LifecyclePolicy policy, IAuditAppender audit, IClock clock)
    {
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _audit = audit ?? throw new ArgumentNullException(nameof(audit));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>Records the read, then gives the order as the actor's role may see it (<see cref="OrderView.For"/>).</summary>
    /// <param name="state">The order read, as it stands.</param>
    /// <param name="actor">Who reads it, in which role.</param>
    /// <param name="cancellationToken">Cancels the read before it is recorded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is <see langword="null"/>.</exception>
    public async ValueTask<OrderView> ReadAsync(OrderState state, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var view = OrderView.For(state.Order, actor.Role, _policy);
        await RecordReadAsync(state.OrderId, actor, view.CustomerDataMasked ? [CustomerData] : [], cancellationToken).ConfigureAwait(false);
        return view;
    }

    /// <summary>
    /// Records a read a host makes through a view of its own that hides more than <see cref="OrderView"/> (prices, credit
    /// details, …): call it before handing the data over.
    /// </summary>
    /// <param name="orderId">The order read.</param>
    /// <param name="actor">Who reads it, in which role.</param>
    /// <param name="masked">The kinds of confidential data hidden from the reader; empty when they see everything.</param>
    /// <param name="cancellationToken">Cancels the read before it is recorded.</param>
    /// <returns>The reading as recorded.</returns>
    /// <exception cref="ArgumentException"><paramref name="orderId"/> is blank, or a masked name is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="masked"/> is <see langword="null"/>.</exception>
    public async ValueTask<OrderReading> RecordReadAsync(string orderId, Actor actor, IReadOnlyList<string> masked, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentNullException.ThrowIfNull(masked);
        if (masked.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A masked kind of data needs a name.", nameof(masked));
        }

        var payload = CompactJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("masked");
            foreach (var name in masked)
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
        var entry = await _audit.AppendAsync(new AuditRecord(_clock.GetCurrentInstant(), actor.Id, actor.Role.ToString(), orderId, KindName, payload), cancellationToken).ConfigureAwait(false);
        return new OrderReading(orderId, actor.Id, actor.Role.ToString(), entry.At, [.. masked], entry.Sequence);
    }

    /// <summary>Who read the order, oldest first, from a store's trail: for the <see cref="Role.Auditor"/> only.</summary>
    /// <param name="trail">The trail to read.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="requester">Who asks; must act as <see cref="Role.Auditor"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="trail"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="orderId"/> is blank.</exception>
    /// <exception cref="UnauthorizedAccessException"><paramref name="requester"/> is not an auditor.</exception>
    /// <exception cref="AuditLogCorruptException">A read entry's payload is not what this log writes.</exception>
    public static async ValueTask<IReadOnlyList<OrderReading>> ReadersAsync(IAuditTrail trail, string orderId, Actor requester, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trail);
        ThrowUnlessAuditor(orderId, requester);
        var readings = new List<OrderReading>();
        await foreach (var entry in trail.ReadAsync(new AuditQuery(OrderId: orderId), cancellationToken).ConfigureAwait(false))
        {
            if (entry.Kind == KindName)
            {
                readings.Add(ToReading(entry));
            }
        }

        return readings;
    }

    /// <summary>Who read the order, oldest first, from a trail's entries (such as <see cref="IAuditLog.Entries"/>): for the <see cref="Role.Auditor"/> only.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="orderId"/> is blank.</exception>
    /// <exception cref="UnauthorizedAccessException"><paramref name="requester"/> is not an auditor.</exception>
    /// <exception cref="AuditLogCorruptException">A read entry's payload is not what this log writes.</exception>
    public static IReadOnlyList<OrderReading> Readers(IEnumerable<AuditEntry> entries, string orderId, Actor requester)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ThrowUnlessAuditor(orderId, requester);
        return [.. entries.Where(e => e.Kind == KindName && e.OrderId == orderId).Select(ToReading)];
    }

    private static void ThrowUnlessAuditor(string orderId, Actor requester, [CallerArgumentExpression(nameof(orderId))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId, name);
        if (requester.Role != Role.Auditor)
        {
            throw new UnauthorizedAccessException($"{requester} may not list who read order {orderId}: the read log is for the supervision group (Auditor) only.");
        }
    }

    private static OrderReading ToReading(AuditEntry entry)
    {
        try
        {
            using var payload = JsonDocument.Parse(entry.Payload);
            var masked = payload.RootElement.GetProperty("masked").EnumerateArray().Select(m => m.GetString() ?? throw new JsonException("masked holds a null")).ToArray();
            return new OrderReading(entry.OrderId!, entry.Actor, entry.Role ?? throw new JsonException("the entry has no role"), entry.At, masked, entry.Sequence);
        }
        catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new AuditLogCorruptException($"Audit entry {entry.Sequence} ({KindName}) has a payload this library did not write: {error.Message}", error);
        }
    }
}
