using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OrderConfirmation.Cli.Tests.Reports;

/// <summary>An HTML report parsed as a browser would, with the checks every report must pass.</summary>
internal static partial class HtmlReport
{
    /// <summary>Parses the page.</summary>
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>
    /// The page loads nothing from outside itself: no script, no linked style sheet, no <c>src</c> or <c>href</c> with a
    /// scheme or starting with <c>//</c>, no <c>@import</c> or <c>url(</c> in its styles; and each inline SVG is
    /// well-formed XML.
    /// </summary>
    public static void AssertSelfContained(IDocument document)
    {
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("link"));
        Assert.Empty(document.QuerySelectorAll("iframe, object, embed, img"));
        foreach (var element in document.QuerySelectorAll("[src], [href]"))
        {
            foreach (var value in new[] { element.GetAttribute("src"), element.GetAttribute("href") }.OfType<string>())
            {
                Assert.False(ExternalReference().IsMatch(value), $"<{element.LocalName}> refers outside the page: {value}");
            }
        }

        foreach (var style in document.QuerySelectorAll("style").Select(s => s.TextContent).Concat(document.QuerySelectorAll("[style]").Select(e => e.GetAttribute("style")!)))
        {
            Assert.DoesNotContain("@import", style, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("url(", style, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var svg in document.QuerySelectorAll("svg"))
        {
            var xml = XElement.Parse(svg.OuterHtml);
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.NotNull(xml.Elements().FirstOrDefault(e => e.Name.LocalName == "title"));
        }
    }

    /// <summary>The table whose caption is <paramref name="caption"/>.</summary>
    public static IElement Table(IParentNode scope, string caption) =>
        Assert.Single(scope.QuerySelectorAll("table"), t => t.QuerySelector("caption")?.TextContent.Trim() == caption);

    /// <summary>The body rows of a table, each as the text of its cells (header cells included).</summary>
    public static IReadOnlyList<string[]> Rows(IElement table) =>
        [.. table.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray())];

    /// <summary>The first whole number in a cell's text.</summary>
    public static int Number(string text) => int.Parse(FirstNumber().Match(text).Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A name in words (<c>On hold</c>) back as the file writes it (<c>OnHold</c>), for comparing.</summary>
    public static string Squeezed(string words) => string.Concat(words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    [GeneratedRegex(@"^\s*([a-zA-Z][a-zA-Z0-9+.-]*:|//)")]
    private static partial Regex ExternalReference();

    [GeneratedRegex(@"\d+")]
    private static partial Regex FirstNumber();
}
