using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Api.Graph;

/// <summary>Every department's canonical name and aliases, mapped to its node id (发改局, 县发改局 → 县发展改革局).</summary>
public sealed class DepartmentNames
{
    private readonly DepartmentNameIndex _index;

    private DepartmentNames(DepartmentNameIndex index) => _index = index;

    /// <summary>Reads the departments of <paramref name="store"/>; a canonical name wins over another department's alias.</summary>
    public static async Task<DepartmentNames> LoadAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var page = await store.GetNodesByLabelAsync(new NodeQuery("Department", First: int.MaxValue), cancellationToken).ConfigureAwait(false);
        return new DepartmentNames(DepartmentNameIndex.From(page.Nodes));
    }

    /// <summary>The node id of the department called <paramref name="name"/> (trimmed; 县 may be added or left out), or null.</summary>
    public string? Find(string name) => _index.Find(name);
}
