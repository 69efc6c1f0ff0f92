using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Bantin.Cli.Tests;

/// <summary><c>bantin serve</c> as a real process on a free loopback port: it answers, and refuses bad input with 4xx.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bantin-serve-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Theory]
    [InlineData("--urls", "notaurl")]
    [InlineData("--urls", "ftp://127.0.0.1:21")]
    [InlineData("--reading-concurrency", "0")]
    [InlineData("--reading-concurrency", "-2")]
    [InlineData("--reading-concurrency", "many")]
    public void A_bad_option_value_is_a_one_line_error(string option, string value)
    {
        var r = CliRunner.Run("", "serve", "--index", _dir, option, value);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(option, r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void An_index_path_that_is_a_file_is_a_one_line_error()
    {
        var file = Path.Combine(_dir, "file.txt");
        File.WriteAllText(file, "x");
        var r = CliRunner.Run("", "ingest", Path.Combine(AppContext.BaseDirectory, "Samples"), "--index", file);
        Assert.Equal(1, r.ExitCode);
        Assert.DoesNotContain("internal error", r.Stderr);
    }

    [Fact]
    public async Task Serve_answers_health_search_and_problems()
    {
        var index = Path.Combine(_dir, "index");
        Assert.Equal(0, CliRunner.Run("", "ingest", Path.Combine(AppContext.BaseDirectory, "Samples"), "--index", index).ExitCode);
        int port = FreePort();
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "bantin.dll"), "serve", "--index", index, "--urls", $"http://127.0.0.1:{port}" })
            psi.ArgumentList.Add(a);
        using var server = Process.Start(psi)!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
            var clock = Stopwatch.StartNew();
            HttpResponseMessage? health = null;
            while (clock.Elapsed < TimeSpan.FromSeconds(60) && !server.HasExited)
            {
                try { health = await http.GetAsync("/api/health"); break; }
                catch (HttpRequestException) { await Task.Delay(200); }
            }
            Assert.NotNull(health);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Contains("\"articles\":2", await health.Content.ReadAsStringAsync());
            var search = await http.GetStringAsync("/api/search?q=lien%20doanh");
            Assert.Contains("Belarus", search);
            var bad = await http.GetAsync("/api/search?q=x&top=-3");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }
}
