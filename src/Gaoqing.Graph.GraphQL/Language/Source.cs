namespace Gaoqing.Graph.GraphQL.Language;

/// <summary>The text of a GraphQL document with a name used in error reports.</summary>
public sealed class Source
{
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
        var line = 1;
        var lineStart = 0;
        var body = Body;
        var end = Math.Min(offset, body.Length);
        for (var i = 0; i < end; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(line, offset + 1 - lineStart);
    }
}
