using System.Text.Encodings.Web;
using Bantin.Server.Api;
using Microsoft.AspNetCore.Diagnostics;

namespace Bantin.Server;

/// <summary>Builds the HTTP application: the JSON API under <c>/api</c>, OpenAPI at <c>/openapi/v1.json</c>, the web page at <c>/</c>.</summary>
public static class BantinServer
{
    public const string DefaultUrl = "http://127.0.0.1:5000";

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var config = builder.Configuration;
        var options = new ServerOptions
        {
            IndexPath = NonEmpty(config["Bantin:Index"]) ?? ServerOptions.DefaultIndexPath,
            // A configured key, even an empty one (= writes off), wins over the environment.
            ApiKey = config["Bantin:ApiKey"] is { } configured ? NonEmpty(configured) : NonEmpty(Environment.GetEnvironmentVariable("BANTIN_API_KEY")),
            ReadingConcurrency = Count(config, "Bantin:ReadingConcurrency", min: 1, max: ServerOptions.MaxReading) ?? ServerOptions.DefaultReadingConcurrency,
            ReadingQueue = Count(config, "Bantin:ReadingQueue", min: 0, max: 2 * ServerOptions.MaxReading),
        };
        if (string.IsNullOrEmpty(config["urls"]) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_URLS")))
            builder.WebHost.UseUrls(DefaultUrl);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 8 * ServerOptions.MaxBodyBytes);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ReadingLimiter>();
        builder.Services.AddSingleton<IndexHolder>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(j => j.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A malformed request keeps its own 4xx status; anything else unhandled is ours: 500.
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.MapOpenApi();
        SearchApi.Map(app);
        ArticlesApi.Map(app);
        AnalyzeApi.Map(app);
        HealthApi.Map(app);
        WebPage.Map(app);
        return app;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    // A whole number setting from min to max, or null when not set; anything else is a configuration error.
    private static int? Count(IConfiguration config, string key, int min, int max)
    {
        if (NonEmpty(config[key]) is not { } text) return null;
        return int.TryParse(text, out int n) && n >= min && n <= max
            ? n
            : throw new ServerConfigurationException($"{key} must be a whole number from {min} to {max}, not '{text}'.");
    }
}
