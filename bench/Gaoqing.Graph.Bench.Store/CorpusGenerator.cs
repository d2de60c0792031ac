using System.Text;
using System.Text.RegularExpressions;

namespace Gaoqing.Graph.Bench.Store;

/// <summary>Makes a deterministic corpus of key-task documents from the seeds: the 2023 list's header and numbered tasks,
/// shuffled into new sections, each task given one sentence of the 2024 plan.</summary>
internal sealed partial class CorpusGenerator
{
    private readonly string header;
    private readonly string[] sectionTitles;
    private readonly string[] tasks;
    private readonly string[] planSentences;

    public CorpusGenerator(string keyTasksText, string planText)
    {
        var firstSection = SectionHeading().Match(keyTasksText);
        header = keyTasksText[..firstSection.Index];
        sectionTitles = SectionHeading().Matches(keyTasksText).Select(match => match.Groups["title"].Value.Trim()).ToArray();
        var body = keyTasksText[firstSection.Index..];
        var starts = TaskStart().Matches(body).Select(match => match.Index).ToArray();
        tasks = starts
            .Select((start, index) => body[start..(index + 1 < starts.Length ? starts[index + 1] : body.Length)])
            .Select(task => SectionHeading().Split(task)[0].TrimEnd())
            .ToArray();
        planSentences = planText.Split('。', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(sentence => sentence.Length is > 10 and < 200 && !sentence.Contains('\n'))
            .Select(sentence => sentence + "。")
            .ToArray();
    }

    /// <summary>The number of task paragraphs taken from the key-task seed.</summary>
    public int TaskCount => tasks.Length;

    /// <summary>Document <paramref name="number"/> of the corpus: always the same text for the same number.</summary>
    public (string Name, string Text) Document(int number)
    {
        var random = new Random(number);
        var text = new StringBuilder(header.Replace("〔2023〕20号", $"〔2030〕{number}号", StringComparison.Ordinal));
        var taskNumber = 0;
        var sections = random.Next(2, 5);
        for (var section = 0; section < sections; section++)
        {
            text.Append(ChineseOrdinal(section + 1)).Append('、').Append(sectionTitles[random.Next(sectionTitles.Length)]).Append("\n\n");
            var count = random.Next(4, 9);
            for (var task = 0; task < count; task++)
            {
                var paragraph = TaskStart().Replace(tasks[random.Next(tasks.Length)], $"{++taskNumber}. ", 1);
                var titleEnd = paragraph.IndexOf('。', StringComparison.Ordinal) + 1;
                text.Append(paragraph[..titleEnd]).Append(planSentences[random.Next(planSentences.Length)]).Append(paragraph[titleEnd..]).Append("\n\n");
            }
        }

        return ($"generated-{number:D5}", text.ToString());
    }

    private static string ChineseOrdinal(int number) => "一二三四五六七八九十"[number - 1].ToString();

    [GeneratedRegex(@"^(?<ordinal>[一二三四五六七八九十]+)、(?<title>[^\n]+)\n", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^\d{1,2}\. ", RegexOptions.Multiline)]
    private static partial Regex TaskStart();
}
