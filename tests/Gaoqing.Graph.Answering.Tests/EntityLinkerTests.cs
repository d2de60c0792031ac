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

    [Theory]
    [InlineData("市监局涉及哪些任务", "县市场监管局")]
    [InlineData("发改委牵头的工作", "县发展改革局")]
    [InlineData("县医保局牵头哪些工作", "市医保局高青分局")]
    [InlineData("团委牵头啥", "团县委")]
    [InlineData("发该局牵头哪些任务", "县发展改革局")]
    [InlineData("住键局配合哪些", "县住房城乡建设局")]
    [InlineData("机关事务中心牵头哪些", "县机关事务服务中心")]
    public void Abbreviations_former_names_and_one_character_slips_link_the_unit_the_graph_holds(string question, string canonical)
    {
        var department = Assert.Single(Link(question).Of(EntityKind.Department));
        Assert.Equal(canonical, department.Entries.First(e => e.NodeId is not null).Name);
        Assert.Equal(canonical, department.Entries[0].Name);
    }

    [Fact]
    public void A_slip_that_could_be_two_units_is_not_guessed()
    {
        var unknown = Assert.Single(Link("卫建局牵头的任务").Of(EntityKind.UnknownDepartment));
        Assert.Contains(unknown.Entries, e => e.Name == "县卫生健康局");
        Assert.Contains(unknown.Entries, e => e.Name == "县住房城乡建设局");
    }

    [Theory]
    [InlineData("可再生能源那块谁牵头", "document:高政办字〔2023〕20号/task:26")]
    [InlineData("营商环境一号改革工程牵头单位是谁", "document:高政办字〔2023〕20号/task:48")]
    [InlineData("黄河文化保护谁牵头", "document:高政办字〔2023〕20号/task:38")]
    public void A_part_of_a_task_title_links_the_task_even_across_quotes_or_a_place_name(string question, string taskId)
    {
        var linked = Link(question);
        var task = Assert.Single(linked.Of(EntityKind.Task));
        Assert.Equal([taskId], task.Entries.Select(e => e.NodeId));
        Assert.Empty(linked.Of(EntityKind.Place));
    }

    [Theory]
    [InlineData("乡村振兴那项任务配合单位有哪些", "document:高政办字〔2023〕20号/task:43")]
    [InlineData("推进乡村振兴谁牵头", "document:高政办字〔2023〕20号/task:43")]
    public void A_title_with_a_few_characters_left_out_links_the_task(string question, string taskId)
    {
        var task = Assert.Single(Link(question).Of(EntityKind.Task));
        Assert.Equal([taskId], task.Entries.Select(e => e.NodeId));
        Assert.True(task.Fuzzy);
    }

    [Theory]
    [InlineData("加快推进的工作谁牵头")]
    [InlineData("持续推进哪些任务")]
    public void The_verbs_every_title_uses_name_no_task(string question)
    {
        Assert.Empty(Link(question).Of(EntityKind.Task));
    }

    [Fact]
    public void A_part_of_a_project_name_links_the_project()
    {
        var project = Assert.Single(Link("马扎子引黄涵闸咋样了").Of(EntityKind.Project));
        Assert.Equal("马扎子引黄涵闸改建", project.Entries[0].Name);
    }

    [Theory]
    [InlineData("23年财政收入多少", 2023)]
    [InlineData("24年GDP目标", 2024)]
    public void Two_digit_years_are_read_as_this_decade(string question, int year)
    {
        Assert.Equal([year], Link(question).Years);
    }

    [Theory]
    [InlineData("20号文有多少项任务", "高政办字〔2023〕20号")]
    [InlineData("1号文件是谁发的", "高政发〔2024〕1号")]
    public void Short_forms_of_a_document_number_link_the_document(string question, string docNumber)
    {
        var document = Assert.Single(Link(question).Of(EntityKind.Document));
        Assert.Equal(docNumber, document.Entries[0].Name);
    }

    [Theory]
    [InlineData("高青县有多少人口")]
    [InlineData("发改局一共参与多少任务")]
    [InlineData("机关事务中心牵头哪些")]
    public void Common_words_inside_a_long_indicator_name_are_not_read_as_that_indicator(string question)
    {
        Assert.Empty(Link(question).Of(EntityKind.Indicator));
    }
}
