using Gaoqing.Graph.Model.Tracing;

namespace Gaoqing.Graph.Model.Tests.Tracing;

/// <summary>One Project per real project: no two rows of graph-seed/lexicon/projects.tsv name the same project.</summary>
public sealed class ProjectLexiconTests
{
    [Fact]
    public void NoTwoCanonicalProjectsShareAKeyAndEveryAliasKeysToItsOwnRow()
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "graph-seed", "lexicon", "projects.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(fields => (Name: fields[0], Aliases: fields.Length > 1 ? fields[1].Split('|', StringSplitOptions.RemoveEmptyEntries) : []))
            .ToList();
        Assert.NotEmpty(rows);
        var owners = rows.SelectMany(r => r.Aliases.Append(r.Name).Select(written => (Key: ProjectIdentity.Key(written), r.Name)))
            .GroupBy(k => k.Key)
            .Where(g => g.Select(k => k.Name).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(k => k.Name).Distinct())}");
        Assert.Empty(owners);
    }

    [Fact]
    public void TheTwoSeedsNameMaZhaZiSluiceByTwoFormsAndTheGraphHasOneProjectForIt()
    {
        var forms = new[] { SeedFiles.KeyTasks, SeedFiles.Plan }
            .SelectMany(g => g.Relationships.Where(r => r.Type == "MENTIONS" && r.End.StartsWith("project:马扎子引黄涵闸", StringComparison.Ordinal)))
            .Select(r => (r.End, Written: (string)r.Properties["written"]!))
            .Distinct()
            .ToList();
        Assert.Equal(["马扎子引黄涵闸改建", "马扎子引黄涵闸改建工程"], forms.Select(f => f.Written).Order(StringComparer.Ordinal));
        Assert.Single(forms.Select(f => f.End).Distinct());
    }
}
