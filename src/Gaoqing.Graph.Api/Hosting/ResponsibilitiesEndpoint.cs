using Gaoqing.Graph.Api.Graph;
using Gaoqing.Graph.Model.Export;

namespace Gaoqing.Graph.Api.Hosting;

/// <summary>GET /api/responsibilities.csv[?department=…]: the responsibility table, the same bytes as <c>gaoqing-graph export --format csv</c>.</summary>
public static class ResponsibilitiesEndpoint
{
    /// <summary>The path the table is served at.</summary>
    public const string Path = "/api/responsibilities.csv";

    private const string CsvType = "text/csv; charset=utf-8";

    /// <summary>Maps /api/responsibilities.csv.</summary>
    public static void MapResponsibilities(this WebApplication app) =>
        app.MapGet(Path, async (string? department, GraphRuntime runtime, CancellationToken cancellationToken) =>
        {
            if (department is not null && string.IsNullOrWhiteSpace(department))
            {
                return Results.Json(new { error = "the query parameter 'department' is empty: give a department's name or alias, or leave it out" }, statusCode: StatusCodes.Status400BadRequest);
            }

            await using (await runtime.Gate.ReadAsync(cancellationToken))
            {
                string? departmentId = null;
                if (department is not null)
                {
                    departmentId = runtime.Departments.Find(department);
                    if (departmentId is null)
                    {
                        return Results.Json(new { error = $"no department is called '{department.Trim()}' (neither by name nor by alias)" }, statusCode: StatusCodes.Status404NotFound);
                    }
                }

                var csv = ResponsibilityCsvWriter.ToBytes(await ResponsibilityTable.ReadAsync(runtime.Store, departmentId, cancellationToken));
                return Results.File(csv, CsvType, FileName(departmentId));
            }
        });

    private static string FileName(string? departmentId) =>
        departmentId is null ? "responsibilities.csv" : $"responsibilities-{departmentId[(departmentId.IndexOf(':', StringComparison.Ordinal) + 1)..]}.csv";
}
