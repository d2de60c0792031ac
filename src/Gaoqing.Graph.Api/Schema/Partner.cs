using Gaoqing.Graph.Model;

namespace Gaoqing.Graph.Api.Schema;

/// <summary>A department that shares tasks with another, and those tasks in reading order.</summary>
public sealed record Partner(string DepartmentId, IReadOnlyList<GraphNode> Tasks);
