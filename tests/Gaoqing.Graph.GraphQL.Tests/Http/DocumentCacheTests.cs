using Gaoqing.Graph.GraphQL.Http;
using Gaoqing.Graph.GraphQL.Language;

namespace Gaoqing.Graph.GraphQL.Tests.Http;

/// <summary>The parsed-document cache keeps the most recently used query texts and no more than its capacity.</summary>
public sealed class DocumentCacheTests
{
    private static CachedDocument Entry(string query) => new(Parser.Parse(query), []);

    [Fact]
    public void The_least_recently_used_document_is_evicted_first()
    {
        var cache = new DocumentCache(2);
        cache.Add("{ a }", Entry("{ a }"));
        cache.Add("{ b }", Entry("{ b }"));
        Assert.True(cache.TryGet("{ a }", out _));
        cache.Add("{ c }", Entry("{ c }"));
        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet("{ a }", out var a));
        Assert.Equal("{\n  a\n}", Printer.Print(a.Document!));
        Assert.False(cache.TryGet("{ b }", out _));
        Assert.True(cache.TryGet("{ c }", out _));
    }

    [Fact]
    public void Concurrent_use_keeps_the_bound()
    {
        var cache = new DocumentCache(50);
        Parallel.For(0, 2_000, i =>
        {
            var query = "{ f" + (i % 300) + " }";
            if (!cache.TryGet(query, out _))
            {
                cache.Add(query, Entry(query));
            }
        });
        Assert.Equal(50, cache.Count);
    }
}
