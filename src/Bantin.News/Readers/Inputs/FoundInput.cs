namespace Bantin.News.Readers.Inputs;

/// <summary>
/// One input the paths led to: its display <see cref="Name"/> and where to open it (<see cref="Path"/> null: stdin),
/// or an <see cref="Error"/> for a path that leads nowhere (missing, unreadable folder, folder loop).
/// </summary>
internal readonly record struct FoundInput(string Name, string? Path, ReadError? Error)
{
    public static FoundInput Stdin => new(ArticleInputs.StdinName, null, null);
    public static FoundInput Fail(string name, string reason) => new(name, null, new ReadError(name, 0, reason));
}
