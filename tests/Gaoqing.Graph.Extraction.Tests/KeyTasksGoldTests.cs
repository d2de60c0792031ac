using Xunit.Abstractions;

namespace Gaoqing.Graph.Extraction.Tests;

public sealed class KeyTasksGoldTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryGoldTaskHasItsNumberTitleSectionAndExactLeadAndSupportSets()
    {
        var gold = SeedFiles.Gold("gaoqing-2023-key-tasks.gold.json").GetProperty("tasks").EnumerateArray().ToList();
        var document = SeedFiles.KeyTasks;
        var failures = new List<string>();
        foreach (var expected in gold)
        {
            var number = expected.GetProperty("number").GetInt32();
            var task = document.Tasks.SingleOrDefault(t => t.Number == number);
            if (task is null)
            {
                failures.Add($"task {number}: not found");
                continue;
            }

            var title = expected.GetProperty("title").GetString();
            if (task.Title != title)
            {
                failures.Add($"task {number}: title '{task.Title}', expected '{title}'");
            }

            var section = document.Sections[task.SectionIndex!.Value];
            if (section.Mark + section.Title != expected.GetProperty("section").GetString())
            {
                failures.Add($"task {number}: section '{section.Mark}{section.Title}'");
            }

            Compare(failures, number, "lead", expected, task, ResponsibilityRole.Lead);
            Compare(failures, number, "support", expected, task, ResponsibilityRole.Support);
        }

        output.WriteLine($"{gold.Count - failures.Select(f => f.Split(':')[0]).Distinct().Count()}/{gold.Count} tasks exactly right");
        failures.ForEach(output.WriteLine);
        Assert.Equal(70, gold.Count);
        Assert.Empty(failures);
    }

    [Fact]
    public void TheKeyTaskDocumentHasSeventyNumberedTasksInTwelveSections()
    {
        var document = SeedFiles.KeyTasks;
        Assert.Equal(Enumerable.Range(1, 70), document.Tasks.Select(t => t.Number ?? 0));
        Assert.Equal(12, document.Sections.Count(s => s.Level == 1));
        Assert.Empty(document.Warnings);
    }

    private static void Compare(List<string> failures, int number, string field, System.Text.Json.JsonElement expected, ExtractedTask task, ResponsibilityRole role)
    {
        var want = expected.GetProperty(field).EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToList();
        var got = task.Responsibilities.Where(r => r.Role == role).Select(r => r.Department).Order(StringComparer.Ordinal).ToList();
        if (!want.SequenceEqual(got))
        {
            failures.Add($"task {number}: {field} [{string.Join("、", got)}], expected [{string.Join("、", want)}]");
        }
    }
}
