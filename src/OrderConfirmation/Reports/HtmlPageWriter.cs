namespace OrderConfirmation.Reports;

/// <summary>
/// Writes one self-contained HTML page for a report: no scripts, fonts, styles or images from outside the file, a
/// style sheet inline that reads on screen and on paper, and text encoded as it is written (UTF-8 kept, markup escaped).
/// The reports write their content through it, so that every report looks alike and none can forget to escape.
/// </summary>
internal sealed class HtmlPageWriter
{
    private const string StyleSheet = """
        :root { --good: #1b7f3b; --warn: #a15c00; --bad: #b3261e; --ink: #1d1d1f; --muted: #5f6368; --rule: #d0d4d9; --band: #f4f6f8; --accent: #1f5fa8; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1200px; padding: 24px 32px 48px; color: var(--ink); background: #fff;
               font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
        header { border-bottom: 2px solid var(--ink); margin-bottom: 16px; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 20px; margin: 32px 0 8px; border-bottom: 1px solid var(--rule); padding-bottom: 4px; }
        h3 { font-size: 16px; margin: 20px 0 6px; }
        p.subtitle, p.note { color: var(--muted); margin: 4px 0 12px; }
        section { break-inside: avoid-page; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
        caption { text-align: left; font-weight: 600; padding: 4px 0; }
        th, td { border-bottom: 1px solid var(--rule); padding: 4px 8px; text-align: left; vertical-align: top; }
        thead th { background: var(--band); border-bottom: 2px solid var(--rule); }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        code { font: 13px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: var(--band); padding: 0 3px; }
        .status-good { color: var(--good); } .status-warn { color: var(--warn); } .status-bad { color: var(--bad); } .status-none { color: var(--muted); }
        svg { display: block; max-width: 100%; height: auto; }
        @media print { body { max-width: none; padding: 0; font-size: 11pt; } h2 { break-after: avoid; } }
        """;

    private readonly TextWriter _output;

    /// <summary>A writer over <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public HtmlPageWriter(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
    }

    /// <summary>
    /// Opens the page: the document head with its title and inline style sheet (plus <paramref name="extraStyle"/>, the
    /// report's own rules), and a header with <paramref name="title"/> and <paramref name="subtitle"/>.
    /// </summary>
    public void BeginPage(string title, string subtitle, string extraStyle = "")
    {
        _output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        _output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        Text(title);
        _output.Write("</title>\n<style>\n");
        _output.Write(StyleSheet);
        _output.Write('\n');
        _output.Write(extraStyle);
        _output.Write("\n</style>\n</head>\n<body>\n<header>\n<h1>");
        Text(title);
        _output.Write("</h1>\n<p class=\"subtitle\">");
        Text(subtitle);
        _output.Write("</p>\n</header>\n<main>\n");
    }

    /// <summary>Closes what <see cref="BeginPage"/> opened.</summary>
    public void EndPage() => _output.Write("</main>\n</body>\n</html>\n");

    /// <summary>Opens a <c>section</c> with an <c>id</c> (for links within the page) and a level-2 heading.</summary>
    public void BeginSection(string id, string heading)
    {
        _output.Write("<section id=\"");
        Text(id);
        _output.Write("\">\n<h2>");
        Text(heading);
        _output.Write("</h2>\n");
    }

    /// <summary>Closes a section.</summary>
    public void EndSection() => _output.Write("</section>\n");

    /// <summary>A level-3 heading.</summary>
    public void Heading(string text)
    {
        _output.Write("<h3>");
        Text(text);
        _output.Write("</h3>\n");
    }

    /// <summary>A paragraph of plain text, with a class when <paramref name="cssClass"/> is given.</summary>
    public void Paragraph(string text, string? cssClass = null)
    {
        _output.Write(cssClass is null ? "<p>" : $"<p class=\"{cssClass}\">");
        Text(text);
        _output.Write("</p>\n");
    }

    /// <summary>
    /// A table with a caption, real column headers (<c>th scope="col"</c>) and, when <paramref name="rowHeaders"/> is
    /// set, the first cell of each row as its header (<c>th scope="row"</c>). Columns whose index is in
    /// <paramref name="numericColumns"/> are right-aligned.
    /// </summary>
    public void Table(
        string caption,
        IReadOnlyList<string> headers,
        IEnumerable<IReadOnlyList<string>> rows,
        IReadOnlySet<int>? numericColumns = null,
        bool rowHeaders = true)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        _output.Write("<table>\n<caption>");
        Text(caption);
        _output.Write("</caption>\n<thead><tr>");
        for (var column = 0; column < headers.Count; column++)
        {
            _output.Write(IsNumeric(numericColumns, column) ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">");
            Text(headers[column]);
            _output.Write("</th>");
        }

        _output.Write("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            _output.Write("<tr>");
            for (var column = 0; column < row.Count; column++)
            {
                var header = rowHeaders && column == 0;
                var numeric = IsNumeric(numericColumns, column);
                _output.Write((header, numeric) switch
                {
                    (true, true) => "<th scope=\"row\" class=\"num\">",
                    (true, false) => "<th scope=\"row\">",
                    (false, true) => "<td class=\"num\">",
                    _ => "<td>",
                });
                Text(row[column]);
                _output.Write(header ? "</th>" : "</td>");
            }

            _output.Write("</tr>\n");
        }

        _output.Write("</tbody>\n</table>\n");
    }

    /// <summary>
    /// Writes markup as it is: an element the caller built, such as an inline SVG chart. Text inside it must have
    /// been encoded with <see cref="Encode"/>.
    /// </summary>
    public void Raw(string markup) => _output.Write(markup);

    /// <summary>Writes <paramref name="text"/> encoded for element content or a quoted attribute value.</summary>
    public void Text(string text) => _output.Write(Encode(text));

    /// <summary>
    /// <paramref name="text"/> with <c>&amp; &lt; &gt; " '</c> replaced by character references, and control characters
    /// other than tab and line feed dropped (HTML has no way to show them); every other character, CJK included,
    /// is kept as it is, for the page is UTF-8.
    /// </summary>
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsEncoding(text))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        foreach (var character in text)
        {
            switch (character)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\t' or '\n': builder.Append(character); break;
                case < ' ' or '\u007F': break;
                default: builder.Append(character); break;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEncoding(string text)
    {
        foreach (var character in text)
        {
            if (character is '&' or '<' or '>' or '"' or '\'' or < ' ' or '\u007F')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumeric(IReadOnlySet<int>? numericColumns, int column) => numericColumns?.Contains(column) == true;
}
