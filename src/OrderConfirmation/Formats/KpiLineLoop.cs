using System.Buffers;
using System.Text;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Formats;

/// <summary>
/// Splits a run of UTF-8 bytes into lines in one reused buffer, as <see cref="StreamReader.ReadLine"/> would, and feeds
/// each to a <see cref="KpiLineParser"/>, or to <see cref="KpiRecordReader.Record"/> when the parser declines it.
/// </summary>
internal sealed class KpiLineLoop
{
    private const int BufferSize = 1 << 20;

    private readonly KpiLineParser _parser;
    private readonly KpiAccumulator _into;
    private readonly string _source;
    private readonly bool _exact;
    private long _lineNo;

    /// <param name="into">Receives the records.</param>
    /// <param name="source">The file, for error messages.</param>
    /// <param name="exact">
    /// Whether line numbers count from the start of the file, so that an invalid line throws its exact error; otherwise
    /// (a section of a file read in parallel) an invalid line ends the loop with <see cref="KpiLineOutcome.Invalid"/>.
    /// </param>
    public KpiLineLoop(KpiAccumulator into, string source, bool exact)
    {
        _into = into;
        _parser = new KpiLineParser(into);
        _source = source;
        _exact = exact;
    }

    /// <summary>Reads lines until <paramref name="read"/> gives no more bytes.</summary>
    /// <param name="read">Fills the memory from the input and returns how many bytes it gave; 0 at the end.</param>
    /// <param name="atStart">Whether the bytes start the file, so that a UTF-8 byte-order mark is skipped.</param>
    /// <exception cref="RequestFormatException">A line is not a valid record (only when exact).</exception>
    public KpiLineOutcome Run(Func<Memory<byte>, int> read, bool atStart)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            int start = 0, filled = 0;
            var end = false;
            while (!end)
            {
                if (start > 0)
                {
                    buffer.AsSpan(start, filled - start).CopyTo(buffer);
                    filled -= start;
                    start = 0;
                }

                if (filled == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var count = read(buffer.AsMemory(filled));
                end = count == 0;
                filled += count;
                if (atStart)
                {
                    if (filled < 3 && !end)
                    {
                        continue;
                    }

                    atStart = false;
                    start = buffer.AsSpan(0, filled).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
                }

                var (outcome, taken) = Lines(buffer.AsSpan(start, filled - start), end);
                if (outcome != KpiLineOutcome.Read)
                {
                    return outcome;
                }

                start += taken;
            }

            return KpiLineOutcome.Read;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The whole lines in the bytes (ended by LF, CR or CR LF, as a text reader ends them; at the end of the input, also
    /// the last line without an ending); returns how many bytes they took.
    /// </summary>
    private (KpiLineOutcome Outcome, int Taken) Lines(ReadOnlySpan<byte> bytes, bool end)
    {
        var taken = 0;
        while (taken < bytes.Length)
        {
            var rest = bytes[taken..];
            var i = rest.IndexOfAny((byte)'\r', (byte)'\n');
            int length;
            if (i < 0)
            {
                if (!end)
                {
                    break;
                }

                i = length = rest.Length;
            }
            else if (rest[i] == '\n')
            {
                length = i + 1;
            }
            else if (i + 1 < rest.Length)
            {
                length = rest[i + 1] == '\n' ? i + 2 : i + 1;
            }
            else if (!end)
            {
                break;
            }
            else
            {
                length = i + 1;
            }

            var outcome = Line(rest[..i]);
            if (outcome != KpiLineOutcome.Read)
            {
                return (outcome, taken);
            }

            taken += length;
        }

        return (KpiLineOutcome.Read, taken);
    }

    private KpiLineOutcome Line(ReadOnlySpan<byte> line)
    {
        _lineNo++;
        if (line.IndexOfAnyExcept(" \t\v\f"u8) < 0 || _parser.TryAdd(line))
        {
            return KpiLineOutcome.Read;
        }

        var text = Encoding.UTF8.GetString(line);
        if (string.IsNullOrWhiteSpace(text))
        {
            return KpiLineOutcome.Read;
        }

        try
        {
            StreamingKpiRecordReader.Add(_into, KpiRecordReader.Record(text, $"{_source}:{_lineNo}"));
            return KpiLineOutcome.Read;
        }
        catch (RequestFormatException) when (!_exact)
        {
            return KpiLineOutcome.Invalid;
        }
    }
}

/// <summary>How a run of lines ended.</summary>
internal enum KpiLineOutcome
{
    /// <summary>Every line was read into the accumulator.</summary>
    Read,

    /// <summary>A line is invalid; read again with exact line numbers for its error.</summary>
    Invalid,
}
