namespace Gaoqing.Graph.Text.Segmentation;

/// <summary>A dictionary line that cannot be read; names the source and the 1-based line number.</summary>
public sealed class DictionaryFormatException : FormatException
{
    /// <summary>Creates the exception for line <paramref name="line"/> of <paramref name="source"/>.</summary>
    public DictionaryFormatException(string source, int line, string problem)
        : base($"{source}:{line}: {problem}")
    {
        Source = source;
        Line = line;
    }

    /// <summary>The file or resource the line came from.</summary>
    public new string Source { get; }

    /// <summary>The 1-based line number.</summary>
    public int Line { get; }
}
