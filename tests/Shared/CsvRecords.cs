using System.Text;

namespace Gaoqing.Graph.Testing;

/// <summary>A strict RFC 4180 reader for the tests: UTF-8 bytes with a byte order mark, CRLF between records, quoted fields.</summary>
/// <remarks>Written apart from the product's writer so that the tests read the CSV the way a spreadsheet would; anything
/// RFC 4180 does not allow (a bare CR or LF between records, a quote inside an unquoted field, text after a closing
/// quote, an unclosed quote, records of different widths) throws <see cref="FormatException"/> with its offset.</remarks>
internal static class CsvRecords
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>The records of <paramref name="bytes"/>, which must start with the UTF-8 byte order mark.</summary>
    public static List<string[]> Read(byte[] bytes)
    {
        if (!bytes.AsSpan().StartsWith(ByteOrderMark))
        {
            throw new FormatException("the CSV does not start with the UTF-8 byte order mark EF BB BF");
        }

        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, ByteOrderMark.Length, bytes.Length - ByteOrderMark.Length);
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var index = 0;
        while (index < text.Length)
        {
            if (text[index] == '"')
            {
                index = ReadQuoted(text, index + 1, field);
            }
            else
            {
                while (index < text.Length && text[index] is not (',' or '\r' or '\n'))
                {
                    if (text[index] == '"')
                    {
                        throw new FormatException($"a quote inside an unquoted field at character {index}");
                    }

                    field.Append(text[index++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (index < text.Length && text[index] == ',')
            {
                index++;
                continue;
            }

            if (index + 1 < text.Length && text[index] == '\r' && text[index + 1] == '\n')
            {
                index += 2;
            }
            else if (index < text.Length)
            {
                throw new FormatException($"a record ends at character {index} without CRLF");
            }

            if (records.Count > 0 && records[0].Length != fields.Count)
            {
                throw new FormatException($"record {records.Count + 1} has {fields.Count} fields, the header {records[0].Length}");
            }

            records.Add([.. fields]);
            fields.Clear();
        }

        return records;
    }

    private static int ReadQuoted(string text, int index, StringBuilder field)
    {
        var opened = index - 1;
        while (index < text.Length)
        {
            if (text[index] != '"')
            {
                field.Append(text[index++]);
            }
            else if (index + 1 < text.Length && text[index + 1] == '"')
            {
                field.Append('"');
                index += 2;
            }
            else
            {
                index++;
                if (index < text.Length && text[index] is not (',' or '\r'))
                {
                    throw new FormatException($"text after the closing quote at character {index}");
                }

                return index;
            }
        }

        throw new FormatException($"the quoted field opened at character {opened} is never closed");
    }
}
