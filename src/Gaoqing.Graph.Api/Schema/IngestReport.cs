using Gaoqing.Graph.Model;

namespace Gaoqing.Graph.Api.Schema;

/// <summary>What one ingest stored: the document node, counts of what was read, and warnings.</summary>
public sealed record IngestReport(GraphNode Document, int Tasks, int Departments, int Measurements, IReadOnlyList<string> Warnings);
