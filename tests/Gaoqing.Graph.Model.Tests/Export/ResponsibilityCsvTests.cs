using System.Text;
using System.Text.Json;
using Gaoqing.Graph.Model.Building;
using Gaoqing.Graph.Model.Export;
using Gaoqing.Graph.Model.Store;
using Gaoqing.Graph.Model.Tests.Store;

namespace Gaoqing.Graph.Model.Tests.Export;

/// <summary>The responsibility table of the seed graph against the gold, and its CSV: quoting, formula guard, BOM and CRLF.</summary>
public sealed class ResponsibilityCsvTests : IAsyncLifetime
{
    private const string KeyTasksDocNumber = "高政办字〔2023〕20号";

    private readonly TemporaryDirectory _directory = new();
    private EmbeddedGraphStore? _seeds;

    private EmbeddedGraphStore Seeds => _seeds ?? throw new InvalidOperationException("the store is not open");

    public async Task InitializeAsync()
    {
        _seeds = await EmbeddedGraphStore.OpenAsync(Path.Combine(_directory.Path, "seeds"));
        await _seeds.IngestAllAsync([SeedFiles.KeyTasks, SeedFiles.Plan]);
    }

    public async Task DisposeAsync()
    {
        if (_seeds is not null)
        {
            await _seeds.DisposeAsync();
        }

        _directory.Dispose();
    }

    [Fact]
    public async Task EveryKeyTaskIsOneRowWhoseLeadAndSupportUnitsAreTheGoldSets()
    {
        var records = CsvRecords.Read(ResponsibilityCsvWriter.ToBytes(await ResponsibilityTable.ReadAsync(Seeds)));

        Assert.Equal(ResponsibilityCsvWriter.Columns, records[0]);
        var rows = records.Skip(1).Where(r => r[1] == KeyTasksDocNumber).ToList();
        Assert.Equal(70, rows.Count);
        var failures = new List<string>();
        foreach (var task in GoldTasks())
        {
            var row = rows.Single(r => r[2] == task.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (row[3] != task.Title || !SameUnits(row[4], task.Lead) || !SameUnits(row[5], task.Support) || !row[6].StartsWith(task.Title, StringComparison.Ordinal))
            {
                failures.Add($"task {task.Number}: {string.Join(" | ", row[3..6])}");
            }
        }

        Assert.Empty(failures);
        Assert.All(rows, r => Assert.StartsWith("关于印发高青县深化新旧动能转换", r[0], StringComparison.Ordinal));
    }

    [Fact]
    public async Task RowsAreInTaskNumberOrderAndLeadUnitsKeepTheOrderTheDocumentNamesThem()
    {
        var rows = await ResponsibilityTable.ReadAsync(Seeds);

        Assert.Equal(Enumerable.Range(1, 70).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Select(r => r.TaskNumber));
        var task14 = rows.Single(r => r.TaskNumber == "14");
        Assert.Equal(["县发展改革局", "县工业和信息化局", "县自然资源局", "县水利局", "县应急局", "市生态环境局高青分局"], task14.Supports);
    }

    [Fact]
    public async Task APlanThatAssignsNoUnitsGivesNoRowsButAKeyTaskWithoutUnitsShowsItsGap()
    {
        var rows = await ResponsibilityTable.ReadAsync(Seeds);

        Assert.DoesNotContain(rows, r => r.DocNumber == "高政发〔2024〕1号");
        var unassigned = rows.Where(r => r.Leads.Count == 0 && r.Supports.Count == 0).Select(r => r.TaskNumber);
        Assert.Equal(["69", "70"], unassigned);
    }

    [Theory]
    [InlineData("发改局")]
    [InlineData("县发改局")]
    [InlineData("发展改革局")]
    public async Task ADepartmentByAnyOfItsNamesGivesTheGoldTasksItLeadsAndThoseItSupports(string name)
    {
        const string Department = "县发展改革局";
        var id = (await DepartmentNameIndex.LoadAsync(Seeds)).Find(name);

        var rows = await ResponsibilityTable.ReadAsync(Seeds, id);

        Assert.Equal("department:" + Department, id);
        var gold = GoldTasks().ToList();
        Assert.Equal(23, gold.Count(t => t.Lead.Contains(Department)));
        var expected = gold.Where(t => t.Lead.Contains(Department) || t.Support.Contains(Department)).Select(t => t.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, rows.Select(r => r.TaskNumber));
        Assert.Equal(23, rows.Count(r => r.Leads.Contains(Department)));
    }

    [Theory]
    [InlineData("不存在的局")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("县")]
    public async Task AnUnknownDepartmentNameIsNotFound(string name) =>
        Assert.Null((await DepartmentNameIndex.LoadAsync(Seeds)).Find(name));

    [Fact]
    public async Task ATitleHoldingACommaAQuoteAndANewlineRoundTrips()
    {
        const string Title = "推进“两高”, 即 \"高耗能\"\n与高排放";
        const string Text = "第一行，\r\n第二行 \"引\" , 完";
        var rows = await OneTaskRows(Title, Text);

        var records = CsvRecords.Read(ResponsibilityCsvWriter.ToBytes(rows));

        Assert.Equal(2, records.Count);
        Assert.Equal(["测试文件, 第一号", "测〔2025〕1号", "7", Title, "县科技局", "县水利局", Text], records[1]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.com\")")]
    [InlineData("+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public async Task AFieldThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText(string title)
    {
        var records = CsvRecords.Read(ResponsibilityCsvWriter.ToBytes(await OneTaskRows(title, "正文")));

        Assert.Equal("'" + title, records[1][3]);
    }

    [Fact]
    public async Task TheBytesStartWithTheByteOrderMarkAndEveryLineEndsWithCrLf()
    {
        var bytes = ResponsibilityCsvWriter.ToBytes(await ResponsibilityTable.ReadAsync(Seeds));
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(71, text.Split("\r\n").Length - 1);
        Assert.Equal(text.Count(c => c == '\n'), text.Split("\r\n").Length - 1);
    }

    private static bool SameUnits(string cell, IReadOnlyList<string> gold) =>
        (cell.Length == 0 ? [] : cell.Split(ResponsibilityCsvWriter.UnitSeparator)).Order(StringComparer.Ordinal).SequenceEqual(gold.Order(StringComparer.Ordinal));

    private static IEnumerable<(int Number, string Title, IReadOnlyList<string> Lead, IReadOnlyList<string> Support)> GoldTasks()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Gold("gaoqing-2023-key-tasks.gold.json")));
        static string[] Names(JsonElement list) => [.. list.EnumerateArray().Select(e => e.GetString()!)];
        return [.. gold.RootElement.GetProperty("tasks").EnumerateArray().Select(t =>
            (t.GetProperty("number").GetInt32(), t.GetProperty("title").GetString()!, (IReadOnlyList<string>)Names(t.GetProperty("lead")), (IReadOnlyList<string>)Names(t.GetProperty("support"))))];
    }

