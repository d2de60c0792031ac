namespace Gaoqing.Graph.Extraction.Tests;

/// <summary>Responsibility formats other than the seeds', on documents written for these tests.</summary>
public sealed class ResponsibilityFormatTests
{
    private static ExtractedTask OnlyTask(string task)
    {
        var document = DocumentExtractor.Extract("sample", "关于印发2025年重点工作的通知\n一、重点工作\n" + task);
        return Assert.Single(document.Tasks);
    }

    private static (string[] Lead, string[] Support) Units(string task)
    {
        var responsibilities = OnlyTask(task).Responsibilities;
        return (
            responsibilities.Where(r => r.Role == ResponsibilityRole.Lead).Select(r => r.Department).ToArray(),
            responsibilities.Where(r => r.Role == ResponsibilityRole.Support).Select(r => r.Department).ToArray());
    }

    [Fact]
    public void UnitsNamedAsResponsibleLead()
    {
        var (lead, support) = Units("1.推进数字政府建设。建成一体化平台。（县大数据中心、县行政审批服务局负责）");
        Assert.Equal(["县大数据中心", "县行政审批服务局"], lead);
        Assert.Empty(support);
    }

    [Fact]
    public void LeadAndSupportWrittenWithTheVerbsAfterTheUnits()
    {
        var (lead, support) = Units("1.做好防汛工作。（县水利局牵头，县应急局、县气象局配合）");
        Assert.Equal(["县水利局"], lead);
        Assert.Equal(["县应急局", "县气象局"], support);
    }

    [Fact]
    public void ALabelledListWithoutBracketsEndsAtTheFullStop()
    {
        var (lead, support) = Units("1.推进城市更新。改造老旧小区10个。责任单位：县住房城乡建设局、县自然资源局。加快进度。");
        Assert.Equal(["县住房城乡建设局", "县自然资源局"], lead);
        Assert.Empty(support);
    }

    [Fact]
    public void AUnitWithBracketsInsideStaysWholeAndCollectivesAfterASemicolonAreDropped()
    {
        var task = OnlyTask("1.完善交通网络。（责任单位：市发改局、市交通委（市道运局）等；各区政府）");
        Assert.Equal(["市发展改革局", "市交通委（市道运局）"], task.Responsibilities.Select(r => r.Department));
        Assert.All(task.Responsibilities, r => Assert.Equal(ResponsibilityRole.Lead, r.Role));
        Assert.Equal("市交通委（市道运局）", task.Responsibilities[1].Written);
    }

    [Theory]
    [InlineData("1.抓好落实。（各区、县级市负责）")]
    [InlineData("1.抓好落实。（牵头单位：各有关单位）")]
    [InlineData("1.抓好落实。（牵头单位：县直有关部门，配合单位：各镇街道）")]
    public void CollectiveReferencesAreNotUnits(string task) => Assert.Empty(OnlyTask(task).Responsibilities);

    [Fact]
    public void AbbreviationsAndLongFormsResolveToTheCanonicalName()
    {
        var (lead, support) = Units("1.稳投资。（牵头单位：发改局；配合单位：县发展和改革局、县财政局、县人社局等部门）");
        Assert.Equal(["县发展改革局"], lead);
        Assert.Equal(["县财政局", "县人力资源社会保障局"], support);
    }

    [Fact]
    public void ACityPrefixKeepsItsLevelAndAnUnseenUnitIsKeptAsWritten()
    {
        var task = OnlyTask("1.保护档案。（由县档案馆牵头，市发展和改革局配合）");
        Assert.Equal("县档案馆", task.Responsibilities.Single(r => r.Role == ResponsibilityRole.Lead).Department);
        Assert.Equal("市发展改革局", task.Responsibilities.Single(r => r.Role == ResponsibilityRole.Support).Department);
        Assert.Equal(["区发展改革局", "区财政局"], OnlyTask("1.做好工作。（区发改局、区财政局负责）").Responsibilities.Select(r => r.Department));
    }

    [Fact]
    public void EachResponsibilitySpanHoldsTheUnitAsWritten()
    {
        var document = DocumentExtractor.Extract("sample", "一、重点工作\n1.做好工作。（牵头单位：县发改局，配合单位：县科技局等部门）");
        var text = document.Text.Text;
        Assert.All(document.Tasks.Single().Responsibilities, r => Assert.Equal(r.Written, r.Span.Slice(text)));
        Assert.Equal(["县发改局", "县科技局"], document.Tasks.Single().Responsibilities.Select(r => r.Written));
    }

