using Gaoqing.Graph.Api.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gaoqing.Graph.Api.Tests;

/// <summary>GraphiQL in headless Chromium (Debian's /usr/bin/chromium) on a real Kestrel server: a typed query returns data.</summary>
public sealed class GraphiQLBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task A_query_typed_in_graphiql_returns_data()
    {
        Assert.True(File.Exists(Chromium), "install Debian's chromium (listed in .ci/apt-packages)");
        await using var host = await ApiHost.StartAsync(kestrel: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        var page = await browser.NewPageAsync();
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(host.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                outside.Add(request.Url);
            }
        };

        await page.GotoAsync(new Uri(host.BaseAddress, "/graphiql").ToString());
        var editor = page.Locator(".graphiql-query-editor .CodeMirror").First;
        await editor.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.InsertTextAsync("query { department(name: \"县发改局\") { name leads { totalCount } } }");
        await page.Locator(".graphiql-execute-button").ClickAsync();
        var response = page.Locator(".graphiql-response");
        await Assertions.Expect(response).ToContainTextAsync("县发展改革局", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await Assertions.Expect(response).ToContainTextAsync("\"totalCount\": 23");

        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "graphiql.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine("screenshot: " + screenshot);
        Assert.Empty(outside);
    }
}
