using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Storage;

/// <summary>One command of a request and who gives it.</summary>
/// <param name="Command">The command.</param>
/// <param name="Actor">Who gives it.</param>
public readonly record struct CommandStep(LifecycleCommand Command, Actor Actor);
