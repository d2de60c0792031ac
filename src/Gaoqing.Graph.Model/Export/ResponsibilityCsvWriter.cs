using System.Text;

namespace Gaoqing.Graph.Model.Export;

/// <summary>Writes the responsibility table as CSV for Excel and WPS: RFC 4180 quoting, UTF-8 with a byte order mark, CRLF line ends.</summary>
/// <remarks>
/// A field holding a comma, a double quote, CR or LF is quoted, its quotes doubled. A field that starts with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c> or a tab gets a leading apostrophe so that a spreadsheet shows it as text instead of running
/// it as a formula (text from an ingested document is not trusted). Several units in one cell are joined by 、.
/// </remarks>
public static class ResponsibilityCsvWriter
{
    /// <summary>The separator between the units of one cell.</summary>
    public const string UnitSeparator = "、";

    /// <summary>The header row's column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["文件", "文号", "任务序号", "任务名称", "牵头单位", "配合单位", "任务原文"];

    private const char ByteOrderMark = '\uFEFF';
    private const string LineEnd = "\r\n";
    private static readonly char[] QuotedCharacters = [',', '"', '\r', '\n'];
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The whole CSV as text, starting with the byte order mark character U+FEFF.</summary>
    public static string ToText(IEnumerable<ResponsibilityRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.Append(ByteOrderMark);
        AppendRecord(text, Columns);
        foreach (var row in rows)
        {
            AppendRecord(text, [
                row.DocumentTitle,
                row.DocNumber,
                row.TaskNumber,
                row.TaskTitle,
                string.Join(UnitSeparator, row.Leads),
                string.Join(UnitSeparator, row.Supports),
                row.Evidence,
            ]);
        }

        return text.ToString();
    }

    /// <summary>The whole CSV as the UTF-8 bytes a file or an HTTP response holds, byte order mark first.</summary>
    public static byte[] ToBytes(IEnumerable<ResponsibilityRow> rows) => Utf8.GetBytes(ToText(rows));

    private static void AppendRecord(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var index = 0; index < fields.Count; index++)
        {
            if (index > 0)
            {
                text.Append(',');
            }

            AppendField(text, fields[index]);
        }

        text.Append(LineEnd);
    }

    private static void AppendField(StringBuilder text, string field)
    {
        var value = field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' ? "'" + field : field;
        if (value.IndexOfAny(QuotedCharacters) < 0)
        {
            text.Append(value);
            return;
        }

        text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
