using System.CommandLine;

namespace Bantin.Cli.Commands;

/// <summary>
/// <c>--model FILE</c> and <c>--rules</c> of an eval command: the shipped learned model by default, another model file,
/// or none (the hand-written rules alone).
/// </summary>
internal sealed class ModelChoice<TModel>(string modelHelp, string rulesHelp, Func<TModel> shipped, Func<string, TModel> load)
    where TModel : class
{
    public Option<FileInfo?> Model { get; } = new("--model") { Description = modelHelp };

    public Option<bool> Rules { get; } = new("--rules") { Description = rulesHelp };

    /// <summary>The chosen model, null for the rules alone; a missing or damaged file is a one-line error.</summary>
    public TModel? Resolve(ParseResult parse)
    {
        var file = parse.GetValue(Model);
        bool rules = parse.GetValue(Rules);
        if (file is null) return rules ? null : shipped();
        if (rules) throw new CliException("--model and --rules exclude each other");
        if (!file.Exists) throw new CliException($"{file.FullName}: no such file");
        try
        {
            return load(file.FullName);
        }
        catch (FormatException e)
        {
            throw new CliException(e.Message);
        }
    }
}
