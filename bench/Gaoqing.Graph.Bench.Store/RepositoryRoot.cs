namespace Gaoqing.Graph.Bench.Store;

/// <summary>Finds the repository (the folder holding Gaoqing.Graph.sln) above the current directory or the program.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Gaoqing.Graph.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Gaoqing.Graph.sln not found above the current directory");
    }
}
