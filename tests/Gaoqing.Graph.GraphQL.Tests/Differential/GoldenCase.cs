using System.Text.Json.Nodes;

namespace Gaoqing.Graph.GraphQL.Tests.Differential;

/// <summary>One corpus document with what graphql-js 16.15.0 made of it (written by tools/graphql-oracle/generate-golden.mjs).</summary>
public sealed class GoldenCase
{
    private GoldenCase(string name, JsonObject json)
    {
        Name = name;
        Json = json;
    }

    /// <summary>The corpus file name without extension.</summary>
    public string Name { get; }

    /// <summary>The whole golden record.</summary>
    public JsonObject Json { get; }

    /// <summary>The document text.</summary>
    public string Document => Json["document"]!.GetValue<string>();

    /// <summary>The stage graphql-js stopped at: parse, validate or execute.</summary>
    public string Stage => Json["stage"]!.GetValue<string>();

    /// <summary>The variables sent with the document, if any.</summary>
    public JsonNode? Variables => Json["variables"];

    /// <summary>The operation name sent with the document, if any.</summary>
    public string? OperationName => Json["operationName"]?.GetValue<string>();

    /// <summary>The expected output: the errors for parse and validate, the result for execute.</summary>
    public JsonNode Expected => Stage == "execute" ? Json["result"]! : Json["errors"]!;

    /// <summary>The names of every golden case, in order.</summary>
    public static IEnumerable<string> AllNames() =>
        Directory.GetFiles(Folder(), "*.json").Order(StringComparer.Ordinal).Select(f => Path.GetFileNameWithoutExtension(f)!);

    /// <summary>Theory data: the names of the golden cases whose graphql-js stage passes the filter.</summary>
    public static TheoryData<string> Names(Func<string, bool>? stage = null)
    {
        var data = new TheoryData<string>();
        foreach (var name in AllNames())
        {
            if (stage is null || stage(Load(name).Stage))
            {
                data.Add(name);
            }
        }
        return data;
    }

    /// <summary>Loads a golden case by name.</summary>
    public static GoldenCase Load(string name) =>
        new(name, JsonNode.Parse(File.ReadAllText(Path.Combine(Folder(), name + ".json")))!.AsObject());

    private static string Folder() => TestFiles.Path("Differential", "Golden");
}
