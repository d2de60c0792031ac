namespace Gaoqing.Graph.Cli.Commands;

/// <summary>The parsed arguments of <c>gaoqing-graph segment</c>.</summary>
public sealed record SegmentOptions(bool Hmm, bool Domain, IReadOnlyList<string> UserDictionaries, bool Normalize, IReadOnlyList<string> Files)
{
    /// <summary>Parses <paramref name="args"/>; returns null and sets <paramref name="error"/> when they are wrong.</summary>
    public static SegmentOptions? Parse(string[] args, out string? error)
    {
        var hmm = true;
        var domain = false;
        var normalize = false;
        var dictionaries = new List<string>();
        var files = new List<string>();
        var optionsEnded = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (optionsEnded || !arg.StartsWith('-') || arg == "-")
            {
                files.Add(arg);
                continue;
            }

            switch (arg)
            {
                case "--no-hmm":
                    hmm = false;
                    break;
                case "--domain":
                    domain = true;
                    break;
                case "--normalize":
                    normalize = true;
                    break;
                case "--user-dict" when i + 1 < args.Length:
                    dictionaries.Add(args[++i]);
                    break;
                case "--user-dict":
                    error = "--user-dict needs a FILE";
                    return null;
                case "--":
                    optionsEnded = true;
                    break;
                default:
                    error = $"unknown option '{arg}'";
                    return null;
            }
        }

        error = null;
        return new SegmentOptions(hmm, domain, dictionaries, normalize, files);
    }
}
