using Gaoqing.Graph.Cli.Output;
using Gaoqing.Graph.Text.Decoding;
using Gaoqing.Graph.Text.Normalization;
using Gaoqing.Graph.Text.Segmentation;

namespace Gaoqing.Graph.Cli.Commands;

/// <summary><c>gaoqing-graph segment</c>: one JSON array of tokens per input line, from the files or stdin.</summary>
public static class SegmentCommand
{
    private const string Usage = "usage: gaoqing-graph segment [--no-hmm] [--domain] [--user-dict FILE] [--normalize] [FILE...]";
    private const string LexiconResource = "Gaoqing.Graph.Cli.Lexicon.segmenter.dict.txt";

    /// <summary>Runs the command; see CONTRACTS.md for the output format and exit codes.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var options = SegmentOptions.Parse(args, out var error);
        if (options is null)
        {
            stderr.WriteLine($"gaoqing-graph segment: {error}");
            stderr.WriteLine(Usage);
            return ExitCodes.Usage;
        }

        try
        {
            var segmenter = CreateSegmenter(options);
            if (options.Files.Count == 0)
            {
                SegmentLines(segmenter, options, stdin, stdout, flushEachLine: true);
            }

            foreach (var file in options.Files)
            {
                var fromStdin = file == "-";
                SegmentLines(segmenter, options, fromStdin ? stdin : new StringReader(ReadFile(file)), stdout, fromStdin);
            }

            stdout.Flush();
            return ExitCodes.Success;
        }
        catch (Exception problem) when (problem is InvalidUtf8Exception or DictionaryFormatException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"gaoqing-graph segment: {problem.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static Segmenter CreateSegmenter(SegmentOptions options)
    {
        if (!options.Domain && options.UserDictionaries.Count == 0)
        {
            return Segmenter.Default;
        }

        var segmenter = new Segmenter();
        if (options.Domain)
        {
            segmenter.LoadUserDictionary(ReadLexicon(), "graph-seed/lexicon/segmenter.dict.txt");
        }

        foreach (var path in options.UserDictionaries)
        {
            segmenter.LoadUserDictionary(StrictUtf8.Decode(ReadBytes(path), path), path);
        }

        return segmenter;
    }

    // Lines read from stdin are answered at once, so the command can sit in an interactive pipe.
    private static void SegmentLines(Segmenter segmenter, SegmentOptions options, TextReader reader, TextWriter stdout, bool flushEachLine)
    {
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var text = options.Normalize ? TextNormalizer.Normalize(line).Text : line;
            JsonStringWriter.WriteArray(stdout, segmenter.Cut(text, options.Hmm));
            stdout.Write('\n');
            if (flushEachLine)
            {
                stdout.Flush();
            }
        }
    }

    private static string ReadFile(string path) => StrictUtf8.Decode(ReadBytes(path), path);

    private static byte[] ReadBytes(string path)
    {
        if (Directory.Exists(path))
        {
            throw new IOException($"{path}: is a directory, not a file");
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception problem) when (problem is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new IOException($"{path}: no such file", problem);
        }
        catch (IOException problem)
        {
            throw new IOException($"{path}: {problem.Message}", problem);
        }
        catch (UnauthorizedAccessException problem)
        {
            throw new IOException($"{path}: permission denied", problem);
        }
    }

    // The lexicon is embedded at build time, so --domain works from any directory and in a published binary.
    private static string ReadLexicon()
    {
        using var stream = typeof(SegmentCommand).Assembly.GetManifestResourceStream(LexiconResource)
            ?? throw new InvalidOperationException($"the build did not embed {LexiconResource}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
