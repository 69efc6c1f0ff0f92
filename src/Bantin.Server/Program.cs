using Bantin.Server;

// `dotnet run --project src/Bantin.Server` and `bantin serve` start the same application.
var app = BantinServer.Create(args);
app.Run();

/// <summary>The entry point, named for WebApplicationFactory in the integration tests.</summary>
public partial class Program;
