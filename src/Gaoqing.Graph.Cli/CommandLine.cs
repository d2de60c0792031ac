namespace Gaoqing.Graph.Cli;

/// <summary>Routes the first argument to its command; each command parses the rest of the arguments itself.</summary>
public static class CommandLine
{
    private const string UsageText =
        """
        usage: gaoqing-graph <command> [options]

        commands:
          extract FILE... [--format json] [--out FILE]   extract the graph of documents (stores nothing)
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
            case "extract": return Commands.ExtractCommand.Run(rest, stdin, stdout, stderr);
            default:
                stderr.WriteLine($"gaoqing-graph: unknown command '{args[0]}'");
                stderr.WriteLine(UsageText);
                return ExitCodes.Usage;
        }
    }
}
