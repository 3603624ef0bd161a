using OrderConfirmation.Rules.Reloading;

namespace OrderConfirmation.Tests.Rules;

public sealed class ChangeDebouncerTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task WaitAsync_SeveralChangesBeforeWaiting_ResumeOnce()
    {
        var debouncer = new ChangeDebouncer(TimeSpan.Zero);
        debouncer.Notify();
        debouncer.Notify();
        debouncer.Notify();
        await debouncer.WaitAsync(CancellationToken.None).WaitAsync(Generous);

        var next = debouncer.WaitAsync(CancellationToken.None);

        Assert.False(next.IsCompleted);
        debouncer.Notify();
        await next.WaitAsync(Generous);
    }

    [Fact]
    public async Task WaitAsync_Cancelled_Throws()
    {
        var debouncer = new ChangeDebouncer(TimeSpan.Zero);
        using var cancel = new CancellationTokenSource();
        var waiting = debouncer.WaitAsync(cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
