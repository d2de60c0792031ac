using Gaoqing.Graph.Answering;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Cli.Commands;

/// <summary><c>ask "question" [--json]</c>: answers a question from the embedded store (seeded if empty).</summary>
public static class AskCommand
{
    private const string Usage = "usage: gaoqing-graph ask \"question\" [--json]";

    /// <summary>Runs the command on the store named by the process environment.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, Environment.GetEnvironmentVariable);

    /// <summary>Runs the command on the store named by <paramref name="variable"/>.</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?> variable)
    {
        var json = false;
        string? question = null;
        foreach (var arg in args)
        {
            if (arg == "--json")
            {
                json = true;
            }
            else if (question is null)
            {
                question = arg;
            }
            else
            {
                stderr.WriteLine($"gaoqing-graph ask: unexpected argument '{arg}' (quote the question)");
                stderr.WriteLine(Usage);
                return ExitCodes.Usage;
            }
        }

        if (question is null)
        {
            stderr.WriteLine("gaoqing-graph ask: a question is required");
            stderr.WriteLine(Usage);
            return ExitCodes.Usage;
        }

        Answer answer;
        var options = StoreEnvironment.Options(variable);
        try
        {
            (answer, var documents) = AnswerFromStore(options, question).GetAwaiter().GetResult();
            if (documents == 0)
            {
                stderr.WriteLine($"gaoqing-graph ask: the store at {options.DataDirPath} holds no documents and no seed documents (*.txt) were found at {options.SeedDirPath}; " +
                                 "ingest documents with 'gaoqing-graph ingest FILE', or set Graph__SeedDir (relative paths start at the current directory)");
            }
        }
        catch (Exception error) when (error is IOException or InvalidDataException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException
                                          or Gaoqing.Graph.Extraction.Input.DocumentInputException)
        {
            stderr.WriteLine($"gaoqing-graph ask: cannot open the store: {error.Message}");
            return ExitCodes.BadInput;
        }

        if (json)
        {
            stdout.WriteLine(AnswerJson.ToJson(answer));
            return ExitCodes.Success;
        }

        stdout.WriteLine(answer.Text);
        foreach (var evidence in answer.Evidence.Take(5))
        {
            stdout.WriteLine($"  · {evidence.Text.Trim()}  [{evidence.DocumentId} {evidence.Start}–{evidence.End}]");
        }

        if (answer.Suggestions.Count > 0)
        {
            stdout.WriteLine($"您还可以问：{string.Join(" / ", answer.Suggestions)}");
        }

        return ExitCodes.Success;
    }

    private static async Task<(Answer Answer, int Documents)> AnswerFromStore(EmbeddedStoreOptions options, string question)
    {
        await using var store = await GraphStoreSeeder.OpenEmbeddedAsync(options).ConfigureAwait(false);
        var answerer = await QuestionAnswerer.CreateAsync(store).ConfigureAwait(false);
        var documents = (await store.GetStatisticsAsync().ConfigureAwait(false)).Documents;
        return (await answerer.AnswerAsync(question).ConfigureAwait(false), documents);
    }
}
