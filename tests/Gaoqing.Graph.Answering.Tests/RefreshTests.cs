using Gaoqing.Graph.Model;

namespace Gaoqing.Graph.Answering.Tests;

/// <summary>The answerer follows the store after <see cref="QuestionAnswerer.RefreshAsync"/>: removed documents stop answering, ingested ones start.</summary>
public sealed class RefreshTests(SeedGraph seed) : IClassFixture<SeedGraph>
{
    [Fact]
    public async Task Removing_and_ingesting_the_2024_plan_changes_the_answers_after_a_refresh()
    {
        const string question = "2023年地区生产总值是多少";
        var plan = RepositoryPaths.PlanSeed;
        Assert.NotEmpty(seed.Answerer.Answer(question).Measurements);

        Assert.True(await seed.Store.RemoveDocumentAsync("document:高政发〔2024〕1号"));
        Assert.NotEmpty(seed.Answerer.Answer(question).Measurements);
        await seed.Answerer.RefreshAsync();
        Assert.DoesNotContain(seed.Answerer.Answer(question).Measurements, m => (string?)m.Properties["unit"] == "亿元");

        await seed.Store.IngestAsync(DocumentPipeline.RunFile(plan));
        await seed.Answerer.RefreshAsync();
        Assert.Contains(seed.Answerer.Answer(question).Measurements, m => (double?)m.Properties["value"] == 225.5);
    }
}
