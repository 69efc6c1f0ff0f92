using System.CommandLine;
using Bantin.Server;
using Microsoft.AspNetCore.Hosting;

namespace Bantin.Cli.Commands;

/// <summary><c>bantin serve</c>: the HTTP API and the web page over an index, on 127.0.0.1:5000 by default.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var index = IndexOption.Create();
        var urls = new Option<string>("--urls") { Description = "Where to listen (default http://127.0.0.1:5000; e.g. http://0.0.0.0:8080 to serve the network).", DefaultValueFactory = _ => BantinServer.DefaultUrl };
        var apiKey = new Option<string?>("--api-key") { Description = "Accept POST /api/articles with this key (default: $BANTIN_API_KEY; writes are off without a key)." };
        var command = new Command("serve", "Serve the HTTP API and the web page.") { index, urls, apiKey };
        command.SetAction(parse =>
        {
            var app = BantinServer.Create([], builder =>
            {
                builder.Configuration["Bantin:Index"] = Path.GetFullPath(parse.GetValue(index)!);
                if (parse.GetValue(apiKey) is { Length: > 0 } key) builder.Configuration["Bantin:ApiKey"] = key;
                builder.WebHost.UseUrls(parse.GetValue(urls)!);
            });
            context.Stderr.WriteLine($"bantin: serving {parse.GetValue(index)} on {parse.GetValue(urls)} (Ctrl+C stops)");
            app.Run();
            return ExitCodes.Ok;
        });
        return command;
    }
}
