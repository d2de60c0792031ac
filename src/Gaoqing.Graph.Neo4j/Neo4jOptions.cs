namespace Gaoqing.Graph.Neo4j;

/// <summary>How to reach Neo4j (configuration section "Neo4j": Neo4j__Url, Neo4j__User, Neo4j__Password, Neo4j__Database).</summary>
public sealed class Neo4jOptions
{
    /// <summary>The server's HTTP endpoint, e.g. http://localhost:7474 (Neo4j__Url); required.</summary>
    public string? Url { get; set; }

    /// <summary>The user name (Neo4j__User).</summary>
    public string User { get; set; } = "neo4j";

    /// <summary>The password (Neo4j__Password); null sends no credentials, for a server with authentication off.</summary>
    public string? Password { get; set; }

    /// <summary>The database (Neo4j__Database).</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>How long one HTTP request may take before it counts as failed.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a request or a write transaction is tried again after a transient failure.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The wait before the first retry; each later retry waits twice as long as the one before.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The options read through <paramref name="variable"/> (an environment lookup such as Neo4j__Url), with the contract's defaults.</summary>
    public static Neo4jOptions FromVariables(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var options = new Neo4jOptions { Url = variable("Neo4j__Url") is { Length: > 0 } url ? url : null };
        if (variable("Neo4j__User") is { Length: > 0 } user)
        {
            options.User = user;
        }

        if (variable("Neo4j__Password") is { Length: > 0 } password)
        {
            options.Password = password;
        }

        if (variable("Neo4j__Database") is { Length: > 0 } database)
        {
            options.Database = database;
        }

        return options;
    }

    /// <summary>The base address checked: an absolute http or https URL; throws <see cref="ArgumentException"/> naming the problem.</summary>
    internal Uri BaseAddress()
    {
        if (string.IsNullOrWhiteSpace(Url))
        {
            throw new ArgumentException("Neo4j__Url is not set: give the Neo4j HTTP endpoint, e.g. http://localhost:7474");
        }

        if (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"Neo4j__Url '{Url}' is not an http or https URL such as http://localhost:7474");
        }

        if (string.IsNullOrWhiteSpace(Database))
        {
            throw new ArgumentException("Neo4j__Database is empty");
        }

        return new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
    }
}
