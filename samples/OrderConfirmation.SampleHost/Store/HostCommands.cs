using OrderConfirmation.Formats;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.SampleHost.Http;
using OrderConfirmation.SampleHost.Identity;
using OrderConfirmation.Storage;

namespace OrderConfirmation.SampleHost.Store;

/// <summary>
/// How this host gives the library's <see cref="OrderCommandProcessor"/> its requests: each under a command id (the
/// caller's <c>Idempotency-Key</c>, or for a change the customer's change id), fingerprinted by what was asked and by
/// whom, in the name of the authenticated caller; and what each outcome other than success answers over HTTP.
/// </summary>
internal static class HostCommands
{
    /// <summary>The request header that makes a command safe to retry: the same key and body return the first result.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>The header's description in the OpenAPI document.</summary>
    public const string IdempotencyKeyDescription =
        "Makes the request safe to retry: sent again with the same key and body by the same caller, it returns the first result and changes nothing; with another body it is a 409 (reason CommandIdReused). 1 to 100 characters, such as a UUID.";

    /// <summary>The longest idempotency key accepted, in characters.</summary>
    public const int MaxKeyLength = 100;

    /// <summary>
    /// The request for an operation on an order: under the caller's idempotency key (scoped to the caller, the operation and
    /// the order), or under <paramref name="naturalId"/> (a change's id) when the operation has one, or else under a new id.
    /// </summary>
    /// <exception cref="RequestFormatException">The idempotency key is blank or too long.</exception>
    public static CommandRequest Request(string? idempotencyKey, string operation, string orderId, Caller caller, ReadOnlySpan<byte> body, string? naturalId = null)
    {
        var key = idempotencyKey ?? string.Empty;
        if (idempotencyKey is not null && (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength))
        {
            throw new RequestFormatException("headers", IdempotencyKeyHeader, $"An idempotency key is 1 to {MaxKeyLength} characters, such as a UUID.");
        }

        var commandId = naturalId is not null ? $"{operation}:{orderId}:{naturalId}"
            : key.Length > 0 ? $"{operation}:{orderId}:{caller.Id}:{key}"
            : $"{operation}:{orderId}:{Guid.NewGuid():N}";
        // Ids that long (long order ids, change ids) are kept as their digest: still one id per request.
        if (commandId.Length > CommandRequest.MaxIdLength)
        {
            commandId = $"{operation}:{CommandRequest.Digest(commandId)}";
        }

        return new CommandRequest(commandId, orderId, CommandRequest.Digest(operation, orderId, caller.Id!, CommandRequest.Digest(body)));
    }

    /// <summary>
    /// The caller acting for a command: in the first of their roles that may give it, or else in their first role, so that
    /// the lifecycle refuses the command itself and the refusal is audited like any other.
    /// </summary>
    public static Actor ActorFor(Caller caller, LifecycleCommandKind command, LifecyclePolicy policy) =>
        caller.ActingFor(command, policy) ?? new Actor(caller.Id!, caller.Roles[0]);

    /// <summary>The answer to a request that did not just succeed, or <see langword="null"/> when it did (or is a replay of a success).</summary>
    public static IResult? Problem(CommandResult result) => result.Status switch
    {
        CommandStatus.Accepted => null,
        CommandStatus.Replayed when result.IsAccepted => null,
        CommandStatus.Refused or CommandStatus.Replayed => Problems.Refused(result.Refusal!),
        CommandStatus.IdReused => Problems.CommandIdReused(result.Receipt!),
        _ => Problems.StillChanging(result.Order?.State.OrderId),
    };
}
