using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Storage;

/// <summary>An order's state as a store holds it, with the version a save must expect.</summary>
/// <param name="State">The order's state.</param>
/// <param name="Version">The store's version of the order: 1 once entered, plus one per saved change of state.</param>
public sealed record StoredOrder(OrderState State, long Version);