    /// <summary>The rows of a store holding one document with one task (number 7) led by 县科技局 and supported by 县水利局.</summary>
    private async Task<IReadOnlyList<ResponsibilityRow>> OneTaskRows(string title, string text)
    {
        const string DocumentId = "document:测〔2025〕1号";
        const string TaskId = DocumentId + "/task:7";
        static Dictionary<string, object?> Properties(params (string Name, object? Value)[] pairs) => pairs.ToDictionary(p => p.Name, p => p.Value);
        var document = new GraphNode(DocumentId, [GraphLabels.Document], Properties(("title", "测试文件, 第一号"), ("docNumber", "测〔2025〕1号"), ("year", 2025L)));
        GraphNode[] nodes =
        [
            new(TaskId, [GraphLabels.Task], Properties(("number", 7L), ("title", title), ("text", text), (Evidence.SourceDocument, DocumentId))),
            new("department:县科技局", [GraphLabels.Department], Properties(("name", "县科技局"))),
            new("department:县水利局", [GraphLabels.Department], Properties(("name", "县水利局"))),
        ];
        GraphRelationship[] relationships =
        [
            new("LEADS:1", GraphLabels.Leads, "department:县科技局", TaskId, Properties((Evidence.SourceStart, 10L))),
            new("SUPPORTS:1", GraphLabels.Supports, "department:县水利局", TaskId, Properties((Evidence.SourceStart, 20L))),
            new("PART_OF:1", GraphLabels.PartOf, TaskId, DocumentId, Properties()),
        ];
        await using var store = await EmbeddedGraphStore.OpenAsync(Path.Combine(_directory.Path, Guid.NewGuid().ToString("N")));
        await store.IngestAsync(new DocumentGraph(document, nodes, relationships, text, text, []));
        return await ResponsibilityTable.ReadAsync(store);
    }
}
