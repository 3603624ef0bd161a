using System.Buffers;

namespace OrderConfirmation.Formats;

/// <summary>
/// Reads a request file into a buffer rented from <see cref="ArrayPool{T}.Shared"/>, sized from the file's length, but
/// never more of it than <see cref="RequestLimits.MaxBytes"/>. The caller returns the buffer by disposing the content.
/// </summary>
internal static class RequestFile
{
    private const int UnknownLengthBuffer = 16 * 1024;

    /// <exception cref="RequestFormatException">The file is larger than the limit.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RentedContent Read(string path, RequestLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        var length = stream.CanSeek ? stream.Length : 0;
        RequestLimitCheck.Size(path, length, limits, "The file was not read.");

        // One byte more than the length, so that a file that grows after its length was taken shows at once; a pipe with
        // no length grows the buffer. Reading stops one read past the limit.
        var buffer = ArrayPool<byte>.Shared.Rent(length > 0 ? (int)length + 1 : UnknownLengthBuffer);
        var count = 0;
        try
        {
            int read;
            while ((read = stream.Read(buffer, count, buffer.Length - count)) > 0)
            {
                count += read;
                if (count > limits.MaxBytes)
                {
                    throw RequestLimitCheck.TooLarge(path, "more than " + RequestLimitCheck.Bytes(limits.MaxBytes), limits, "Reading stopped there.");
                }

                if (count == buffer.Length)
                {
                    buffer = Grow(buffer, count, limits.MaxBytes);
                }
            }

            return new RentedContent(buffer, count);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static byte[] Grow(byte[] buffer, int count, int maxBytes)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * buffer.Length, maxBytes + 1L));
        buffer.AsSpan(0, count).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    /// <summary>The bytes of a file in a rented buffer, returned to the pool on <see cref="Dispose"/>.</summary>
    internal readonly struct RentedContent(byte[] buffer, int count) : IDisposable
    {
        public ReadOnlySpan<byte> Bytes => buffer.AsSpan(0, count);

        public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);
    }
}
