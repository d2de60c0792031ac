using System.Text.Json.Nodes;
using Gaoqing.Graph.Api.Tests.Support;

namespace Gaoqing.Graph.Api.Tests;

/// <summary>Every field of the contract schema on the seed graph, checked for consistency with the rest of the graph.</summary>
public sealed class ContractFieldTests(SeedGraphFixture fixture) : IClassFixture<SeedGraphFixture>
{
    [Fact]
    public async Task Documents_sections_and_their_tasks_agree()
    {
        var data = await fixture.Host.DataAsync("""
            { documents { id title docNumber issuer issuedOn year
                sections { id ordinal title document { id } tasks { id section { id } } }
                tasks(first: 1000) { totalCount nodes { id document { id } } }
                measurements { id document { id } } } }
            """);
        var documents = data["documents"]!.AsArray();
        Assert.Equal(2, documents.Count);
        var keyTasks = documents.Single(d => d!["docNumber"]?.GetValue<string>() == "高政办字〔2023〕20号")!;
        Assert.Equal("高青县人民政府办公室", keyTasks["issuer"]!.GetValue<string>());
        Assert.Equal("2023-07-27", keyTasks["issuedOn"]!.GetValue<string>());
        Assert.Equal(2023, keyTasks["year"]!.GetValue<int>());
        Assert.Equal(70, keyTasks["tasks"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("一", keyTasks["sections"]![0]!["ordinal"]!.GetValue<string>());
        Assert.Equal("加快推进创新型城市建设", keyTasks["sections"]![0]!["title"]!.GetValue<string>());
        foreach (var document in documents)
        {
            var id = document!["id"]!.GetValue<string>();
            Assert.All(document["sections"]!.AsArray(), s =>
            {
                Assert.Equal(id, s!["document"]!["id"]!.GetValue<string>());
                Assert.All(s["tasks"]!.AsArray(), t => Assert.Equal(s["id"]!.GetValue<string>(), t!["section"]!["id"]!.GetValue<string>()));
            });
            Assert.All(document["tasks"]!["nodes"]!.AsArray(), t => Assert.Equal(id, t!["document"]!["id"]!.GetValue<string>()));
            Assert.All(document["measurements"]!.AsArray(), m => Assert.Equal(id, m!["document"]!["id"]!.GetValue<string>()));
        }

        var single = await fixture.Host.DataAsync("query($id: ID!) { document(id: $id) { id title } node(id: $id) { id ... on Document { docNumber } } }", new { id = keyTasks["id"]!.GetValue<string>() });
        Assert.Equal(keyTasks["title"]!.GetValue<string>(), single["document"]!["title"]!.GetValue<string>());
        Assert.Equal("高政办字〔2023〕20号", single["node"]!["docNumber"]!.GetValue<string>());
    }

    [Fact]
    public async Task Task_fields_and_evidence_match_the_document_text()
    {
        var data = await fixture.Host.DataAsync("""
            { tasks(filter: { text: "可再生能源" }, first: 10) { totalCount nodes {
                id number title text year document { id } section { title } leads { name } supports { name }
                projects { id name } places { id name } measurements { id text evidence { text } }
                evidence { document { id } start end text } } } }
            """);
        var tasks = data["tasks"]!["nodes"]!.AsArray();
        var task26 = tasks.Single(t => t!["number"]?.GetValue<int>() == 26)!;
        Assert.Equal("积极发展可再生能源", task26["title"]!.GetValue<string>());
        Assert.Equal(["县发展改革局"], task26["leads"]!.AsArray().Select(d => d!["name"]!.GetValue<string>()));
        Assert.Equal(2023, task26["year"]!.GetValue<int>());
        foreach (var task in tasks)
        {
            var evidence = task!["evidence"]!;
            Assert.Equal(task["document"]!["id"]!.GetValue<string>(), evidence["document"]!["id"]!.GetValue<string>());
            Assert.Equal(evidence["end"]!.GetValue<int>() - evidence["start"]!.GetValue<int>(), evidence["text"]!.GetValue<string>().Length);
            Assert.Contains(task["title"]!.GetValue<string>(), evidence["text"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Contains("可再生能源", task["text"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.All(task["measurements"]!.AsArray(), m => Assert.Equal(m!["text"]!.GetValue<string>(), m["evidence"]!["text"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task Departments_partners_share_the_tasks_they_list()
    {
        var data = await fixture.Host.DataAsync("""
            { departments(search: "局", first: 100) { totalCount edges { cursor node { id name } } }
              department(name: "县科技局") { id name level supports(first: 100) { totalCount nodes { number } }
                partners(first: 5) { sharedTasks department { id name } tasks { id leads { id } supports { id } } } } }
            """);
        Assert.True(data["departments"]!["totalCount"]!.GetValue<int>() > 10);
        var department = data["department"]!;
        Assert.Equal("county", department["level"]!.GetValue<string>());
        var partners = department["partners"]!.AsArray();
        Assert.InRange(partners.Count, 1, 5);
        var counts = partners.Select(p => p!["sharedTasks"]!.GetValue<int>()).ToArray();
        Assert.Equal(counts.OrderDescending(), counts);
        foreach (var partner in partners)
        {
            var tasks = partner!["tasks"]!.AsArray();
            Assert.Equal(partner["sharedTasks"]!.GetValue<int>(), tasks.Count);
            foreach (var task in tasks)
            {
                var units = task!["leads"]!.AsArray().Concat(task["supports"]!.AsArray()).Select(d => d!["id"]!.GetValue<string>()).ToHashSet();
                Assert.Contains(department["id"]!.GetValue<string>(), units);
                Assert.Contains(partner["department"]!["id"]!.GetValue<string>(), units);
            }
        }
    }

    [Fact]
    public async Task Projects_places_indicators_and_measurements_link_back()
    {
        var data = await fixture.Host.DataAsync("""
            { projects(first: 100) { totalCount nodes { id name tasks { id projects { id } } places { id } mentions { document { id } start end text } } }
              places(first: 100) { totalCount nodes { id name kind tasks { id places { id } } projects { id } } }
              indicators(search: "地区生产总值", first: 5) { totalCount nodes { id name measurements {
                id value unit kind year qualifier text indicator { id } task { id } document { id } evidence { text } } } } }
            """);
        foreach (var project in data["projects"]!["nodes"]!.AsArray())
        {
            Assert.All(project!["tasks"]!.AsArray(), t => Assert.Contains(project["id"]!.GetValue<string>(), t!["projects"]!.AsArray().Select(p => p!["id"]!.GetValue<string>())));
            Assert.All(project["mentions"]!.AsArray(), m =>
                Assert.Equal(m!["end"]!.GetValue<int>() - m["start"]!.GetValue<int>(), m["text"]!.GetValue<string>().Length));
        }

        Assert.Contains(data["projects"]!["nodes"]!.AsArray(), p => p!["mentions"]!.AsArray().Count > 0);
        foreach (var place in data["places"]!["nodes"]!.AsArray())
        {
            Assert.All(place!["tasks"]!.AsArray(), t => Assert.Contains(place["id"]!.GetValue<string>(), t!["places"]!.AsArray().Select(p => p!["id"]!.GetValue<string>())));
        }

        var indicators = data["indicators"]!["nodes"]!.AsArray();
        Assert.NotEmpty(indicators);
        foreach (var indicator in indicators)
        {
            Assert.All(indicator!["measurements"]!.AsArray(), m =>
            {
                Assert.Equal(indicator["id"]!.GetValue<string>(), m!["indicator"]!["id"]!.GetValue<string>());
                Assert.Contains(m["kind"]!.GetValue<string>(), new[] { "TARGET", "ACTUAL" });
                Assert.Equal(m["text"]!.GetValue<string>(), m["evidence"]!["text"]!.GetValue<string>());
            });
        }
    }

    [Fact]
    public async Task Stats_agree_with_the_connections()
    {
        var data = await fixture.Host.DataAsync("""
            { stats { documents tasks departments projects places indicators measurements relationships }
              documents { id measurements { id } } tasks(first: 0) { totalCount } departments(first: 0) { totalCount }
              projects(first: 0) { totalCount } places(first: 0) { totalCount } indicators(first: 0) { totalCount } }
            """);
        var stats = data["stats"]!;
        Assert.Equal(data["documents"]!.AsArray().Count, stats["documents"]!.GetValue<int>());
        foreach (var name in new[] { "tasks", "departments", "projects", "places", "indicators" })
        {
            Assert.Equal(data[name]!["totalCount"]!.GetValue<int>(), stats[name]!.GetValue<int>());
        }

        Assert.Equal(data["documents"]!.AsArray().Sum(d => d!["measurements"]!.AsArray().Count), stats["measurements"]!.GetValue<int>());
        Assert.True(stats["relationships"]!.GetValue<int>() > stats["tasks"]!.GetValue<int>());
    }

    [Fact]
    public async Task Path_finds_the_shortest_chain()
    {
        var ids = await fixture.Host.DataAsync("""{ a: department(name: "发改局") { id leads(first: 1) { nodes { id supports { id } } } } }""");
        var department = ids["a"]!["id"]!.GetValue<string>();
        var task = ids["a"]!["leads"]!["nodes"]![0]!;
        var direct = await fixture.Host.DataAsync("query($f: ID!, $t: ID!) { path(from: $f, to: $t) { nodes { id __typename } relationships } }", new { f = department, t = task["id"]!.GetValue<string>() });
        Assert.Equal(["LEADS"], direct["path"]!["relationships"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["Department", "Task"], direct["path"]!["nodes"]!.AsArray().Select(n => n!["__typename"]!.GetValue<string>()));

        var itself = await fixture.Host.DataAsync("query($f: ID!) { path(from: $f, to: $f) { nodes { id } relationships } }", new { f = department });
        Assert.Single(itself["path"]!["nodes"]!.AsArray());
        Assert.Empty(itself["path"]!["relationships"]!.AsArray());

        var errors = (await fixture.Host.PostAsync("query($f: ID!) { a: path(from: $f, to: \"nope\") { relationships } }", new { f = department }))["errors"]!;
        Assert.Contains("to: no node has the id \"nope\"", errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        errors = (await fixture.Host.PostAsync("query($f: ID!) { path(from: $f, to: $f, maxHops: 0) { relationships } }", new { f = department }))["errors"]!;
        Assert.Contains("maxHops: 0 is out of range", errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_and_ask_answer_from_the_graph()
    {
        var data = await fixture.Host.DataAsync("""
            { search(text: "充电桩", first: 3) { score snippet node { id __typename } }
              ask(question: "县发展改革局牵头哪些任务？") { question intent confidence text count suggestions
                tasks { number } departments { name } measurements { id } evidence { document { id } start end text } } }
            """);
        var hits = data["search"]!.AsArray();
        Assert.InRange(hits.Count, 1, 3);
        var scores = hits.Select(h => h!["score"]!.GetValue<double>()).ToArray();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Contains("充电", hits[0]!["snippet"]!.GetValue<string>(), StringComparison.Ordinal);
        var answer = data["ask"]!;
        Assert.Equal("DEPARTMENT_LEADS", answer["intent"]!.GetValue<string>());
        Assert.Equal(23, answer["tasks"]!.AsArray().Count);
        Assert.NotEmpty(answer["evidence"]!.AsArray());
        Assert.All(answer["evidence"]!.AsArray(), e => Assert.False(string.IsNullOrEmpty(e!["text"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Node_resolves_every_entity_type_and_nothing_else()
    {
        var ids = await fixture.Host.DataAsync("""
            { tasks(first: 1) { nodes { id section { id } measurements { id indicator { id } } } }
              departments(first: 1) { nodes { id } } projects(first: 1) { nodes { id } } places(first: 1) { nodes { id } } documents { id } }
            """);
        var task = ids["tasks"]!["nodes"]![0]!;
        var expected = new Dictionary<string, string>
        {
            [task["id"]!.GetValue<string>()] = "Task",
            [task["section"]!["id"]!.GetValue<string>()] = "Section",
            [task["measurements"]![0]!["id"]!.GetValue<string>()] = "Measurement",
            [task["measurements"]![0]!["indicator"]!["id"]!.GetValue<string>()] = "Indicator",
            [ids["departments"]!["nodes"]![0]!["id"]!.GetValue<string>()] = "Department",
            [ids["projects"]!["nodes"]![0]!["id"]!.GetValue<string>()] = "Project",
            [ids["places"]!["nodes"]![0]!["id"]!.GetValue<string>()] = "Place",
            [ids["documents"]![0]!["id"]!.GetValue<string>()] = "Document",
        };
        foreach (var (id, type) in expected)
        {
            var node = (await fixture.Host.DataAsync("query($id: ID!) { node(id: $id) { id __typename } }", new { id }))["node"]!;
            Assert.Equal(type, node["__typename"]!.GetValue<string>());
            Assert.Equal(id, node["id"]!.GetValue<string>());
        }

        Assert.Null((await fixture.Host.DataAsync("{ node(id: \"no such node\") { id } document(id: \"department:县科技局\") { id } }"))["node"]);
    }
}
