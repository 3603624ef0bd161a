using System.Runtime.ExceptionServices;
using Microsoft.Win32.SafeHandles;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Formats;

/// <summary>
/// Streams KPI record files (the format of <see cref="KpiRecordReader"/>) into a <see cref="KpiAccumulator"/>: memory
/// holds one read buffer per core and the groups' tallies, never the records, however many there are. Large files are
/// read in sections on all cores and the sections' tallies merged, which is exact. The checks and messages are
/// <see cref="KpiRecordReader"/>'s: an invalid line is a <see cref="RequestFormatException"/> naming the file, line and field.
/// Hosts reach it through <see cref="KpiRecordReader.ReadFiles(IEnumerable{string}, KpiAccumulator)"/> and
/// <see cref="KpiRecordReader.Read(Stream, string, KpiAccumulator)"/>.
/// </summary>
internal static class StreamingKpiRecordReader
{
    private const long SectionSize = 8L << 20;

    /// <summary>Reads KPI record files, in order, into the accumulator.</summary>
    /// <param name="paths">The record files.</param>
    /// <param name="into">Receives the records' tallies. After an exception it may hold some of them: discard it.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="RequestFormatException">A line is not a valid record.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static void ReadFiles(IEnumerable<string> paths, KpiAccumulator into) => ReadFiles(paths, into, SectionSize);

    /// <summary>Reads KPI record files, in order, into the accumulator, in sections of about <paramref name="sectionSize"/> bytes.</summary>
    internal static void ReadFiles(IEnumerable<string> paths, KpiAccumulator into, long sectionSize)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(into);
        foreach (var path in paths)
        {
            ReadFile(path, into, sectionSize);
        }
    }

    /// <summary>Reads KPI records from a JSON Lines stream (UTF-8; a UTF-16 or UTF-32 one by its byte-order mark) into the accumulator.</summary>
    /// <param name="utf8JsonLines">The records.</param>
    /// <param name="source">The name of the source, for error messages.</param>
    /// <param name="into">Receives the records' tallies. After an exception it may hold some of them: discard it.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="RequestFormatException">A line is not a valid record.</exception>
    public static void Read(Stream utf8JsonLines, string source, KpiAccumulator into)
    {
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(into);
        var head = new byte[4];
        var headLength = utf8JsonLines.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (IsWide(head.AsSpan(0, headLength)))
        {
            var text = new MemoryStream();
            text.Write(head, 0, headLength);
            utf8JsonLines.CopyTo(text);
            text.Position = 0;
            ReadText(text, source, into);
            return;
        }

        var headLeft = headLength;
        new KpiLineLoop(into, source, exact: true).Run(
            memory =>
            {
                if (headLeft == 0)
                {
                    return utf8JsonLines.Read(memory.Span);
                }

                var count = Math.Min(headLeft, memory.Length);
                head.AsSpan(headLength - headLeft, count).CopyTo(memory.Span);
                headLeft -= count;
                return count;
            },
            atStart: true);
    }

    /// <summary>Adds a record read by <see cref="KpiRecordReader.Record"/>.</summary>
    internal static void Add(KpiAccumulator into, object record)
    {
        switch (record)
        {
            case OrderProcessingRecord order:
                into.Add(order);
                break;
            case SurveyResponse response:
                into.Add(response);
                break;
            case CustomerCaseRecord customerCase:
                into.Add(customerCase);
                break;
        }
    }

    private static void ReadFile(string path, KpiAccumulator into, long sectionSize)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var length = RandomAccess.GetLength(handle);
        var head = new byte[4];
        if (IsWide(head.AsSpan(0, RandomAccess.Read(handle, head, 0))))
        {
            using var text = File.OpenRead(path);
            ReadText(text, path, into);
            return;
        }

        var bounds = SectionBounds(handle, length, Environment.ProcessorCount < 2 ? 1 : (int)Math.Min(length / sectionSize, 64));
        if (bounds.Length > 2 && ReadSections(handle, path, bounds, into.Empty()) is { } sections)
        {
            into.Merge(sections);
            return;
        }

        // One section, or a section has an invalid line: read from the start with line numbers, for its exact error.
        ReadSection(handle, path, 0, length, into, exact: true);
    }

    /// <summary>The sections' tallies merged, or <see langword="null"/> when a section has an invalid line.</summary>
    private static KpiAccumulator? ReadSections(SafeFileHandle handle, string path, long[] bounds, KpiAccumulator all)
    {
        var tallies = new KpiAccumulator[bounds.Length - 1];
        var outcomes = new KpiLineOutcome[tallies.Length];
        try
        {
            Parallel.For(0, tallies.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                tallies[i] = all.Empty();
                outcomes[i] = ReadSection(handle, path, bounds[i], bounds[i + 1], tallies[i], exact: false);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        if (outcomes.Any(o => o != KpiLineOutcome.Read))
        {
            return null;
        }

        foreach (var tally in tallies)
        {
            all.Merge(tally);
        }

        return all;
    }

    private static KpiLineOutcome ReadSection(SafeFileHandle handle, string path, long start, long end, KpiAccumulator into, bool exact)
    {
        var position = start;
        return new KpiLineLoop(into, path, exact).Run(
            memory =>
            {
                var count = RandomAccess.Read(handle, memory.Span[..(int)Math.Min(memory.Length, end - position)], position);
                position += count;
                return count;
            },
            atStart: start == 0);
    }

    /// <summary>Where each section starts, at the start of a line (after an LF), and the end of the file.</summary>
    private static long[] SectionBounds(SafeFileHandle handle, long length, int sections)
    {
        var bounds = new List<long> { 0 };
        Span<byte> probe = stackalloc byte[4096];
        for (var k = 1; k < sections; k++)
        {
            var position = Math.Max(length * k / sections, bounds[^1]);
            while (position < length)
            {
                var count = RandomAccess.Read(handle, probe, position);
                var newline = probe[..count].IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    position += newline + 1;
                    break;
                }

                position += count;
            }

            if (position < length && position > bounds[^1])
            {
                bounds.Add(position);
            }
        }

        bounds.Add(length);
        return [.. bounds];
    }

    private static bool IsWide(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]);

    /// <summary>Reads a UTF-16 or UTF-32 file through the text reader, one record at a time.</summary>
    private static void ReadText(Stream text, string source, KpiAccumulator into)
    {
        foreach (var record in KpiRecordReader.Records(text, source))
        {
            Add(into, record);
        }
    }
}
