using Gaoqing.Graph.Cli.Commands;

namespace Gaoqing.Graph.Cli;

/// <summary>Routes the first argument to its command; each command parses the rest of the arguments itself.</summary>
public static class CommandLine
{
    private const string UsageText =
        """
        usage: gaoqing-graph <command> [options]

        commands:
          segment [--no-hmm] [--domain] [--user-dict FILE] [--normalize] [FILE...]
                  one JSON array of tokens per input line (stdin if no FILE)
          extract FILE... [--format json] [--out FILE]   extract the graph of documents (stores nothing)
          ingest FILE... [--store embedded|neo4j]        add documents to the store (Graph__DataDir, default ./data)
          export --format json|cypher [--out FILE]       write the store's whole graph
          export --format csv [--department NAME] [--out FILE]
                  the responsibility table (task, lead and support units) for Excel/WPS
          ask "question" [--json]                        answer a question in Chinese from the store
        """;

    /// <summary>Runs the command named by <paramref name="args"/>[0] and returns its exit code.</summary>
    public static int Dispatch(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stderr.WriteLine(UsageText);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        var rest = args[1..];
        switch (args[0])
        {
            case "extract": return ExtractCommand.Run(rest, stdin, stdout, stderr);
            case "ingest": return IngestCommand.Run(rest, stdin, stdout, stderr);
            case "export": return ExportCommand.Run(rest, stdin, stdout, stderr);
            case "segment": return SegmentCommand.Run(rest, stdin, stdout, stderr);
            case "ask": return AskCommand.Run(rest, stdin, stdout, stderr);
            default:
                stderr.WriteLine($"gaoqing-graph: unknown command '{args[0]}'");
                stderr.WriteLine(UsageText);
                return ExitCodes.Usage;
        }
    }
}
