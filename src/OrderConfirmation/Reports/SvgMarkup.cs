using System.Globalization;
using System.Text;

namespace OrderConfirmation.Reports;

/// <summary>
/// Builds the markup of an inline SVG chart: the root element with <c>role="img"</c>, its <c>title</c> and <c>desc</c>
/// (named by <c>aria-labelledby</c>), then shapes and text, every text encoded and every coordinate written in invariant
/// culture, so that the result is well-formed XML as well as HTML.
/// </summary>
internal sealed class SvgMarkup
{
    private readonly StringBuilder _markup = new();

    /// <summary>Opens the chart.</summary>
    /// <param name="id">A page-unique id; the title and description get ids derived from it.</param>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    /// <param name="title">The chart's short name, read first by screen readers.</param>
    /// <param name="description">What the chart shows, in words.</param>
    public SvgMarkup(string id, int width, int height, string title, string description)
    {
        var encodedId = HtmlPageWriter.Encode(id);
        _markup.Append(CultureInfo.InvariantCulture, $"<svg id=\"{encodedId}\" class=\"chart\" role=\"img\" aria-labelledby=\"{encodedId}-title {encodedId}-desc\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\n");
        _markup.Append(CultureInfo.InvariantCulture, $"<title id=\"{encodedId}-title\">{HtmlPageWriter.Encode(title)}</title>\n");
        _markup.Append(CultureInfo.InvariantCulture, $"<desc id=\"{encodedId}-desc\">{HtmlPageWriter.Encode(description)}</desc>\n");
    }

    /// <summary>A line.</summary>
    public void Line(double x1, double y1, double x2, double y2, string cssClass) =>
        _markup.Append(CultureInfo.InvariantCulture, $"<line class=\"{cssClass}\" x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\"/>\n");

    /// <summary>A rectangle, with a tooltip when <paramref name="tooltip"/> is given.</summary>
    public void Rect(double x, double y, double width, double height, string cssClass, string? tooltip = null)
    {
        _markup.Append(CultureInfo.InvariantCulture, $"<rect class=\"{cssClass}\" x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\"");
        CloseWithTooltip("rect", tooltip);
    }

    /// <summary>A circle, with a tooltip when <paramref name="tooltip"/> is given.</summary>
    public void Circle(double cx, double cy, double r, string cssClass, string? tooltip = null)
    {
        _markup.Append(CultureInfo.InvariantCulture, $"<circle class=\"{cssClass}\" cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\"");
        CloseWithTooltip("circle", tooltip);
    }

    /// <summary>A line through the points.</summary>
    public void Polyline(IEnumerable<(double X, double Y)> points, string cssClass) =>
        _markup.Append(CultureInfo.InvariantCulture, $"<polyline class=\"{cssClass}\" points=\"{string.Join(' ', points.Select(p => $"{N(p.X)},{N(p.Y)}"))}\"/>\n");

    /// <summary>Text; <paramref name="anchor"/> is <c>start</c>, <c>middle</c> or <c>end</c>. A tooltip gives the whole text when it was shortened.</summary>
    public void Text(double x, double y, string text, string cssClass, string anchor = "start", string? tooltip = null)
    {
        _markup.Append(CultureInfo.InvariantCulture, $"<text class=\"{cssClass}\" x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\">");
        if (tooltip is not null)
        {
            _markup.Append("<title>").Append(HtmlPageWriter.Encode(tooltip)).Append("</title>");
        }

        _markup.Append(HtmlPageWriter.Encode(text)).Append("</text>\n");
    }

    /// <summary>Closes the chart and returns its markup.</summary>
    public string Close() => _markup.Append("</svg>\n").ToString();

    /// <summary>A coordinate with at most one decimal.</summary>
    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private void CloseWithTooltip(string element, string? tooltip)
    {
        if (tooltip is null)
        {
            _markup.Append("/>\n");
            return;
        }

        _markup.Append("><title>").Append(HtmlPageWriter.Encode(tooltip)).Append("</title></").Append(element).Append(">\n");
    }
}
