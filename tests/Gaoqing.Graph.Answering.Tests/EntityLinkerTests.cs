using Gaoqing.Graph.Answering.Linking;

namespace Gaoqing.Graph.Answering.Tests;

/// <summary>Entity linking on the seed graph: aliases, task numbers and titles, indicators' everyday names, years, near misses.</summary>
public sealed class EntityLinkerTests(SeedGraph seed) : IClassFixture<SeedGraph>
{
    private LinkedQuestion Link(string question) => seed.Answerer.Index.Linker.Link(question);

    [Theory]
    [InlineData("发改局负责哪些工作", "县发展改革局")]
    [InlineData("科技局配合哪些任务", "县科技局")]
    [InlineData("生态环境分局牵头什么", "市生态环境局高青分局")]
    [InlineData("人社局有哪些任务", "县人力资源社会保障局")]
    [InlineData("住建局牵头哪些任务", "县住房城乡建设局")]
    [InlineData("县发展和改革委员会牵头哪些", "县发展改革局")]
    [InlineData("县发改革局牵头哪些任务", "县发展改革局")]
    public void Units_are_linked_by_name_alias_abbreviation_or_near_miss(string question, string canonical)
    {
        var department = Assert.Single(Link(question).Of(EntityKind.Department));
        Assert.Equal(canonical, department.Entries[0].Name);
        Assert.NotNull(department.Entries[0].NodeId);
    }

    [Theory]
    [InlineData("第26项由谁牵头")]
    [InlineData("第二十六项任务由谁牵头")]
    [InlineData("26号任务谁牵头")]
    [InlineData("任务26的配合单位")]
    [InlineData("积极发展可再生能源由谁牵头")]
    [InlineData("发展可再生能源谁牵头")]
    public void Task_26_is_linked_by_number_title_or_near_title(string question)
    {
        var task = Assert.Single(Link(question).Of(EntityKind.Task));
        Assert.Contains(task.Entries, e => e.NodeId == "document:高政办字〔2023〕20号/task:26");
    }

    [Theory]
    [InlineData("2023年GDP是多少", "地区生产总值")]
    [InlineData("2023年地区生产总值是多少", "地区生产总值")]
    [InlineData("财政收入增长多少", "一般公共预算收入")]
    public void Indicators_are_linked_by_name_or_everyday_name(string question, string indicator)
    {
        var linked = Link(question);
        Assert.Equal(indicator, Assert.Single(linked.Of(EntityKind.Indicator)).Entries[0].Name);
    }

    [Fact]
    public void The_longest_form_wins_and_every_kind_is_masked_by_its_placeholder()
    {
        var linked = Link("2023年县发展改革局和高青经济开发区在黄河有什么任务");
        Assert.Equal([2023], linked.Years);
        Assert.Contains(linked.Entities, e => e.Surface == "县发展改革局");
        Assert.Contains(linked.Entities, e => e.Surface == "高青经济开发区");
        Assert.Contains(linked.Entities, e => e.Surface == "黄河" && e.Kind == EntityKind.Place);
        Assert.DoesNotContain("发展改革", linked.Masked, StringComparison.Ordinal);
        Assert.Contains(LinkedQuestion.Placeholder(EntityKind.Year), linked.Masked);
    }

    [Fact]
    public void A_unit_name_the_graph_does_not_know_is_marked_unknown_with_nearest_names()
    {
        var unknown = Assert.Single(Link("请问县档案局牵头哪些任务").Of(EntityKind.UnknownDepartment));
        Assert.Equal("县档案局", unknown.Surface);
        Assert.NotEmpty(unknown.Entries);
    }

    [Theory]
    [InlineData("哪个部门牵头的任务最多")]
    [InlineData("一共有多少项任务")]
    public void Questions_about_no_unit_link_no_unit(string question)
    {
        Assert.DoesNotContain(Link(question).Entities, e => e.Kind is EntityKind.Department or EntityKind.UnknownDepartment);
    }
}
