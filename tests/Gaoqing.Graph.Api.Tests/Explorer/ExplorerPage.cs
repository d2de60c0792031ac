using Microsoft.Playwright;

namespace Gaoqing.Graph.Api.Tests.Explorer;

/// <summary>One browser page on the explorer, with the console errors, page errors and dialogs it has seen.</summary>
internal sealed class ExplorerPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];
    private readonly List<string> _outside = [];

    public ExplorerPage(IBrowserContext context, IPage page, Uri server)
    {
        _context = context;
        Page = page;
        var origin = server.GetLeftPart(UriPartial.Authority);
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                _outside.Add(request.Url);
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add($"console: {message.Text} at {message.Location}");
            }
        };
        page.PageError += (_, error) => _errors.Add("page error: " + error);
        page.Dialog += async (_, dialog) =>
        {
            _errors.Add("dialog opened: " + dialog.Message);
            await dialog.DismissAsync();
        };
    }

    public IPage Page { get; }

    /// <summary>Console errors, uncaught exceptions and dialogs (an alert means injected script ran).</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Requests the page sent anywhere but the API server (a CDN, a font service …).</summary>
    public IReadOnlyList<string> OutsideRequests => _outside;

    /// <summary>Types a question in the chat box and presses Enter.</summary>
    public async Task AskAsync(string question)
    {
        await Page.FillAsync("#chat-input", question);
        await Page.PressAsync("#chat-input", "Enter");
    }

    /// <summary>The last message in the chat log once no answer is pending.</summary>
    public async Task<ILocator> LastMessageAsync()
    {
        await Page.WaitForSelectorAsync("#chat-log .message:last-child:not(.pending):not(.question)");
        return Page.Locator("#chat-log .message").Last;
    }

    /// <summary>Saves a full-window screenshot under the test output's screenshots/ folder.</summary>
    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ExplorerBrowserFixture.ScreenshotFolder, name + ".png") });

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
