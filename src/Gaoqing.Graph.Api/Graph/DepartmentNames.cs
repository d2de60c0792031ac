using Gaoqing.Graph.Model;
using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Api.Graph;

/// <summary>Every department's canonical name and aliases, mapped to its node id (发改局, 县发改局 → 县发展改革局).</summary>
public sealed class DepartmentNames
{
    private const string CountyPrefix = "县";
    private readonly Dictionary<string, string> _ids;

    private DepartmentNames(Dictionary<string, string> ids) => _ids = ids;

    /// <summary>Reads the departments of <paramref name="store"/>; a canonical name wins over another department's alias.</summary>
    public static async Task<DepartmentNames> LoadAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var page = await store.GetNodesByLabelAsync(new NodeQuery("Department", First: int.MaxValue), cancellationToken).ConfigureAwait(false);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var department in page.Nodes)
        {
            if (GraphValues.Text(department, "name") is { } name)
            {
                ids[name] = department.Id;
            }
        }

        foreach (var department in page.Nodes)
        {
            foreach (var alias in GraphValues.Texts(department, "aliases"))
            {
                ids.TryAdd(alias, department.Id);
            }
        }

        return new DepartmentNames(ids);
    }

    /// <summary>The node id of the department called <paramref name="name"/> (trimmed; 县 may be added or left out), or null.</summary>
    public string? Find(string name)
    {
        var written = name.Trim();
        if (written.Length == 0)
        {
            return null;
        }

        if (_ids.TryGetValue(written, out var id))
        {
            return id;
        }

        if (!written.StartsWith(CountyPrefix, StringComparison.Ordinal) && _ids.TryGetValue(CountyPrefix + written, out id))
        {
            return id;
        }

        return written.StartsWith(CountyPrefix, StringComparison.Ordinal) && _ids.TryGetValue(written[CountyPrefix.Length..], out id) ? id : null;
    }
}
