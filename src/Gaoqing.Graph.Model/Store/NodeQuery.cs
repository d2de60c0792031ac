namespace Gaoqing.Graph.Model.Store;

/// <summary>Which nodes of one label to read: a property filter, a text search, and a page (first N after a cursor).</summary>
/// <param name="Label">The label every returned node has.</param>
/// <param name="Search">Case-insensitive substring of any string property other than the evidence ones; null for all.</param>
/// <param name="Where">Properties that must equal the given values (ints and longs compare equal; a string matches a list
/// property that contains it, so <c>aliases = 发改局</c> finds 县发展改革局); null for no filter.</param>
/// <param name="First">The page size, at least 0.</param>
/// <param name="After">The <see cref="NodePage.EndCursor"/> of the previous page; null for the first page.</param>
public sealed record NodeQuery(
    string Label,
    string? Search = null,
    IReadOnlyDictionary<string, object?>? Where = null,
    int First = 50,
    string? After = null);