    [Fact]
    public void NumbersThatRestartInEachSectionStillGiveUniqueTaskKeys()
    {
        var document = DocumentExtractor.Extract("sample", "一、甲\n1.做甲事。（县科技局负责）\n二、乙\n1.做乙事。（县财政局负责）");
        Assert.Equal(2, document.Tasks.Select(t => t.Key).Distinct().Count());
        Assert.Equal([1, 1], document.Tasks.Select(t => t.Number ?? 0));
    }

    [Fact]
    public void ADocumentWithoutTasksGivesAWarningNamingIt()
    {
        var document = DocumentExtractor.Extract("notice", "关于召开会议的通知\n请各单位准时参加。");
        Assert.Empty(document.Tasks);
        Assert.Contains(document.Warnings, w => w.StartsWith("notice: no tasks found", StringComparison.Ordinal));
        Assert.Contains(document.Warnings, w => w.StartsWith("notice: no document number", StringComparison.Ordinal));
    }

    [Fact]
    public void LabelsThatNameNoUnitAreSkipped()
    {
        var (lead, support) = Units("1.抓好项目。（牵头领导：张某某；牵头单位：县发改局；完成时限：2025年底）");
        Assert.Equal(["县发展改革局"], lead);
        Assert.Empty(support);
    }

    [Fact]
    public void LabelsRunTogetherWithoutACommaStillStartANewPart()
    {
        var (lead, support) = Units("1.抓好项目。（牵头单位：县科技局 配合单位：县财政局）");
        Assert.Equal(["县科技局"], lead);
        Assert.Equal(["县财政局"], support);
    }

    [Fact]
    public void UnitsRunTogetherAreSplitAtTheEndOfAUnitName()
    {
        var (lead, _) = Units("1.抓好项目。（县档案馆和县史志办公室负责）");
        Assert.Equal(["县档案馆和县史志办公室"], lead);
        var (spaced, _) = Units("1.抓好项目。（县文化和旅游局县民政局负责）");
        Assert.Equal(["县文化和旅游局", "县民政局"], spaced);
        var (joined, _) = Units("1.抓好项目。（县信访局和县司法局牵头负责）");
        Assert.Equal(["县信访局", "县司法局"], joined);
    }

    [Fact]
    public void HostRolesAndPartnersAreLeadAndSupport()
    {
        var (lead, support) = Units("1.办好大集。（主办单位：县文化和旅游局；协办单位：县商务事业服务中心、县融媒体中心）");
        Assert.Equal(["县文化和旅游局"], lead);
        Assert.Equal(["县商务事业服务中心", "县融媒体中心"], support);
    }

    [Fact]
    public void HeadingsThatCarryTheirOwnClauseAreTasks()
    {
        var document = DocumentExtractor.Extract("sample", string.Join('\n',
            "关于印发2025年重点工作的通知",
            "一、重点任务",
            "（一）加快数字政府建设。推进一网通办。（县大数据中心牵头，县行政审批服务局配合）",
            "（二）完善交通网络。",
            "推进道路建设，完善路网。",
            "责任单位：县交通运输局、县自然资源局。",
            "（三）加强组织领导"));
        Assert.Equal(["加快数字政府建设", "完善交通网络"], document.Tasks.Select(t => t.Title));
        Assert.Equal(["（一）", "（二）"], document.Tasks.Select(t => t.Label));
        Assert.Equal([1, 2], document.Tasks.Select(t => t.Number ?? 0));
        Assert.Equal(["县大数据中心"], document.Tasks[0].Responsibilities.Where(r => r.Role == ResponsibilityRole.Lead).Select(r => r.Department));
        Assert.Equal(["县行政审批服务局"], document.Tasks[0].Responsibilities.Where(r => r.Role == ResponsibilityRole.Support).Select(r => r.Department));
        Assert.Equal(["县交通运输局", "县自然资源局"], document.Tasks[1].Responsibilities.Select(r => r.Department));
    }

