using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;

namespace OrderConfirmation.Cli.Tests;

/// <summary>
/// The checks of any HTML report: each inline <c>svg</c> is well-formed XML with <c>role="img"</c>, a
/// <c>title</c> and a <c>desc</c>; nothing is loaded from outside the file (no <c>script</c>, no <c>link</c>, no
/// <c>src</c>/<c>href</c> with a scheme or <c>//</c>, no <c>@import</c> or <c>url(</c> in styles).
/// </summary>
internal static partial class HtmlReportChecks
{
    /// <summary>Parses each <c>&lt;svg …&lt;/svg&gt;</c> of the page's text as XML; returns them.</summary>
    public static IReadOnlyList<XElement> WellFormedSvgs(string html)
    {
        var svgs = SvgElement().Matches(html).Select(m => XElement.Parse(m.Value)).ToList();
        foreach (var svg in svgs)
        {
            Assert.Equal("img", (string?)svg.Attribute("role"));
            Assert.Equal(["title", "desc"], svg.Elements().Take(2).Select(e => e.Name.LocalName));
            Assert.All(svg.Elements().Take(2), e => Assert.False(string.IsNullOrWhiteSpace(e.Value)));
            var labelledBy = ((string?)svg.Attribute("aria-labelledby"))!.Split(' ');
            Assert.Equal(svg.Elements().Take(2).Select(e => (string?)e.Attribute("id")), labelledBy);
        }

        return svgs;
    }

    /// <summary>Asserts that the page loads nothing from outside itself.</summary>
    public static void SelfContained(IDocument page, string html)
    {
        Assert.Empty(page.QuerySelectorAll("script, link, iframe, object, embed, img, base, audio, video, source"));
        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes.Where(a => a.LocalName is "src" or "href" or "xlink:href" or "srcset" or "action" or "data"))
            {
                Assert.DoesNotMatch(External(), attribute.Value);
            }

            Assert.DoesNotContain("url(", element.GetAttribute("style") ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var style in page.QuerySelectorAll("style"))
        {
            Assert.DoesNotContain("@import", style.TextContent, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("url(", style.TextContent, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("<svg[\\s>].*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgElement();

    [GeneratedRegex("^\\s*([a-zA-Z][a-zA-Z0-9+.-]*:|//)")]
    private static partial Regex External();
}
