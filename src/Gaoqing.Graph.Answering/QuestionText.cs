using System.Text;

namespace Gaoqing.Graph.Answering;

/// <summary>Cleans a question before it is read: full-width letters, digits and spaces folded to ASCII, control
/// characters dropped, whitespace collapsed, ends trimmed.</summary>
public static class QuestionText
{
    /// <summary>The cleaned form of <paramref name="question"/>.</summary>
    public static string Clean(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var builder = new StringBuilder(question.Length);
        var space = false;
        foreach (var raw in question)
        {
            var c = raw switch
            {
                >= '\uFF01' and <= '\uFF5E' when !IsKeptFullWidth(raw) => (char)(raw - 0xFEE0),
                '\u3000' => ' ',
                _ => raw,
            };
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsKeptFullWidth(char c) => c is '（' or '）' or '，' or '：' or '；' or '！' or '？';
}
