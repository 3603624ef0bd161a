using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;

namespace OrderConfirmation.Cli;

/// <summary>
/// Evaluates request files on every core and writes what each gives in input order: a file's output to the output,
/// its error to the error writer, file after file, as if they had been evaluated one by one. Files are taken in
/// chunks; at most <see cref="ChunksInFlight"/> chunks are evaluated or waiting to be written at a time, so the memory
/// held is bounded whatever the number of files, and each chunk's text buffers are reused by the chunks after it.
/// </summary>
internal static class InputOrderPipeline
{
    /// <summary>The most files in a chunk: enough to make handing a chunk to a worker cheap, few enough to balance the cores.</summary>
    public const int MaxChunkSize = 64;

    /// <summary>Chunks in flight per core: one being evaluated, one evaluated and waiting to be written.</summary>
    private const int ChunksPerCore = 2;

    private static int ChunksInFlight => ChunksPerCore * Environment.ProcessorCount;

    /// <summary>Evaluates one file, writing its result; throws to report the file as an error (see <see cref="Run"/>).</summary>
    public delegate void FileEvaluation(InputFile file, TextWriter output);

    /// <summary>
    /// Evaluates every file with <paramref name="evaluate"/>. A file for which it throws an exception that
    /// <paramref name="describeError"/> describes (returns non-<see langword="null"/>) has that description written to
    /// <paramref name="error"/> in its place; any other exception is thrown here, after the output of the files
    /// before it. After each chunk is written, <paramref name="progress"/> counts its files; a bar it draws is erased
    /// before a chunk's errors are written.
    /// </summary>
    /// <returns>Whether every file was evaluated without an error.</returns>
    public static bool Run(IReadOnlyList<InputFile> files, FileEvaluation evaluate, Func<InputFile, Exception, string?> describeError, TextWriter output, TextWriter error, FileProgress progress)
    {
        var chunkSize = Math.Clamp(files.Count / (4 * Environment.ProcessorCount), 1, MaxChunkSize);
        var spare = new Stack<Chunk>();
        var inFlight = new Queue<Chunk>();
        var allValid = true;
        var next = 0;
        if (files.Count <= chunkSize)
        {
            // One chunk: no worker to start and nothing to overlap.
            using var only = new Chunk();
            return only.Evaluate(files, 0, files.Count, evaluate, describeError).WriteTo(output, error);
        }

        try
        {
            while (next < files.Count || inFlight.Count > 0)
            {
                while (next < files.Count && inFlight.Count < ChunksInFlight)
                {
                    var chunk = spare.Count > 0 ? spare.Pop() : new Chunk();
                    var start = next;
                    var count = Math.Min(chunkSize, files.Count - start);
                    next += count;
                    chunk.Start(files, start, count, evaluate, describeError);
                    inFlight.Enqueue(chunk);
                }

                // Blocks without spinning: on two cores a spinning writer takes the core a worker needs.
                var done = inFlight.Dequeue().WaitUntilEvaluated();
                spare.Push(done);
                var written = done.Count;
                if (done.HasErrors)
                {
                    progress.Erase();
                }

                allValid &= done.WriteTo(output, error);
                progress.Advance(written);
            }
        }
        finally
        {
            // A chunk still being evaluated (after a fault) is waited for before its buffers are disposed.
            foreach (var chunk in inFlight)
            {
                chunk.WaitUntilEvaluated().Dispose();
            }

            foreach (var chunk in spare)
            {
                chunk.Dispose();
            }
        }

        return allValid;
    }

    /// <summary>The results of consecutive files: their output in one buffer, where each file's ends, and their errors.</summary>
    private sealed class Chunk : IDisposable
    {
        private readonly StringWriter _output = new(CultureInfo.InvariantCulture);
        private readonly List<(int OutputEnd, string? Error)> _files = [];
        private ExceptionDispatchInfo? _fault;
        private readonly ManualResetEventSlim _evaluated = new(initialState: false, spinCount: 0);
        private char[] _copy = [];

        /// <summary>How many files the chunk holds.</summary>
        public int Count => _files.Count;

        /// <summary>Whether a file of the chunk has an error to write.</summary>
        public bool HasErrors => _files.Exists(f => f.Error is not null);

        /// <summary>Evaluates the files on a thread-pool worker; <see cref="WaitUntilEvaluated"/> waits for it.</summary>
        public void Start(IReadOnlyList<InputFile> files, int start, int count, FileEvaluation evaluate, Func<InputFile, Exception, string?> describeError)
        {
            _evaluated.Reset();
            ThreadPool.UnsafeQueueUserWorkItem(
                chunk =>
                {
                    try
                    {
                        chunk.Evaluate(files, start, count, evaluate, describeError);
                    }
                    catch (Exception e)
                    {
                        chunk._fault ??= ExceptionDispatchInfo.Capture(e);
                    }
                    finally
                    {
                        chunk._evaluated.Set();
                    }
                },
                this,
                preferLocal: false);
        }

        /// <summary>Blocks, without spinning, until the evaluation <see cref="Start"/> queued has ended.</summary>
        public Chunk WaitUntilEvaluated()
        {
            _evaluated.Wait();
            return this;
        }

        public Chunk Evaluate(IReadOnlyList<InputFile> files, int start, int count, FileEvaluation evaluate, Func<InputFile, Exception, string?> describeError)
        {
            for (var i = start; i < start + count; i++)
            {
                var file = files[i];
                var length = _output.GetStringBuilder().Length;
                try
                {
                    evaluate(file, _output);
                    _files.Add((_output.GetStringBuilder().Length, null));
                }
                catch (Exception e) when (describeError(file, e) is { } description)
                {
                    _output.GetStringBuilder().Length = length;
                    _files.Add((length, description));
                }
                catch (Exception e)
                {
                    _output.GetStringBuilder().Length = length;
                    _fault = ExceptionDispatchInfo.Capture(e);
                    break;
                }
            }

            return this;
        }

        /// <summary>Writes the chunk's results in file order and empties it for reuse; whether no file had an error.</summary>
        public bool WriteTo(TextWriter output, TextWriter error)
        {
            var text = _output.GetStringBuilder();
            var allValid = true;
            var written = 0;
            foreach (var (end, description) in _files)
            {
                if (description is not null)
                {
                    Write(output, text, written, end);
                    written = end;
                    error.WriteLine(description);
                    allValid = false;
                }
            }

            Write(output, text, written, text.Length);
            _files.Clear();
            text.Clear();
            if (_fault is { } fault)
            {
                _fault = null;
                fault.Throw();
            }

            return allValid;
        }

        public void Dispose()
        {
            _output.Dispose();
            _evaluated.Dispose();
        }

        private void Write(TextWriter output, StringBuilder text, int start, int end)
        {
            if (end <= start)
            {
                return;
            }

            if (_copy.Length < end - start)
            {
                _copy = new char[Math.Max(end - start, 2 * _copy.Length)];
            }

            text.CopyTo(start, _copy, end - start);
            output.Write(_copy, 0, end - start);
        }
    }
}
