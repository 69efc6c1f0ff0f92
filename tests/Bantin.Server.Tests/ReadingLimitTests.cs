using System.Net;
using System.Text;
using System.Text.Json;
using Bantin.Search.Indexing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Bantin.Server.Tests;

/// <summary>
/// On a real server: reading requests beyond the allowance are answered 429 with a problem description and
/// Retry-After while searches go on, and a request that waited gets its turn.
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

    // A request whose headers are sent on a raw connection and whose body is sent only when asked: Kestrel hands it to
    // the app on the headers, so it holds its turn to read (or its place in the queue) meanwhile.
    private sealed class HeldRequest : IDisposable
    {
        private readonly System.Net.Sockets.TcpClient _tcp = new();
        private readonly byte[] _body = Encoding.UTF8.GetBytes(Raw);
        private Stream _stream = Stream.Null;

        public async Task StartAsync(Uri server)
        {
            await _tcp.ConnectAsync(server.Host, server.Port);
            _stream = _tcp.GetStream();
            var head = $"POST /api/analyze HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: text/plain; charset=utf-8\r\n"
                       + $"Content-Length: {_body.Length}\r\n\r\n";
            await _stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        }

        /// <summary>Sends the body; the status line of the answer.</summary>
        public async Task<string> FinishAsync()
        {
            await _stream.WriteAsync(_body);
            using var reader = new StreamReader(_stream, Encoding.ASCII, leaveOpen: true);
            return await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)) ?? "";
        }

        public int Answered => _tcp.Available;

        public void Dispose() => _tcp.Dispose();
    }

    private Task<HttpResponseMessage> Analyze() =>
        _client.PostAsync("/api/analyze", new StringContent(Raw, Encoding.UTF8, "text/plain"));

    [Fact]
    public async Task Reading_beyond_the_allowance_is_429_and_a_waiting_request_gets_its_turn()
    {
        // Warm: the first reading loads the models, and a probe must not overtake the held requests meanwhile (nor
        // may they wait past Kestrel's 5 s grace for a body).
        Assert.Equal(HttpStatusCode.OK, (await Analyze()).StatusCode);
        // Two requests whose bodies are held: one has the only permit, the other the only place in the queue.
        using HeldRequest a = new(), b = new();
        await a.StartAsync(_client.BaseAddress!);
        await b.StartAsync(_client.BaseAddress!);
        await Task.Delay(200);

        // Any further request is refused once both have reached the app (until then it simply goes through).
        HttpResponseMessage refused;
        int tries = 0;
        while ((refused = await Analyze()).StatusCode == HttpStatusCode.OK)
        {
            Assert.True(++tries < 30, $"the held requests never took the permit and the queue (answered bytes {a.Answered}, {b.Answered})");
            await Task.Delay(100);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1", Assert.Single(refused.Headers.GetValues("Retry-After")));
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Contains("reads 1 article at a time and 1 more are waiting", problem.GetProperty("detail").GetString());

        // Searches are not limited, and the held requests are still waiting, not refused.
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/search?q=minsk")).StatusCode);
        Assert.Equal((0, 0), (a.Answered, b.Answered));

        // Given their bodies, the one with the permit is read and the waiting one gets its turn.
        var (first, second) = (a.FinishAsync(), b.FinishAsync());
        Assert.Equal("HTTP/1.1 200 OK", await first);
        Assert.Equal("HTTP/1.1 200 OK", await second);
        Assert.Equal(HttpStatusCode.OK, (await Analyze()).StatusCode);
    }
}
