using System.Net;
using System.Text;
using System.Text.Json;
using Bantin.Search.Indexing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Bantin.Server.Tests;

/// <summary>
/// On a real server: reading requests beyond the allowance are answered 429 with a problem description and
/// Retry-After while searches go on, a request that waited gets its turn, and a slow upload holds no turn.
/// </summary>
public sealed class ReadingLimitTests : IAsyncLifetime
{
    private const string Raw = "Giá xăng tăng lần thứ ba liên tiếpGiá xăng tăng 500 đồng mỗi lít từ chiều nay.Đây là lần tăng thứ ba.Hà Linh";

    private readonly string _indexPath = Directory.CreateTempSubdirectory("bantin-limit-").FullName;
    private WebApplication? _app;
    private HttpClient _client = new();

    public async Task InitializeAsync()
    {
        using (var index = NewsIndex.OpenForWriting(_indexPath)) new NewsIngester(index).Run(ServerFixture.Articles);
        _app = BantinServer.Create([], b =>
        {
            b.Configuration["Bantin:Index"] = _indexPath;
            b.Configuration["Bantin:ReadingConcurrency"] = "1";
            b.Configuration["Bantin:ReadingQueue"] = "1";
            b.WebHost.UseUrls("http://127.0.0.1:0");
        });
        await _app.StartAsync();
        _client = new HttpClient
        {
            BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()),
        };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        try { Directory.Delete(_indexPath, recursive: true); } catch (IOException) { }
    }

    private ReadingLimiter Limiter => _app!.Services.GetRequiredService<ReadingLimiter>();

    private Task<HttpResponseMessage> Analyze() =>
        _client.PostAsync("/api/analyze", new StringContent(Raw, Encoding.UTF8, "text/plain"));

    [Fact]
    public async Task Reading_beyond_the_allowance_is_429_and_a_waiting_request_gets_its_turn()
    {
        // The only turn is taken; the next request waits in the only place in the queue.
        var turn = await Limiter.TakeTurnAsync();
        Assert.True(turn.IsAcquired);
        var waiting = Analyze();
        for (int tries = 0; Limiter.Statistics!.CurrentQueuedCount == 0; tries++)
        {
            Assert.True(tries < 300, "the request never reached the queue");
            await Task.Delay(10);
        }

        var refused = await Analyze();
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1", Assert.Single(refused.Headers.GetValues("Retry-After")));
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Contains("reads 1 article at a time and lets 1 more wait", problem.GetProperty("detail").GetString());

        // Searches are not limited, and the waiting request is still waiting.
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/search?q=minsk")).StatusCode);
        Assert.False(waiting.IsCompleted);

        turn.Dispose();
        Assert.Equal(HttpStatusCode.OK, (await waiting.WaitAsync(TimeSpan.FromSeconds(30))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Analyze()).StatusCode);
    }

    [Fact]
    public async Task A_slow_upload_holds_no_turn()
    {
        // Headers sent, body held back: the request is in the app, waiting for its body, not for a turn.
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(_client.BaseAddress!.Host, _client.BaseAddress.Port);
        var stream = tcp.GetStream();
        var body = Encoding.UTF8.GetBytes(Raw);
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /api/analyze HTTP/1.1\r\nHost: {_client.BaseAddress.Authority}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n"));
        await stream.FlushAsync();

        // Meanwhile two requests read one after the other, and no turn stays taken.
        Assert.Equal(HttpStatusCode.OK, (await Analyze()).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Analyze()).StatusCode);
        Assert.Equal(1, Limiter.Statistics!.CurrentAvailablePermits);

        await stream.WriteAsync(body);
        using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
        Assert.Equal("HTTP/1.1 200 OK", await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Theory]
    [InlineData("Bantin:ReadingConcurrency", "0")]
    [InlineData("Bantin:ReadingConcurrency", "2000000000")]
    [InlineData("Bantin:ReadingQueue", "-1")]
    [InlineData("Bantin:ReadingQueue", "many")]
    public void A_bad_reading_setting_stops_the_server_with_its_name(string key, string value)
    {
        var e = Assert.Throws<ServerConfigurationException>(() => BantinServer.Create([], b => b.Configuration[key] = value));
        Assert.Contains(key, e.Message);
        Assert.Contains($"'{value}'", e.Message);
    }
}
