using System.Text;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Export;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Cli.Commands;

/// <summary><c>export --format json|cypher|csv [--department NAME] [--out FILE]</c>: writes the store's graph as export JSON, a Cypher script or the responsibility table.</summary>
public static class ExportCommand
{
    private const string Usage = "usage: gaoqing-graph export --format json|cypher|csv [--department NAME] [--out FILE|-]";

    /// <summary>Runs the command on the store named by the process environment.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, Environment.GetEnvironmentVariable);

    /// <summary>Runs the command on the store named by <paramref name="variable"/>.</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?> variable)
    {
        string? format = null;
        string? output = null;
        string? department = null;
        for (var index = 0; index < args.Length; index++)
        {
            switch (args[index])
            {
                case "--format" when index + 1 < args.Length:
                    format = args[++index];
                    break;
                case "--out" when index + 1 < args.Length:
                    output = args[++index];
                    break;
                case "--department" when index + 1 < args.Length:
                    department = args[++index];
                    break;
                default:
                    stderr.WriteLine($"gaoqing-graph export: unexpected argument '{args[index]}'");
                    stderr.WriteLine(Usage);
                    return ExitCodes.Usage;
            }
        }

        if (format is not ("json" or "cypher" or "csv"))
        {
            stderr.WriteLine(format is null ? "gaoqing-graph export: --format is required" : $"gaoqing-graph export: unknown format '{format}'");
            stderr.WriteLine(Usage);
            return ExitCodes.Usage;
        }

        if (department is not null && format != "csv")
        {
            stderr.WriteLine("gaoqing-graph export: --department goes with --format csv only");
            stderr.WriteLine(Usage);
            return ExitCodes.Usage;
        }

        Rendered rendered;
        try
        {
            rendered = Render(StoreEnvironment.Options(variable), format, department).GetAwaiter().GetResult();
        }
        catch (Exception error) when (error is IOException or InvalidDataException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException
                                          or Gaoqing.Graph.Extraction.Input.DocumentInputException)
        {
            stderr.WriteLine($"gaoqing-graph export: cannot open the store: {error.Message}");
            return ExitCodes.BadInput;
        }

        if (rendered.Text is not { } text)
        {
            stderr.WriteLine($"gaoqing-graph export: no department is called '{department}' in the store (neither by name nor by alias)");
            return ExitCodes.BadInput;
        }

        if (output is null or "-")
        {
            stdout.Write(text);
            return ExitCodes.Success;
        }

        try
        {
            var temporary = output + ".tmp";
            File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, output, overwrite: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"gaoqing-graph export: {output}: cannot be written ({error.Message})");
            return ExitCodes.BadInput;
        }

        stderr.WriteLine($"gaoqing-graph export: {rendered.Summary} written to {output}");
        return ExitCodes.Success;
    }

    /// <summary>The export text in <paramref name="format"/>, or a null text when <paramref name="department"/> names no department.</summary>
    private static async Task<Rendered> Render(EmbeddedStoreOptions options, string format, string? department)
    {
        await using var store = await GraphStoreSeeder.OpenEmbeddedAsync(options).ConfigureAwait(false);
        if (format == "csv")
        {
            string? departmentId = null;
            if (department is not null)
            {
                departmentId = (await DepartmentNameIndex.LoadAsync(store).ConfigureAwait(false)).Find(department);
                if (departmentId is null)
                {
                    return new Rendered(null, string.Empty);
                }
            }

            var rows = await ResponsibilityTable.ReadAsync(store, departmentId).ConfigureAwait(false);
            return new Rendered(ResponsibilityCsvWriter.ToText(rows), $"the responsibility table of {rows.Count} tasks");
        }

        var graph = await store.GetGraphAsync().ConfigureAwait(false);
        var text = format == "json" ? GraphJsonWriter.ToJson(new GraphExport(graph.Nodes, graph.Relationships)) + "\n" : CypherScriptWriter.ToScript(graph);
        return new Rendered(text, $"{graph.Nodes.Count} nodes and {graph.Relationships.Count} relationships");
    }

    /// <summary>What the command writes, and how its summary line names it.</summary>
    private sealed record Rendered(string? Text, string Summary);
}
