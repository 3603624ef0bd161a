namespace OrderConfirmation.Cli.Tests;

/// <summary>Runs alone: it counts the bytes every thread of the process allocates.</summary>
[CollectionDefinition(nameof(AllocationCounting), DisableParallelization = true)]
public sealed class AllocationCounting;

/// <summary>
/// What <c>orderconfirm review --json</c> allocates for each request file, timing nothing (issue 17: at most 8 KB a
/// request). The rules are loaded by every run, so the difference between a run over many files and one over fewer is
/// the cost of the extra files alone, read, reviewed and written on whatever threads the tool uses.
/// </summary>
[Collection(nameof(AllocationCounting))]
public sealed class ReviewAllocationTests
{
    private const long MaxBytesPerRequest = 8 * 1024;

    private static long AllocatedBy(string directory, params string[] options)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var exitCode = CliApplication.Run(["review", directory, .. options], TextWriter.Null, TextWriter.Null);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Equal(ExitCodes.Success, exitCode);
        return allocated;
    }

    private static long AllocatedPerRequest(params string[] options)
    {
        const int Fewer = 200;
        const int More = 1_200;
        using var fewer = new RequestFileDirectory([.. Enumerable.Repeat((true, 0), Fewer)]);
        using var more = new RequestFileDirectory([.. Enumerable.Repeat((true, 0), More)]);
        AllocatedBy(more.Path, options);
        return (AllocatedBy(more.Path, options) - AllocatedBy(fewer.Path, options)) / (More - Fewer);
    }

    [Fact]
    public void ReviewJson_ManyFiles_AllocatesAtMostEightKilobytesPerRequest()
    {
        var perRequest = AllocatedPerRequest("--json");

        Assert.True(perRequest <= MaxBytesPerRequest, $"{perRequest:N0} B per request");
    }

    [Fact]
    public void ReviewText_ManyFiles_AllocatesAtMostEightKilobytesPerRequest()
    {
        var perRequest = AllocatedPerRequest();

        Assert.True(perRequest <= MaxBytesPerRequest, $"{perRequest:N0} B per request");
    }
}
