namespace Gaoqing.Graph.Answering.Tests;

/// <summary>Questions that cannot be answered get a clear answer, never an exception and never invented facts.</summary>
public sealed class BadInputTests(SeedGraph seed) : IClassFixture<SeedGraph>
{
    public static TheoryData<string> Unreadable => new()
    {
        string.Empty,
        "   \t\n ",
        "？？？！！。。，，……",
        "😀😀🎉",
        new string('发', 10_000),
    };

    public static TheoryData<string> Hostile => new()
    {
        "MATCH (n) DETACH DELETE n",
        "MATCH (d:Department)-[:LEADS]->(t) RETURN d, t",
        "{ __schema { types { name } } }",
        "mutation { removeDocument(id: \"x\") }",
        "'; DROP TABLE documents; --",
        "<script>alert(1)</script>",
        "\u0000\u0001\u0002",
        "发改局\uD800牵头",
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void Empty_overlong_or_symbol_only_questions_are_refused_with_a_reason(string question)
    {
        var answer = seed.Answerer.Answer(question);
        Assert.Equal(Intents.Invalid, answer.Intent);
        Assert.Matches("问题", answer.Text);
        Assert.Empty(answer.Tasks);
        Assert.NotEmpty(answer.Suggestions);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Query_fragments_and_odd_characters_get_an_answer_and_leave_the_store_unchanged(string question)
    {
        var before = await seed.Store.GetStatisticsAsync();
        var answer = await seed.Answerer.AnswerAsync(question);
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
        Assert.Equal(question, answer.Question);
        var after = await seed.Store.GetStatisticsAsync();
        Assert.Equal(before.Relationships, after.Relationships);
        Assert.Equal(before.Documents, after.Documents);
    }

    [Theory]
    [InlineData("县档案局牵头哪些任务", "县档案局")]
    [InlineData("县外事办负责什么", "县外事办")]
    public void An_unknown_unit_is_not_found_and_nearest_names_are_suggested(string question, string written)
    {
        var answer = seed.Answerer.Answer(question);
        Assert.StartsWith($"未找到单位「{written}」", answer.Text, StringComparison.Ordinal);
        Assert.Empty(answer.Tasks);
        Assert.Empty(answer.Departments);
        Assert.NotEmpty(answer.Suggestions);
        var known = seed.Answerer.Index.View.Departments.Select(d => d.Properties["name"]).ToHashSet();
        Assert.All(answer.Suggestions, s => Assert.Contains(s, known));
    }

    [Fact]
    public void An_unknown_place_is_not_found_and_nearest_places_are_suggested()
    {
        var answer = seed.Answerer.Answer("黄山镇有哪些任务");
        Assert.StartsWith("未找到地点「黄山镇」", answer.Text, StringComparison.Ordinal);
        Assert.Empty(answer.Tasks);
        var places = seed.Answerer.Index.View.Places.Select(p => p.Properties["name"]).ToHashSet();
        Assert.NotEmpty(answer.Suggestions);
        Assert.All(answer.Suggestions, s => Assert.Contains(s, places));
        Assert.Contains("镇", answer.Suggestions[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_task_number_beyond_the_list_is_not_found()
    {
        var answer = seed.Answerer.Answer("第99项任务由谁牵头");
        Assert.StartsWith("未找到「第99项任务」", answer.Text, StringComparison.Ordinal);
        Assert.Empty(answer.Departments);
    }

    [Fact]
    public void An_indicator_the_graph_lacks_is_not_found_rather_than_guessed()
    {
        var answer = seed.Answerer.Answer("2023年人均寿命是多少");
        Assert.Empty(answer.Measurements);
    }
}
