using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace OrderConfirmation.Cli.Tests;

/// <summary>
/// <c>orderconfirm review</c> evaluates files on every core, yet its output is that of one file after another (the
/// command's contract: "one JSON decision per line, in input order"; an invalid file is reported and the others still
/// run, exit code 2).
/// </summary>
public sealed class InputOrderTests
{
    /// <summary>Enough files for several chunks on every core, of sizes from a few hundred bytes to 20 KB, one in six not a request.</summary>
    private static readonly Gen<(bool Valid, int Padding)[]> Files =
        from count in Gen.Choose(2, 200)
        from files in Gen.ArrayOf(Gen.Zip(Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false))), Gen.Choose(0, 20_000)), count)
        select files;

    [Property(MaxTest = 20)]
    public Property ReviewJson_FilesOfMixedSizesSomeInvalid_DecisionsAndErrorsInInputOrder() =>
        Prop.ForAll(Files.ToArbitrary(), files =>
        {
            using var directory = new RequestFileDirectory(files);
            var (exitCode, output, error) = CliRun.Run("review", directory.Path, "--json");

            var expectedOrders = Enumerable.Range(0, files.Length).Where(i => files[i].Valid).Select(RequestFileDirectory.OrderId);
            var actualOrders = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("orderId").GetString());
            var expectedErrors = Enumerable.Range(0, files.Length).Where(i => !files[i].Valid).Select(directory.FilePath).ToList();
            var errorLines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var errorsInOrder = errorLines.Length == expectedErrors.Count && errorLines.Zip(expectedErrors).All(pair => pair.First.StartsWith($"error: {pair.Second}", StringComparison.Ordinal));
            var expectedExit = expectedErrors.Count == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
            return (actualOrders.SequenceEqual(expectedOrders) && errorsInOrder && exitCode == expectedExit)
                .Label($"{files.Length} files, {expectedErrors.Count} invalid: exit {exitCode}; errors: {error}");
        });

    [Fact]
    public void ReviewText_ManyFiles_EachFileOnceInInputOrder()
    {
        using var directory = new RequestFileDirectory([.. Enumerable.Range(0, 300).Select(i => (true, (i * 7919) % 30_000))]);

        var (exitCode, output, _) = CliRun.Run("review", directory.Path);

        var named = output.Split('\n').Where(line => line.StartsWith(directory.Path, StringComparison.Ordinal)).ToList();
        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(Enumerable.Range(0, 300).Select(directory.FilePath), named);
    }
}
