using System.Text;

namespace Gaoqing.Graph.Text.Normalization;

/// <summary>Cleans text extracted from PDFs and web pages into one paragraph a line, keeping an offset map.</summary>
/// <remarks>
/// Drops page marks (<c>— 2 —</c>), invisible characters and spaces inside Chinese text, folds character
/// widths (<see cref="CharacterFolding"/>), and rejoins lines that the page layout broke inside a sentence
/// (<see cref="LineJoining"/>).
/// </remarks>
public static class TextNormalizer
{
    /// <summary>Normalizes <paramref name="original"/>; never throws on any string.</summary>
    public static NormalizedText Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var lines = new List<CleanLine>();
        foreach (var (start, end) in SourceLines.Split(original))
        {
            var line = CleanLine.From(original, start, end);
            if (line.Length > 0 && !PageMark.IsPageMark(line.Text))
            {
                lines.Add(line);
            }
        }

        var joining = LineJoining.ForDocument(lines);
        var text = new StringBuilder(original.Length);
        var origins = new List<int>(original.Length);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i > 0)
            {
                var previous = lines[i - 1];
                var separatorOrigin = previous.Origins[^1] + 1;
                if (!joining.Joins(previous, line))
                {
                    text.Append('\n');
                    origins.Add(separatorOrigin);
                }
                else if (NeedsSpace(previous.Text[^1], line.Text[0]))
                {
                    text.Append(' ');
                    origins.Add(separatorOrigin);
                }
            }

            text.Append(line.Text);
            origins.AddRange(line.Origins);
        }

        return new NormalizedText(original, text.ToString(), origins.ToArray());
    }

    private static bool NeedsSpace(char before, char after) =>
        char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after);
}
