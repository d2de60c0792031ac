using Gaoqing.Graph.Extraction.Input;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Export;

namespace Gaoqing.Graph.Cli.Commands;

/// <summary><c>extract FILE... [--format json] [--out FILE]</c>: extracts the graph of the files and writes it, storing nothing.</summary>
/// <remarks>
/// A file that cannot be read (missing, empty, binary, not UTF-8, too large) is reported on stderr and left out; the
/// others are still written, and the exit code is 1. A document without tasks is a warning only.
/// </remarks>
public static class ExtractCommand
{
    private const string Usage = "usage: gaoqing-graph extract FILE... [--format json] [--out FILE]";

    /// <summary>Runs the command with the arguments after its name.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        _ = stdin;
        if (!TryParse(args, out var files, out var outPath, out var problem))
        {
            stderr.WriteLine($"gaoqing-graph extract: {problem}");
            stderr.WriteLine(Usage);
            return ExitCodes.Usage;
        }

        var graphs = new List<DocumentGraph>();
        var refused = 0;
        foreach (var file in files)
        {
            try
            {
                var graph = DocumentPipeline.RunFile(file);
                graphs.Add(graph);
                foreach (var warning in graph.Warnings)
                {
                    stderr.WriteLine($"warning: {warning} (file {file})");
                }
            }
            catch (DocumentInputException e)
            {
                stderr.WriteLine($"error: {e.Message}");
                refused++;
            }
        }

        if (graphs.Count == 0)
        {
            stderr.WriteLine("gaoqing-graph extract: no document could be read; nothing written");
            return ExitCodes.BadInput;
        }

        if (!TryWrite(GraphExport.Merge(graphs), outPath, stdout, stderr))
        {
            return ExitCodes.BadInput;
        }

        return refused == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }

    private static bool TryWrite(GraphExport graph, string? outPath, TextWriter stdout, TextWriter stderr)
    {
        if (outPath is null)
        {
            stdout.WriteLine(GraphJsonWriter.ToJson(graph));
            return true;
        }

        try
        {
            using var stream = File.Create(outPath);
            GraphJsonWriter.Write(stream, graph);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {outPath}: cannot be written ({e.Message})");
            return false;
        }
    }

    private static bool TryParse(string[] args, out List<string> files, out string? outPath, out string problem)
    {
        files = [];
        outPath = null;
        problem = "";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" when i + 1 < args.Length:
                    if (args[++i] != "json")
                    {
                        problem = $"unknown format '{args[i]}' (extract writes json)";
                        return false;
                    }

                    break;
                case "--out" when i + 1 < args.Length:
                    outPath = args[++i];
                    break;
                case "--format" or "--out":
                    problem = $"{args[i]} needs a value";
                    return false;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    problem = $"unknown option '{option}'";
                    return false;
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        problem = files.Count == 0 ? "no FILE given" : "";
        return files.Count > 0;
    }
}
