using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Storage;

/// <summary>
/// A request to an <see cref="OrderCommandProcessor"/>: which order, under which command id, and a fingerprint of what
/// was asked, so that a retry (same id, same fingerprint) returns the first result and a different request under a used
/// id is told apart.
/// </summary>
public sealed record CommandRequest
{
    /// <summary>The longest command id, in characters.</summary>
    public const int MaxIdLength = 200;

    /// <summary>Creates a request.</summary>
    /// <param name="commandId">The caller's id for the request (an idempotency key): 1 to <see cref="MaxIdLength"/> characters, not blank.</param>
    /// <param name="orderId">The order it is about.</param>
    /// <param name="fingerprint">A digest of what was asked (see <see cref="Digest(ReadOnlySpan{byte})"/>); a retry must give the same.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is blank, or the command id is too long.</exception>
    public CommandRequest(string commandId, string orderId, string fingerprint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(commandId);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(fingerprint);
        if (commandId.Length > MaxIdLength)
        {
            throw new ArgumentException($"The command id has {commandId.Length} characters; at most {MaxIdLength} are allowed.", nameof(commandId));
        }

        CommandId = commandId;
        OrderId = orderId;
        Fingerprint = fingerprint;
    }

    /// <summary>The caller's id for the request.</summary>
    public string CommandId { get; }

    /// <summary>The order it is about.</summary>
    public string OrderId { get; }

    /// <summary>The digest of what was asked.</summary>
    public string Fingerprint { get; }

    /// <summary>A request for one command, fingerprinted by the command's kind and data, the order and who gives it.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The command id or order id is blank, or the command id is too long.</exception>
    public static CommandRequest For(string commandId, string orderId, LifecycleCommand command, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(command);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("command", command.Kind.ToString());
            writer.WriteString("orderId", orderId);
            writer.WriteString("actor", actor.Id);
            writer.WriteString("role", actor.Role.ToString());
            writer.WriteStartObject("details");
            command.WriteDetails(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return new CommandRequest(commandId, orderId, Digest(buffer.WrittenSpan));
    }

    /// <summary>The SHA-256 of some bytes (such as a request body and the caller's id), as 64 lowercase hex digits.</summary>
    public static string Digest(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The SHA-256 of texts joined with a separator no text holds, as 64 lowercase hex digits.</summary>
    public static string Digest(params ReadOnlySpan<string> parts)
    {
        var joined = new StringBuilder();
        foreach (var part in parts)
        {
            joined.Append(part.Length).Append(':').Append(part).Append('\n');
        }

        return Digest(Encoding.UTF8.GetBytes(joined.ToString()));
    }
}
