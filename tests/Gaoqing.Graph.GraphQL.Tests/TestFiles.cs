namespace Gaoqing.Graph.GraphQL.Tests;

/// <summary>Locates test data files copied beside the test assembly.</summary>
internal static class TestFiles
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(Path(parts));
}
