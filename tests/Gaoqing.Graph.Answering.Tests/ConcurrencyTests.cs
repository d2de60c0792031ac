namespace Gaoqing.Graph.Answering.Tests;

/// <summary>Answering from many threads at once gives the answers one thread gives.</summary>
public sealed class ConcurrencyTests(SeedGraph seed) : IClassFixture<SeedGraph>
{
    [Fact]
    public void Parallel_answers_equal_sequential_answers()
    {
        var questions = File.ReadAllLines(SeedGraph.DataFile("dev-questions.tsv")).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[0]).ToArray();
        var sequential = questions.Select(q => seed.Answerer.Answer(q).Text).ToArray();
        var parallel = new string[questions.Length];
        Parallel.For(0, questions.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = seed.Answerer.Answer(questions[i]).Text);
        Assert.Equal(sequential, parallel);
    }
}
