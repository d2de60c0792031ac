using System.Diagnostics;

namespace Gaoqing.Graph.Neo4j.Tests.Deployment;

/// <summary>docker-compose.yml passes Debian's docker-compose validation and wires the API to a healthy Neo4j; the Dockerfile is sound.</summary>
public sealed class ContainerFilesTests
{
    private static string ComposeFile => Path.Combine(RepositoryPaths.Root, "docker-compose.yml");

    private static string Dockerfile => Path.Combine(RepositoryPaths.Root, "Dockerfile");

    [Fact]
    public async Task Docker_compose_accepts_the_compose_file()
    {
        var (exitCode, output, error) = await DockerCompose(ComposeFile, "config", "-q");

        Assert.True(exitCode == 0, $"docker-compose config -q failed ({exitCode}): {error}");
        Assert.Empty(output);
        Assert.Empty(error);
    }

    [Fact]
    public async Task The_api_waits_for_a_healthy_neo4j_5_26_with_a_volume_and_uses_it_as_its_store()
    {
        var (exitCode, output, error) = await DockerCompose(ComposeFile, "config");

        Assert.True(exitCode == 0, error);
        Assert.Contains("image: neo4j:5.26-community", output, StringComparison.Ordinal);
        Assert.Contains("neo4j-data:/data", output, StringComparison.Ordinal);
        Assert.Contains("cypher-shell", output, StringComparison.Ordinal);
        Assert.Contains("condition: service_healthy", output, StringComparison.Ordinal);
        Assert.Contains("Graph__Store: neo4j", output, StringComparison.Ordinal);
        Assert.Contains("Neo4j__Url: http://neo4j:7474", output, StringComparison.Ordinal);
        Assert.Contains("published: 5080", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docker_compose_refuses_a_broken_file_so_its_acceptance_means_something()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"gaoqing-compose-{Environment.ProcessId}.yml");
        await File.WriteAllTextAsync(broken, "services:\n  api:\n    depends_on:\n      neo4j:\n        condition: service_healthy\n    ports: 5080\n");
        try
        {
            var (exitCode, _, error) = await DockerCompose(broken, "config", "-q");

            Assert.NotEqual(0, exitCode);
            Assert.NotEmpty(error);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public void The_dockerfile_builds_the_api_with_the_sdk_runs_it_on_the_aspnet_runtime_as_a_non_root_user()
    {
        var lines = File.ReadAllLines(Dockerfile).Where(line => !line.StartsWith('#') && line.Trim().Length > 0).ToArray();

        var stages = lines.Where(line => line.StartsWith("FROM ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", "FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime"], stages);
        Assert.Contains(lines, line => line.Contains("dotnet publish src/Gaoqing.Graph.Api/Gaoqing.Graph.Api.csproj", StringComparison.Ordinal));
        var user = Assert.Single(lines, line => line.StartsWith("USER ", StringComparison.Ordinal));
        Assert.DoesNotContain("root", user, StringComparison.Ordinal);
        Assert.True(Array.IndexOf(lines, user) > Array.IndexOf(lines, stages[1]), "USER must be set in the runtime stage");
        Assert.Contains("EXPOSE 5080", lines);
    }

    [Fact]
    public void Every_file_the_dockerfile_copies_from_the_repository_exists()
    {
        var sources = File.ReadLines(Dockerfile)
            .Where(line => line.StartsWith("COPY ", StringComparison.Ordinal) && !line.Contains("--from=", StringComparison.Ordinal))
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1])
            .ToArray();

        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.True(Path.Exists(Path.Combine(RepositoryPaths.Root, source)), $"the Dockerfile copies {source}, which does not exist"));
    }

    private static async Task<(int ExitCode, string Output, string Error)> DockerCompose(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo("docker-compose")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("--file");
        start.ArgumentList.Add(file);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException("docker-compose is not installed: apt-get install docker-compose (it is listed in .ci/apt-packages)", error);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output, await error);
        }
    }
}
