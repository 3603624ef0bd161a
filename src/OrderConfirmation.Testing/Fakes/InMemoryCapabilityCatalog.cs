using System.Collections.Frozen;
using OrderConfirmation.Review;

namespace OrderConfirmation.Testing;

/// <summary>Supported capability codes held in memory, for tests, samples and tools. Thread-safe.</summary>
public sealed class InMemoryCapabilityCatalog : ICapabilityCatalog
{
    private volatile FrozenSet<string> _capabilities;

    /// <summary>Creates a catalogue with the given codes.</summary>
    public InMemoryCapabilityCatalog(IEnumerable<string>? capabilities = null) =>
        _capabilities = (capabilities ?? []).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Replaces the supported codes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="capabilities"/> is <see langword="null"/>.</exception>
    public void Replace(IEnumerable<string> capabilities)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        _capabilities = capabilities.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlySet<string>> GetSupportedCapabilitiesAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IReadOnlySet<string>>(_capabilities);
    }
}
