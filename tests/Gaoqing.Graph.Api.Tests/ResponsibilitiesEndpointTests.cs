using System.Net;
using System.Text.Json.Nodes;
using Gaoqing.Graph.Api.Hosting;
using Gaoqing.Graph.Api.Tests.Support;
using Gaoqing.Graph.Cli.Commands;
using Gaoqing.Graph.Model.Export;

namespace Gaoqing.Graph.Api.Tests;

/// <summary>GET /api/responsibilities.csv serves the bytes <c>gaoqing-graph export --format csv</c> writes for the same graph.</summary>
public sealed class ResponsibilitiesEndpointTests(SeedGraphFixture fixture) : IClassFixture<SeedGraphFixture>
{
    [Theory]
    [InlineData(null, "responsibilities.csv")]
    [InlineData("发改局", "responsibilities-县发展改革局.csv")]
    [InlineData("县科技局", "responsibilities-县科技局.csv")]
    public async Task The_table_is_the_csv_the_command_line_writes_for_the_same_seeds(string? department, string fileName)
    {
        var path = ResponsibilitiesEndpoint.Path + (department is null ? string.Empty : "?department=" + Uri.EscapeDataString(department));
        using var response = await fixture.Host.Client.GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal(CommandLineCsv(department), bytes);
        Assert.Equal(ResponsibilityCsvWriter.Columns, CsvRecords.Read(bytes)[0]);
    }

    [Fact]
    public async Task The_departments_table_lists_the_23_tasks_it_leads_and_those_it_supports()
    {
        var bytes = await fixture.Host.Client.GetByteArrayAsync(ResponsibilitiesEndpoint.Path + "?department=" + Uri.EscapeDataString("县发改局"));
        var rows = CsvRecords.Read(bytes).Skip(1).ToList();
        var gold = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Gold("gaoqing-2023-key-tasks.gold.json")))!["tasks"]!.AsArray();
        static bool Names(JsonNode? task, string field) => task![field]!.AsArray().Any(n => n!.GetValue<string>() == "县发展改革局");
        var expected = gold.Where(t => Names(t, "lead") || Names(t, "support")).Select(t => t!["number"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, rows.Select(r => r[2]));
        Assert.Equal(23, rows.Count(r => r[4].Split(ResponsibilityCsvWriter.UnitSeparator).Contains("县发展改革局")));
    }

    [Fact]
    public async Task An_unknown_department_is_not_found_with_its_name_in_the_message()
    {
        using var response = await fixture.Host.Client.GetAsync(ResponsibilitiesEndpoint.Path + "?department=" + Uri.EscapeDataString("不存在的局"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("no department is called '不存在的局' (neither by name nor by alias)", body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_blank_department_is_a_bad_request()
    {
        using var response = await fixture.Host.Client.GetAsync(ResponsibilitiesEndpoint.Path + "?department=%20");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'department' is empty", body["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_department_is_a_bad_request_not_the_whole_table()
    {
        using var response = await fixture.Host.Client.GetAsync(ResponsibilitiesEndpoint.Path + "?department=");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'department' is empty", body["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static byte[] CommandLineCsv(string? department)
    {
        var root = Path.Combine(Path.GetTempPath(), "gaoqing-api-tests", "cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var output = Path.Combine(root, "table.csv");
            Directory.CreateDirectory(root);
            string[] args = department is null ? ["--format", "csv", "--out", output] : ["--format", "csv", "--department", department, "--out", output];
            var stderr = new StringWriter();
            var exitCode = ExportCommand.Run(args, TextWriter.Null, stderr, name => name switch
            {
                "Graph__DataDir" => Path.Combine(root, "data"),
                "Graph__SeedDir" => RepositoryPaths.SeedDocuments,
                _ => null,
            });
            Assert.True(exitCode == 0, stderr.ToString());
            return File.ReadAllBytes(output);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
