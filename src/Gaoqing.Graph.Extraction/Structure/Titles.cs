using Gaoqing.Graph.Extraction.Responsibilities;

namespace Gaoqing.Graph.Extraction.Structure;

/// <summary>Finds the title of a task or heading: its first sentence, or the words before a colon that opens it.</summary>
internal static class Titles
{
    private const int LongestTitleBeforeColon = 40;

    /// <summary>The title at the start of <paramref name="body"/>, without a responsibility clause or a comma at its end.</summary>
    public static Span TitleOf(string text, Span body)
    {
        var stop = FirstStop(text, body);
        while (stop > body.Start && "，；、 \n".Contains(text[stop - 1]))
        {
            stop--;
        }

        var title = new Span(body.Start, stop);
        var clause = BracketScanner.Groups(text, title).LastOrDefault();
        return clause.End == title.End - 1 && clause.Length > 0 && ResponsibilityReader.IsClause(text, clause)
            ? BracketScanner.Trim(text, new Span(title.Start, clause.Start - 1))
            : BracketScanner.Trim(text, title);
    }

    private static int FirstStop(string text, Span body)
    {
        var (brackets, quotes) = (0, 0);
        for (var i = body.Start; i < body.End; i++)
        {
            switch (text[i])
            {
                case '（':
                    brackets++;
                    break;
                case '）' when brackets > 0:
                    brackets--;
                    break;
                case '“':
                    quotes++;
                    break;
                case '”' when quotes > 0:
                    quotes--;
                    break;
                case '。' when brackets == 0 && quotes == 0:
                    return i;
                case '：' when brackets == 0 && quotes == 0 && i - body.Start <= LongestTitleBeforeColon:
                    return i;
            }
        }

        return body.End;
    }
}
