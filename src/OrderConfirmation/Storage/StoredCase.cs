using OrderConfirmation.Cases;

namespace OrderConfirmation.Storage;

/// <summary>A customer case as a store holds it, with the version a save must expect.</summary>
/// <param name="State">The case.</param>
/// <param name="Version">The store's version of the case: 1 once received, plus one per saved change.</param>
public sealed record StoredCase(CaseState State, long Version);
