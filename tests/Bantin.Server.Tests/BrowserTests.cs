using Bantin.Search.Indexing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Bantin.Server.Tests;

/// <summary>
/// The web page in real headless Chromium (Debian's <c>chromium</c> package, driven by Playwright) against a real
/// Kestrel server: search without diacritics, the highlighted snippet, an article, and an XSS title shown as text.
/// Screenshots go to <c>screenshots/</c> beside the test assembly.
/// </summary>
public sealed class BrowserTests : IAsyncLifetime
{
    private static readonly string[] LaunchArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"];

    private readonly string _indexPath = Directory.CreateTempSubdirectory("bantin-browser-").FullName;
    private WebApplication? _app;
    private string _baseUrl = "";

    private static string? Chromium()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
            foreach (var name in new[] { "chromium", "chromium-browser" })
                if (File.Exists(Path.Combine(dir, name))) return Path.Combine(dir, name);
        return null;
    }

    public async Task InitializeAsync()
    {
        using (var index = NewsIndex.OpenForWriting(_indexPath)) new NewsIngester(index).Run(ServerFixture.Articles);
        _app = BantinServer.Create([], b =>
        {
            b.Configuration["Bantin:Index"] = _indexPath;
            b.WebHost.UseUrls("http://127.0.0.1:0");
        });
        await _app.StartAsync();
        _baseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        try { Directory.Delete(_indexPath, recursive: true); } catch (IOException) { }
    }

    [SkippableFact]
    public async Task Search_without_diacritics_open_a_result_and_titles_stay_text()
    {
        var chromium = Chromium();
        Skip.If(chromium is null, "chromium is not installed (CI installs Debian's chromium package; locally: apt-get install chromium)");
        var shots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = LaunchArgs });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) => { dialogs.Add(dialog.Message); await dialog.DismissAsync(); };

        await page.GotoAsync(_baseUrl);
        await page.FillAsync("#q", "tong bi thu hoi kien");
        await page.PressAsync("#q", "Enter");
        await page.Locator("#results[data-query='tong bi thu hoi kien']").WaitForAsync();
        var first = page.Locator("#results li").First;
        await first.WaitForAsync();
        Assert.Equal("Tổng Bí thư Nguyễn Phú Trọng hội kiến Thủ tướng Trung Quốc", await first.Locator("a.hit-title").InnerTextAsync());
        var marks = await first.Locator("mark").AllInnerTextsAsync();
        Assert.Contains("Tổng Bí thư", marks);
        Assert.Contains(marks, m => m.StartsWith("hội kiến", StringComparison.Ordinal)); // "thu" also marks "Thủ" right after it
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "search.png"), FullPage = true });

        await first.Locator("a.hit-title").ClickAsync();
        await page.Locator("#article h1").WaitForAsync();
        Assert.Equal("Tổng Bí thư Nguyễn Phú Trọng hội kiến Thủ tướng Trung Quốc", await page.Locator("#article h1").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "article.png"), FullPage = true });

        // An article whose title and sapo are markup: shown as text, nothing executed.
        await page.GotoAsync(_baseUrl + "#/search?q=" + Uri.EscapeDataString("bai thu thi truong oto dien"));
        await page.Locator("#results[data-query='bai thu thi truong oto dien']").WaitForAsync();
        var xss = page.Locator("#results li", new() { HasText = ServerFixture.XssTitle }).First;
        await xss.WaitForAsync();
        Assert.Equal(ServerFixture.XssTitle, await xss.Locator("a.hit-title").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#results img, #results script, #results b").CountAsync());
        await xss.Locator("a.hit-title").ClickAsync();
        await page.Locator("#article h1").WaitForAsync();
        Assert.Equal(ServerFixture.XssTitle, await page.Locator("#article h1").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#article img, #article script, #article b").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "xss.png"), FullPage = true });
        Assert.Empty(dialogs);

        // A narrow screen still shows the search box and results.
        await page.SetViewportSizeAsync(380, 800);
        await page.GotoAsync(_baseUrl + "#/search?q=oto");
        await page.Locator("#results[data-query='oto']").WaitForAsync();
        await page.Locator("#results li").First.WaitForAsync();
        Assert.True(await page.Locator("#q").IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "narrow.png"), FullPage = true });
    }
}
