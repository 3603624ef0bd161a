using System.Collections.Concurrent;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Testing;

/// <summary>Credit profiles held in memory, for tests, samples and tools. Thread-safe.</summary>
public sealed class InMemoryCreditProfiles : ICreditProfileProvider
{
    private readonly ConcurrentDictionary<string, CreditProfile> _profiles = new(StringComparer.Ordinal);

    /// <summary>Sets (or replaces) a customer's profile.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public InMemoryCreditProfiles Set(string customerId, CreditProfile profile)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        ArgumentNullException.ThrowIfNull(profile);
        _profiles[customerId] = profile;
        return this;
    }

    /// <summary>Removes a customer's profile, making the customer unknown to Finance.</summary>
    public bool Remove(string customerId) => _profiles.TryRemove(customerId, out _);

    /// <inheritdoc />
    public ValueTask<CreditProfile?> GetCreditProfileAsync(string customerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_profiles.GetValueOrDefault(customerId));
    }
}
