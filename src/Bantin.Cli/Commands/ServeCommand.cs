using System.CommandLine;
using Bantin.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bantin.Cli.Commands;

/// <summary><c>bantin serve</c>: the HTTP API and the web page over an index, on 127.0.0.1:5000 by default.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var index = IndexOption.Create();
        var urls = new Option<string>("--urls") { Description = "Where to listen (default http://127.0.0.1:5000; e.g. http://0.0.0.0:8080 to serve the network).", DefaultValueFactory = _ => BantinServer.DefaultUrl };
        var apiKey = new Option<string?>("--api-key") { Description = "Accept POST /api/articles with this key; prefer $BANTIN_API_KEY (a command line is visible to other users). Writes are off without a key." };
        var readers = new Option<int?>("--reading-concurrency")
        {
            Description = $"Requests that may read articles at once (POST /api/analyze, /api/articles); twice as many wait, more get 429 (default: all cores but one, here {ServerOptions.DefaultReadingConcurrency}).",
            CustomParser = r =>
            {
                string text = r.Tokens is [var token] ? token.Value : "";
                if (int.TryParse(text, out int n) && n is >= 1 and <= ServerOptions.MaxReading) return n;
                r.AddError($"--reading-concurrency: a whole number from 1 to {ServerOptions.MaxReading}, not '{text}'.");
                return null;
            },
        };
        var command = new Command("serve", "Serve the HTTP API and the web page.") { index, urls, apiKey, readers };
        command.SetAction(parse =>
        {
            var listen = parse.GetValue(urls)!;
            foreach (var url in listen.Split(';', StringSplitOptions.RemoveEmptyEntries))
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                    throw new CliException($"--urls: '{url}' is not an http:// or https:// address (e.g. http://127.0.0.1:5000)");
            void Configure(WebApplicationBuilder builder)
            {
                builder.Configuration["Bantin:Index"] = Path.GetFullPath(parse.GetValue(index)!);
                if (parse.GetValue(apiKey) is { Length: > 0 } key) builder.Configuration["Bantin:ApiKey"] = key;
                if (parse.GetValue(readers) is { } n) builder.Configuration["Bantin:ReadingConcurrency"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                builder.WebHost.UseUrls(listen);
                // Start-up failures are reported by bantin in one line, not by the host's logger with a stack trace.
                builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
                builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
            }
            WebApplication app;
            try { app = BantinServer.Create([], Configure); }
            catch (ServerConfigurationException e) { throw new CliException(e.Message); }
            try { app.Start(); }
            catch (IOException e) { throw new CliException($"cannot listen on {listen}: {e.Message}"); }
            context.Stderr.WriteLine($"bantin: serving {parse.GetValue(index)} on {string.Join(", ", app.Urls)} (Ctrl+C stops)");
            app.WaitForShutdown();
            return ExitCodes.Ok;
        });
        return command;
    }
}
