using System.Globalization;

namespace OrderConfirmation.Cli;

/// <summary>
/// A progress bar on standard error while a command works through many files: <c>[#######-------------] 35 %  7,000
/// of 20,000 files</c>, redrawn in place at most ten times a second and erased at the end. It is drawn only when it
/// helps and cannot get in the way (<see cref="ShouldDraw"/>), and only once the work has taken half a second, so a
/// quick run never flashes one.
/// </summary>
internal sealed class FileProgress
{
    /// <summary>How long the work runs before the bar appears.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(0.5);

    private const int Width = 30;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(0.1);

    private readonly TextWriter? _error;
    private readonly int _total;
    private readonly TimeProvider _time;
    private readonly long _start;
    private long _lastDrawn;
    private int _done;
    private bool _drawn;
    private bool _finished;

    private FileProgress(TextWriter? error, int total, TimeProvider time)
    {
        _error = error;
        _total = total;
        _time = time;
        _start = time.GetTimestamp();
    }

    /// <summary>Progress that draws nothing.</summary>
    public static FileProgress None { get; } = new(null, 0, TimeProvider.System);

    /// <summary>
    /// Whether to draw: more than one file, standard error a terminal, and standard output neither that terminal (the
    /// results themselves show the progress, and a bar would break their lines) nor a pipe (the program reading it may
    /// write to the same terminal: <c>--json | jq</c>). So: when the output goes to a file.
    /// </summary>
    public static bool ShouldDraw(IStandardStreams streams, int files) =>
        files > 1 && streams.ErrorIsTerminal && !streams.OutputIsTerminal && !streams.OutputIsPipe;

    /// <summary>The progress of <paramref name="files"/> files, drawn on <paramref name="error"/> when <see cref="ShouldDraw"/> says so.</summary>
    public static FileProgress For(IStandardStreams streams, TextWriter error, int files, TimeProvider? time = null) =>
        ShouldDraw(streams, files) ? new FileProgress(error, files, time ?? TimeProvider.System) : None;

    /// <summary>Whether this progress draws at all.</summary>
    public bool Draws => _error is not null;

    /// <summary>Counts <paramref name="files"/> more files done and redraws the bar when it is due.</summary>
    public void Advance(int files)
    {
        if (_error is null || _finished)
        {
            return;
        }

        _done += files;
        var now = _time.GetTimestamp();
        if (_time.GetElapsedTime(_start, now) < Delay || (_drawn && _time.GetElapsedTime(_lastDrawn, now) < Interval))
        {
            return;
        }

        _lastDrawn = now;
        _drawn = true;
        _error.Write(Line(_done, _total));
        _error.Flush();
    }

    /// <summary>Erases the bar, if it was drawn, and draws no more.</summary>
    public void Finish()
    {
        Erase();
        _finished = true;
    }

    /// <summary>Erases the bar, if it is drawn, so that a line can be written; the next <see cref="Advance"/> draws it again.</summary>
    public void Erase()
    {
        if (_error is not null && _drawn)
        {
            _error.Write("\r\u001b[K");
            _error.Flush();
            _drawn = false;
        }
    }

    /// <summary>The bar as drawn: a carriage return, the bar, the percentage and the counts, and an erase to the end of the line.</summary>
    internal static string Line(int done, int total)
    {
        var filled = total == 0 ? Width : (int)((long)done * Width / total);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"\r[{new string('#', filled)}{new string('-', Width - filled)}] {(total == 0 ? 100 : (long)done * 100 / total),3} %  {done:N0} of {total:N0} files\u001b[K");
    }
}
