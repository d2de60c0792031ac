namespace Gaoqing.Graph.Cli.Output;

/// <summary>Writes JSON strings and arrays of strings with only the escapes JSON requires, so CJK and emoji stay readable.</summary>
public static class JsonStringWriter
{
    /// <summary>Writes <paramref name="items"/> as one JSON array, e.g. <c>["高青县","发展"]</c>.</summary>
    public static void WriteArray(TextWriter writer, IEnumerable<string> items)
    {
        writer.Write('[');
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                writer.Write(',');
            }

            WriteString(writer, item);
            first = false;
        }

        writer.Write(']');
    }

    /// <summary>Writes <paramref name="value"/> as a JSON string; control characters and lone surrogates are escaped.</summary>
    public static void WriteString(TextWriter writer, string value)
    {
        writer.Write('"');
        for (var i = 0; i < value.Length; i++)
        {
            var unit = value[i];
            switch (unit)
            {
                case '"':
                    writer.Write("\\\"");
                    break;
                case '\\':
                    writer.Write("\\\\");
                    break;
                case '\n':
                    writer.Write("\\n");
                    break;
                case '\r':
                    writer.Write("\\r");
                    break;
                case '\t':
                    writer.Write("\\t");
                    break;
                default:
                    if (unit < ' ' || IsLoneSurrogate(value, i))
                    {
                        writer.Write($"\\u{(int)unit:x4}");
                    }
                    else if (char.IsHighSurrogate(unit))
                    {
                        writer.Write(unit);
                        writer.Write(value[++i]);
                    }
                    else
                    {
                        writer.Write(unit);
                    }

                    break;
            }
        }

        writer.Write('"');
    }

    private static bool IsLoneSurrogate(string value, int index)
    {
        var unit = value[index];
        if (char.IsHighSurrogate(unit))
        {
            return index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1]);
        }

        return char.IsLowSurrogate(unit);
    }
}
