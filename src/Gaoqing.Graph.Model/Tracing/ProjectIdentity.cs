using System.Text.RegularExpressions;

namespace Gaoqing.Graph.Model.Tracing;

/// <summary>The key under which two names of one project are the same (马扎子引黄涵闸改建工程 = 马扎子引黄涵闸改建).</summary>
/// <remarks>Words that say what kind of undertaking it is (工程, 项目, 建设) are dropped from the end; what remains keeps
/// at least four characters so that a short name is never cut to a generic word.</remarks>
public static partial class ProjectIdentity
{
    /// <summary>The key of the project named <paramref name="name"/>.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Trim();
        for (var match = KindSuffix().Match(key); match.Success && match.Index >= 4; match = KindSuffix().Match(key))
        {
            key = key[..match.Index];
        }

        return key;
    }

    [GeneratedRegex("(?:工程|项目|建设|一期工程)$")]
    private static partial Regex KindSuffix();
}
