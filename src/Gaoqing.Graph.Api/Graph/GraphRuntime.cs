using System.Security.Cryptography;
using System.Text;
using Gaoqing.Graph.Answering;
using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Api.Graph;

/// <summary>
/// The graph the API serves: the store, the answerer and the department names built from it, and the gate that
/// lets many requests read while each write (ingest, remove) runs alone and refreshes what was built from the graph.
/// </summary>
public sealed class GraphRuntime : IAsyncDisposable
{
    private DepartmentNameIndex _departments;
    private QuestionAnswerer _answerer;

    private GraphRuntime(IGraphStore store, DepartmentNameIndex departments, QuestionAnswerer answerer)
    {
        Store = store;
        _departments = departments;
        _answerer = answerer;
    }

    /// <summary>The store every read goes to.</summary>
    public IGraphStore Store { get; }

    /// <summary>Readers share it; writes hold it alone.</summary>
    public GraphGate Gate { get; } = new();

    /// <summary>Department names and aliases of the current graph.</summary>
    public DepartmentNameIndex Departments => Volatile.Read(ref _departments);

    /// <summary>Answers questions and keyword searches over the current graph.</summary>
    public QuestionAnswerer Answerer => Volatile.Read(ref _answerer);

    /// <summary>Builds the runtime over an opened store.</summary>
    public static async Task<GraphRuntime> CreateAsync(IGraphStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var departments = await DepartmentNameIndex.LoadAsync(store, cancellationToken).ConfigureAwait(false);
        var answerer = await QuestionAnswerer.CreateAsync(store, cancellationToken).ConfigureAwait(false);
        return new GraphRuntime(store, departments, answerer);
    }

    /// <summary>Extracts and stores one document, alone; the store is unchanged when anything fails.</summary>
    /// <exception cref="ArgumentException">The text is empty.</exception>
    /// <exception cref="InvalidDataException">The store refused the document's graph.</exception>
    public async Task<(IngestOutcome Outcome, DocumentGraph Graph)> IngestAsync(string text, string? title, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("input.text is empty: give the document's full text.");
        }

        var graph = WithTitle(DocumentPipeline.Run(NameOf(text, title), text), title);
        await using (await Gate.WriteAsync(cancellationToken).ConfigureAwait(false))
        {
            var outcome = await Store.IngestAsync(graph, CancellationToken.None).ConfigureAwait(false);
            await RefreshAsync().ConfigureAwait(false);
            return (outcome, graph);
        }
    }

    /// <summary>Removes one document, alone; false when it is not stored.</summary>
    public async Task<bool> RemoveAsync(string documentId, CancellationToken cancellationToken)
    {
        await using (await Gate.WriteAsync(cancellationToken).ConfigureAwait(false))
        {
            var removed = await Store.RemoveDocumentAsync(documentId, CancellationToken.None).ConfigureAwait(false);
            if (removed)
            {
                await RefreshAsync().ConfigureAwait(false);
            }

            return removed;
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Store.DisposeAsync();

    private async Task RefreshAsync()
    {
        Volatile.Write(ref _departments, await DepartmentNameIndex.LoadAsync(Store, CancellationToken.None).ConfigureAwait(false));
        await Answerer.RefreshAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private static string NameOf(string text, string? title)
    {
        if (!string.IsNullOrWhiteSpace(title))
        {
            return title.Trim();
        }

        return "document-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    private static DocumentGraph WithTitle(DocumentGraph graph, string? title)
    {
        if (string.IsNullOrWhiteSpace(title) || GraphValues.Text(graph.Document, "title") is not null)
        {
            return graph;
        }

        var properties = new Dictionary<string, object?>(graph.Document.Properties, StringComparer.Ordinal) { ["title"] = title.Trim() };
        return graph with { Document = graph.Document with { Properties = properties } };
    }
}
