namespace Gaoqing.Graph.Api.Tests.Support;

/// <summary>One in-process API over the seed graph, shared by the read-only tests of a class.</summary>
public sealed class SeedGraphFixture : IAsyncLifetime
{
    private ApiHost? _host;

    internal ApiHost Host => _host ?? throw new InvalidOperationException("the fixture has not started");

    public async Task InitializeAsync() => _host = await ApiHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
