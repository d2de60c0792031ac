using Gaoqing.Graph.Extraction.Input;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Store;
using Gaoqing.Graph.Neo4j;
using Gaoqing.Graph.Neo4j.QueryApi;
using Spectre.Console;

namespace Gaoqing.Graph.Cli.Commands;

/// <summary><c>ingest FILE... [--store embedded|neo4j]</c>: extracts every file, then adds each document to the store.</summary>
/// <remarks>
/// All files are read and extracted before anything is stored: if any is bad input (empty, binary, not UTF-8, too large,
/// no tasks) the command names it, stores nothing and exits 1. Each document is then stored atomically.
/// </remarks>
public static class IngestCommand
{
    private const string Usage = "usage: gaoqing-graph ingest FILE... [--store embedded|neo4j]";

    /// <summary>Runs the command on the store named by the process environment; a progress bar when stdout is a terminal.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, Environment.GetEnvironmentVariable, terminal: ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected);

    /// <summary>Runs the command on the store named by <paramref name="variable"/>.</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?> variable, bool terminal)
    {
        var files = new List<string>();
        var store = "embedded";
        for (var index = 0; index < args.Length; index++)
        {
            if (args[index] == "--store" && index + 1 < args.Length)
            {
                store = args[++index];
            }
            else if (args[index].StartsWith("--", StringComparison.Ordinal))
            {
                return UsageError(stderr, $"unknown option '{args[index]}'");
            }
            else
            {
                files.Add(args[index]);
            }
        }

        if (store != "embedded" && store != "neo4j")
        {
            return UsageError(stderr, $"unknown store '{store}'");
        }

        if (files.Count == 0)
        {
            return UsageError(stderr, "no FILE given");
        }

        var extracted = Extract(files, stderr);
        if (extracted is null)
        {
            stderr.WriteLine("gaoqing-graph ingest: nothing was stored");
            return ExitCodes.BadInput;
        }

        var options = StoreEnvironment.Options(variable);
        return store == "neo4j"
            ? Store(extracted, () => OpenNeo4jAsync(variable, options), "Neo4j", stdout, stderr, terminal).GetAwaiter().GetResult()
            : Store(extracted, async () => await GraphStoreSeeder.OpenEmbeddedAsync(options).ConfigureAwait(false), options.DataDirPath, stdout, stderr, terminal).GetAwaiter().GetResult();
    }

    private static List<IngestedFile>? Extract(List<string> files, TextWriter stderr)
    {
        var extracted = new List<IngestedFile>();
        var failed = false;
        foreach (var path in files)
        {
            try
            {
                var graph = DocumentPipeline.RunFile(path);
                var file = new IngestedFile(path, graph);
                if (file.Count("Task") == 0)
                {
                    stderr.WriteLine($"gaoqing-graph ingest: {path}: no tasks found in the document; it is not a key-task list or plan this tool can read");
                    failed = true;
                    continue;
                }

                extracted.Add(file);
            }
            catch (DocumentInputException error)
            {
                stderr.WriteLine($"gaoqing-graph ingest: {error.Message}");
                failed = true;
            }
        }

        return failed ? null : extracted;
    }

    private static async Task<IGraphStore> OpenNeo4jAsync(Func<string, string?> variable, EmbeddedStoreOptions options) =>
        await Neo4jGraphStore.OpenAsync(Neo4jOptions.FromVariables(variable), options.SeedDirPath).ConfigureAwait(false);

    private static async Task<int> Store(List<IngestedFile> files, Func<Task<IGraphStore>> open, string where, TextWriter stdout, TextWriter stderr, bool terminal)
    {
        IGraphStore store;
        try
        {
            store = await open().ConfigureAwait(false);
        }
        catch (Exception error) when (error is IOException or InvalidDataException or UnauthorizedAccessException
                                          or Microsoft.Data.Sqlite.SqliteException or DocumentInputException or Neo4jException or ArgumentException)
        {
            stderr.WriteLine($"gaoqing-graph ingest: cannot open the store in {where}: {error.Message}");
            return ExitCodes.BadInput;
        }

        await using (store.ConfigureAwait(false))
        {
            int exitCode;
            if (terminal)
            {
                exitCode = await AnsiConsole.Progress().StartAsync(async context =>
                {
                    var bar = context.AddTask("ingesting", maxValue: files.Count);
                    return await StoreEach(store, files, stderr, _ => bar.Increment(1)).ConfigureAwait(false);
                }).ConfigureAwait(false);
            }
            else
            {
                exitCode = await StoreEach(store, files, stderr, index =>
                {
                    stdout.WriteLine($"[{index + 1}/{files.Count}] {files[index].Path}: {files[index].Outcome!.Status.ToString().ToLowerInvariant()} {files[index].Graph.Document.Id}");
                    stdout.Flush();
                }).ConfigureAwait(false);
            }

            IngestSummary.Write(files, stdout, terminal);
            return exitCode;
        }
    }

    private static async Task<int> StoreEach(IGraphStore store, List<IngestedFile> files, TextWriter stderr, Action<int> stored)
    {
        for (var index = 0; index < files.Count; index++)
        {
            IngestOutcome outcome;
            try
            {
                outcome = await store.IngestAsync(files[index].Graph).ConfigureAwait(false);
            }
            catch (Exception error) when (error is InvalidDataException or Neo4jException)
            {
                stderr.WriteLine($"gaoqing-graph ingest: {files[index].Path}: cannot be stored: {error.Message}");
                return ExitCodes.BadInput;
            }

            files[index] = files[index] with { Outcome = outcome };
            foreach (var warning in outcome.Warnings)
            {
                stderr.WriteLine($"gaoqing-graph ingest: warning: {files[index].Path}: {warning}");
            }

            stored(index);
        }

        return ExitCodes.Success;
    }

    private static int UsageError(TextWriter stderr, string problem)
    {
        stderr.WriteLine($"gaoqing-graph ingest: {problem}");
        stderr.WriteLine(Usage);
        return ExitCodes.Usage;
    }
}
