using Gaoqing.Graph.Answering.Search;

namespace Gaoqing.Graph.Answering.Tests;

/// <summary>BM25 keyword search on the seed graph.</summary>
public sealed class KeywordSearchTests(SeedGraph seed) : IClassFixture<SeedGraph>
{
    [Fact]
    public void Charging_piles_find_the_task_that_builds_them_with_the_word_marked()
    {
        var hits = seed.Answerer.Search("充电桩", 5);
        var task = hits.First(h => h.Node.Label == "Task");
        Assert.Contains("【充电桩】", task.Snippet, StringComparison.Ordinal);
        Assert.Contains("充电桩", (string)task.Node.Properties["text"]!, StringComparison.Ordinal);
        Assert.Contains(hits, h => h.Node.Id == "indicator:公共充电桩");
    }

    [Fact]
    public void A_node_holding_the_query_word_as_written_ranks_above_one_holding_only_its_parts()
    {
        var hits = seed.Answerer.Search("防渗试点", 10);
        var holds = hits.Select(h => h.Node.Properties.GetValueOrDefault("text") is string text && text.Contains("防渗试点", StringComparison.Ordinal)).ToArray();
        var firstWithout = Array.IndexOf(holds, false);
        Assert.True(firstWithout > 0, "no hit holds 防渗试点, or every hit does");
        Assert.All(holds.Skip(firstWithout), Assert.False);
        Assert.Contains(hits.Take(firstWithout), h => h.Node.Id == "document:高政办字〔2023〕20号/task:29");
    }

    [Fact]
    public void Hits_come_best_first_and_every_hit_matches_a_query_term()
    {
        var hits = seed.Answerer.Search("光伏发电项目建设", 10);
        Assert.True(hits.Count > 1);
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.Node.Id), hits.Select(h => h.Node.Id));
        Assert.All(hits, h => Assert.NotEmpty(h.MatchedTerms));
        Assert.All(hits, h => Assert.Contains("【", h.Snippet, StringComparison.Ordinal));
    }

    [Fact]
    public void Units_are_found_by_their_aliases()
    {
        var hits = seed.Answerer.Search("发改局", 3);
        Assert.Contains(hits, h => h.Node.Id == "department:县发展改革局");
    }

    [Theory]
    [InlineData("")]
    [InlineData("的了是")]
    [InlineData("？？？")]
    [InlineData("zzzzqqq")]
    public void Queries_of_nothing_searchable_find_nothing(string query)
    {
        Assert.Empty(seed.Answerer.Search(query, 10));
    }

    [Fact]
    public void Stop_words_and_punctuation_are_not_terms()
    {
        Assert.Equal(SearchTokenizer.Default.Terms("充电桩"), SearchTokenizer.Default.Terms("的充电桩，了"));
        Assert.NotEmpty(SearchTokenizer.Default.Terms("充电桩"));
    }

    [Fact]
    public void A_bare_keyword_question_is_answered_by_search()
    {
        var answer = seed.Answerer.Answer("充电桩");
        Assert.Equal(Intents.Search, answer.Intent);
        Assert.Contains("【充电桩】", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Tasks);
        Assert.NotEmpty(answer.Evidence);
    }
}
