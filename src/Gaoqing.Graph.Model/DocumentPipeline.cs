using Gaoqing.Graph.Extraction;
using Gaoqing.Graph.Extraction.Input;
using Gaoqing.Graph.Model.Building;

namespace Gaoqing.Graph.Model;

/// <summary>Text in, graph out: normalizes, extracts and builds the <see cref="DocumentGraph"/> of one document.</summary>
/// <remarks>A pure function of its input; stores nothing.</remarks>
public static class DocumentPipeline
{
    /// <summary>The graph of the document called <paramref name="name"/> whose original text is <paramref name="text"/>.</summary>
    public static DocumentGraph Run(string name, string text) => DocumentGraphBuilder.Build(DocumentExtractor.Extract(name, text));

    /// <summary>The graph of the UTF-8 document file at <paramref name="path"/>, named after the file.</summary>
    /// <exception cref="DocumentInputException">The file is missing, empty, too large, binary or not UTF-8.</exception>
    public static DocumentGraph RunFile(string path) => Run(DocumentFile.NameOf(path), DocumentFile.ReadText(path));
}
