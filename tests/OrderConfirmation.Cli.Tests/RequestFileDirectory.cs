using System.Text;
using OrderConfirmation.Tests.Formats;

namespace OrderConfirmation.Cli.Tests;

/// <summary>
/// A temporary directory of review-request files named in input order (request-00001.json onwards): each the example
/// request with its own order number (SO-00001…) and trailing blanks to vary its size, or a file that is not a request.
/// </summary>
internal sealed class RequestFileDirectory : IDisposable
{
    public RequestFileDirectory(IReadOnlyList<(bool Valid, int Padding)> files)
    {
        Path = Directory.CreateTempSubdirectory("orderconfirm-order-").FullName;
        var example = RequestJson.Example();
        for (var i = 0; i < files.Count; i++)
        {
            var (valid, padding) = files[i];
            example.Order()["orderId"] = OrderId(i);
            var content = valid ? example.ToJsonString() : "{ \"order\": ";
            File.WriteAllText(FilePath(i), content + new string(' ', padding), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }

    public string Path { get; }

    public static string OrderId(int index) => $"SO-{index + 1:D5}";

    public string FilePath(int index) => System.IO.Path.Combine(Path, $"request-{index + 1:D5}.json");

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
