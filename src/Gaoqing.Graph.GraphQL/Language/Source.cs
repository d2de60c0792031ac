namespace Gaoqing.Graph.GraphQL.Language;

/// <summary>The text of a GraphQL document with a name used in error reports.</summary>
public sealed class Source
{
    private (List<int> Breaks, List<int> Starts)? _lineBreaks;

    /// <summary>Wraps document text; <paramref name="name"/> identifies it in messages.</summary>
    public Source(string body, string name = "GraphQL request")
    {
        Body = body;
        Name = name;
    }

    /// <summary>The document text.</summary>
    public string Body { get; }

    /// <summary>A name for the document, such as a file name.</summary>
    public string Name { get; }

    /// <summary>The line and column of a UTF-16 offset; \r\n, \n and \r each end a line, as in graphql-js.</summary>
    public SourceLocation GetLocation(int offset)
    {
        var (breaks, starts) = _lineBreaks ??= FindLineBreaks(Body);
        var end = Math.Min(offset, Body.Length);
        var index = breaks.BinarySearch(end);
        var before = index >= 0 ? index : ~index;
        var lineStart = before == 0 ? 0 : starts[before - 1];
        return new SourceLocation(before + 1, offset + 1 - lineStart);
    }

    /// <summary>Where each line break begins and where the line after it starts, found once so that locating many errors stays linear.</summary>
    private static (List<int> Breaks, List<int> Starts) FindLineBreaks(string body)
    {
        var breaks = new List<int>();
        var starts = new List<int>();
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c is not ('\n' or '\r'))
            {
                continue;
            }
            breaks.Add(i);
            if (c == '\r' && i + 1 < body.Length && body[i + 1] == '\n')
            {
                i++;
            }
            starts.Add(i + 1);
        }
        return (breaks, starts);
    }
}
