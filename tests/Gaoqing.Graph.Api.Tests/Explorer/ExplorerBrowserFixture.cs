using Gaoqing.Graph.Api.Tests.Support;
using Microsoft.Playwright;

namespace Gaoqing.Graph.Api.Tests.Explorer;

/// <summary>The API over the seed graph on Kestrel and Debian's chromium driven by Playwright (never a downloaded browser).</summary>
public sealed class ExplorerBrowserFixture : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private ApiHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    internal ApiHost Host => _host ?? throw new InvalidOperationException("the fixture has not started");

    /// <summary>Where each test saves its screenshot: screenshots/ in the test output folder.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: install Debian's chromium (listed in .ci/apt-packages).");
        }

        _host = await ApiHost.StartAsync(kestrel: true);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh page at the explorer, loaded and ready, that records console errors and uncaught exceptions.</summary>
    internal async Task<ExplorerPage> OpenAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        var explorer = new ExplorerPage(context, page, Host.BaseAddress);
        await page.GotoAsync(new Uri(Host.BaseAddress, "/").ToString());
        await page.WaitForSelectorAsync("body[data-ready='true']");
        return explorer;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
