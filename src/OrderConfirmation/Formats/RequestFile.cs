namespace OrderConfirmation.Formats;

/// <summary>Reads a request file into memory, but never more of it than <see cref="RequestLimits.MaxBytes"/>.</summary>
internal static class RequestFile
{
    private const int ChunkSize = 81_920;

    /// <exception cref="RequestFormatException">The file is larger than the limit.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static byte[] Read(string path, RequestLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var length = stream.CanSeek ? stream.Length : 0;
        RequestLimitCheck.Size(path, length, limits, "The file was not read.");

        // Read at most one chunk past the limit: a file that grows after its length was taken, or a pipe
        // with no length, still stops there.
        using var content = new MemoryStream((int)length);
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            content.Write(chunk, 0, read);
            if (content.Length > limits.MaxBytes)
            {
                throw RequestLimitCheck.TooLarge(path, "more than " + RequestLimitCheck.Bytes(limits.MaxBytes), limits, "Reading stopped there.");
            }
        }

        return content.ToArray();
    }
}
