using OrderConfirmation.Orders;

namespace OrderConfirmation.Review;

/// <summary>Gives the supply position of products and services; hosts read it from their ERP or inventory system.</summary>
public interface ISupplyProvider
{
    /// <summary>The supply position of each known SKU among <paramref name="skus"/>; unknown SKUs are absent from the result.</summary>
    ValueTask<IReadOnlyDictionary<string, SupplyPosition>> GetSupplyAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken);
}