    [Fact]
    public void ItemsNumberedInBracketsAreTasksAndAClauseOnTheNextLineIsTheirs()
    {
        var document = DocumentExtractor.Extract("sample", string.Join('\n',
            "一、重点任务",
            "（1）推进招商引资。引进项目10个。",
            "（县投资促进中心负责）",
            "（2）优化营商环境（县行政审批服务局负责）",
            "3）做好统计（县统计局负责）"));
        Assert.Equal([1, 2, 3], document.Tasks.Select(t => t.Number ?? 0));
        Assert.Equal(["推进招商引资", "优化营商环境", "做好统计"], document.Tasks.Select(t => t.Title));
        Assert.Equal("县投资促进中心", Assert.Single(document.Tasks[0].Responsibilities).Department);
        Assert.Equal("县行政审批服务局", Assert.Single(document.Tasks[1].Responsibilities).Department);
    }

    [Theory]
    [InlineData("1.推进技改。（具体由企业负责）")]
    [InlineData("1.推进技改。（资金由财政保障，项目由业主负责）")]
    public void WhatDoesNotLookLikeAUnitIsNotOne(string task) => Assert.Empty(OnlyTask(task).Responsibilities);

    [Fact]
    public void CircledNumbersMarkTasksAndAColonEndsATitle()
    {
        var document = DocumentExtractor.Extract("sample", string.Join('\n',
            "一、重点任务。",
            "①加强平台建设：搭建合作平台。（县科技局负责）",
            "②推进“两高”治理（县发改局牵头，县工信局配合）"));
        Assert.Equal([1, 2], document.Tasks.Select(t => t.Number ?? 0));
        Assert.Equal(["加强平台建设", "推进“两高”治理"], document.Tasks.Select(t => t.Title));
        Assert.Equal(["县发展改革局", "县工业和信息化局"], document.Tasks[1].Responsibilities.Select(r => r.Department));
    }

    [Fact]
    public void ResponsibleUnitsUnderANamedLeadSupportIt()
    {
        var (lead, support) = Units("1.推进项目。（牵头单位：县发改局；责任单位：县财政局、各镇人民政府）");
        Assert.Equal(["县发展改革局"], lead);
        Assert.Equal(["县财政局"], support);
    }

    [Fact]
    public void AParagraphWithTheClauseOfATaskWithoutOneBelongsToIt()
    {
        var document = DocumentExtractor.Extract("sample", string.Join('\n',
            "一、重点任务。",
            "1.推进园区建设。",
            "完善园区设施，提升承载能力。（牵头单位：经济开发区，配合单位：县水利局）",
            "2.加强监管。（县应急局负责）"));
        Assert.Equal(2, document.Tasks.Count);
        Assert.Equal(["经济开发区", "县水利局"], document.Tasks[0].Responsibilities.Select(r => r.Department));
        Assert.Contains("提升承载能力", document.Tasks[0].Text);
    }

    [Theory]
    [InlineData("1.推进改革。（县发改局、县财政局按职能分工负责）")]
    [InlineData("1.推进改革。（县发改局、县财政局等2个部门负责）")]
    [InlineData("1.推进改革。（县发改局、县财政局负总责）")]
    [InlineData("1.推进改革。（主管部门：县发改局、县财政局）")]
    public void WordingsOfSharedResponsibilityLeaveTheUnitNamesClean(string task)
    {
        var (lead, support) = Units(task);
        Assert.Equal(["县发展改革局", "县财政局"], lead);
        Assert.Empty(support);
    }

    [Fact]
    public void UnitsListedWithCommasTakeTheRoleWordThatEndsTheirList()
    {
        var (lead, support) = Units("1.推进改革。（县发改局牵头，县财政局，县税务局配合）");
        Assert.Equal(["县发展改革局"], lead);
        Assert.Equal(["县财政局", "县税务局"], support);
        var (labelled, _) = Units("1.推进改革。（牵头单位：县发改局，县财政局，配合单位：县税务局）");
        Assert.Equal(["县发展改革局", "县财政局"], labelled);
    }

    [Theory]
    [InlineData("县农业和农村局", "县农业农村局")]
    [InlineData("县交通运输管理局", "县交通运输局")]
    [InlineData("市市场监督管理局", "市市场监管局")]
    [InlineData("市退役军人事务局", "市退役军人局")]
    [InlineData("县档案馆", "县档案馆")]
    [InlineData("县文化和旅游局", "县文化和旅游局")]
    public void LongOfficialFormsOfUnseenNamesResolveThroughTheirShortForms(string written, string canonical) =>
        Assert.Equal(canonical, Assert.Single(OnlyTask($"1.做好工作。（{written}负责）").Responsibilities).Department);
}
