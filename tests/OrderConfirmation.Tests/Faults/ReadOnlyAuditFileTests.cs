using OrderConfirmation.Audit;
using OrderConfirmation.Tests.Audit;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Faults;

/// <summary>
/// An audit file that cannot be written (made immutable with <c>chattr +i</c>, which binds even root): the log refuses
/// with an error naming the file, nothing is acknowledged, the file is unchanged and still verifies.
/// </summary>
public sealed class ReadOnlyAuditFileTests : IDisposable
{
    private readonly AuditFiles _files = new();
    private string? _immutable;

    public void Dispose()
    {
        if (_immutable is not null)
        {
            DotnetCli.Run("chattr", Path.GetDirectoryName(_immutable)!, "-i", _immutable);
        }

        _files.Dispose();
    }

    private string MakeImmutable(string path)
    {
        var (exitCode, output) = DotnetCli.Run("chattr", Path.GetDirectoryName(path)!, "+i", path);
        Assert.True(exitCode == 0, $"chattr +i failed: {output}");
        _immutable = path;
        return path;
    }

    [Fact]
    public void Open_ReadOnlyFile_RefusesNamingTheFileAndChangesNothing()
    {
        Assert.True(OperatingSystem.IsLinux(), "needs chattr");
        var path = MakeImmutable(_files.Written(3));
        var before = File.ReadAllBytes(path);

        var error = Assert.ThrowsAny<Exception>(() => JsonLinesAuditLog.Open(path));

        Assert.True(error is UnauthorizedAccessException or IOException, error.ToString());
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(3, AuditChain.VerifyFile(path).EntriesVerified);
    }
}
