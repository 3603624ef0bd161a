using System.Globalization;

namespace OrderConfirmation.Cli.Tests;

/// <summary>
/// Issue 18: "review, change and kpi over many files draw a progress bar on standard error when it is a terminal
/// (never in redirected output or with --json piped)". The README's rule: more than one file, standard error a
/// terminal, standard output going to a file (not the terminal, not a pipe); the bar appears after half a second.
/// </summary>
public sealed class FileProgressTests
{
    private sealed record Streams(bool ErrorIsTerminal, bool OutputIsTerminal, bool OutputIsPipe) : IStandardStreams;

    /// <summary>A clock that moves only when told.</summary>
    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }

    [Theory]
    [InlineData(true, false, false, 2, true)] // > file: draw
    [InlineData(true, false, false, 1, false)] // one file: nothing to follow
    [InlineData(false, false, false, 100, false)] // 2> file: never in redirected error
    [InlineData(true, false, true, 100, false)] // | jq: never piped
    [InlineData(true, true, false, 100, false)] // the results themselves on the terminal
    [InlineData(false, true, false, 100, false)]
    public void ShouldDraw_TerminalAndRedirection_AsTheReadmeSays(bool errorTerminal, bool outputTerminal, bool outputPipe, int files, bool expected)
    {
        Assert.Equal(expected, FileProgress.ShouldDraw(new Streams(errorTerminal, outputTerminal, outputPipe), files));
    }

    [Fact]
    public void Advance_BeforeHalfASecond_DrawsNothing()
    {
        var time = new ManualTime();
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var progress = FileProgress.For(new Streams(true, false, false), error, 1000, time);

        time.Advance(TimeSpan.FromMilliseconds(499));
        progress.Advance(500);
        progress.Finish();

        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void Advance_AfterHalfASecond_DrawsTheBarInPlaceAndFinishErasesIt()
    {
        var time = new ManualTime();
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var progress = FileProgress.For(new Streams(true, false, false), error, 20_000, time);

        time.Advance(TimeSpan.FromMilliseconds(500));
        progress.Advance(7_000);
        var drawn = error.ToString();
        progress.Finish();

        Assert.Equal("\r[##########--------------------]  35 %  7,000 of 20,000 files\u001b[K", drawn);
        Assert.Equal(drawn + "\r\u001b[K", error.ToString());
    }

    [Fact]
    public void Advance_Redrawn_AtMostTenTimesASecond()
    {
        var time = new ManualTime();
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var progress = FileProgress.For(new Streams(true, false, false), error, 100, time);
        time.Advance(TimeSpan.FromSeconds(1));

        for (var i = 0; i < 100; i++)
        {
            progress.Advance(1);
            time.Advance(TimeSpan.FromMilliseconds(10));
        }

        Assert.Equal(10, error.ToString().Count(c => c == '\r'));
    }

    [Fact]
    public void For_Redirected_DrawsNothingWhateverHappens()
    {
        var time = new ManualTime();
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var progress = FileProgress.For(new Streams(false, false, false), error, 1000, time);

        time.Advance(TimeSpan.FromSeconds(5));
        progress.Advance(1000);
        progress.Finish();

        Assert.False(progress.Draws);
        Assert.Equal(string.Empty, error.ToString());
    }
}
