using Gaoqing.Graph.Model.Store;

namespace Gaoqing.Graph.Model.Tests.Store;

/// <summary>The store's compact property dictionary: lookups by equal keys, whether or not they are the same string object.</summary>
public sealed class PropertyMapTests
{
    private static readonly PropertyMap Map = PropertyMap.From([
        new("title", "推进项目建设"),
        new("number", 7L),
        new("sourceStart", 120L),
        new("aliases", new[] { "发改局" }),
        new("number", 8L)]);

    [Fact]
    public void Keys_built_at_run_time_find_the_same_values_as_literals()
    {
        foreach (var key in Map.Keys)
        {
            var copy = new string(key.AsSpan());
            Assert.NotSame(key, copy);
            Assert.True(Map.TryGetValue(copy, out var byCopy));
            Assert.True(Map.TryGetValue(key, out var byLiteral));
            Assert.Same(byLiteral, byCopy);
            Assert.True(Map.ContainsKey(copy));
        }
    }

    [Fact]
    public void A_later_pair_replaces_an_earlier_one_and_absent_keys_are_absent()
    {
        Assert.Equal(4, Map.Count);
        Assert.Equal(8L, Map["number"]);
        Assert.False(Map.TryGetValue("Number", out var missing));
        Assert.Null(missing);
        Assert.False(Map.ContainsKey(new string('x', 3)));
        Assert.Throws<KeyNotFoundException>(() => Map["sourceEnd"]);
    }

    [Fact]
    public void Enumeration_is_in_ordinal_key_order()
    {
        Assert.Equal(["aliases", "number", "sourceStart", "title"], Map.Select(pair => pair.Key));
    }
}
