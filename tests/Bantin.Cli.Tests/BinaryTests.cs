using System.Diagnostics;
using System.Text;

namespace Bantin.Cli.Tests;

/// <summary>
/// Runs the real bantin executable in a child process: catches what in-process tests cannot (runtime configuration
/// such as globalization mode, console encoding, exit codes, no stack traces).
/// </summary>
public class BinaryTests
{
    private static (int Code, string Stdout, string Stderr) Run(string stdin, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "bantin.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8, UseShellExecute = false,
        };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdinBytes = Encoding.UTF8.GetBytes(stdin);
        p.StandardInput.BaseStream.Write(stdinBytes);
        p.StandardInput.Close();
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(60_000), "bantin did not finish");
        return (p.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void The_executable_composes_decomposed_unicode()
    {
        // Regression: with InvariantGlobalization the runtime cannot normalize, and NFC silently did nothing.
        var (code, stdout, _) = Run("Die\u0302\u0303n \u0111a\u0300n\n", "normalize");
        Assert.Equal(0, code);
        Assert.Equal("Diễn đàn\n", stdout);
    }

    [Fact]
    public void Bad_usage_exits_1_with_a_message_and_no_stack_trace()
    {
        var (code, _, stderr) = Run("", "normalize", "/no/such/file");
        Assert.Equal(1, code);
        Assert.Contains("no such file", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    // Runs `bantin COMMAND DIR > DIR/OUT` in a shell over a folder holding one input file; the exit code (-1 when it
    // had to be killed), stderr and the lines written to OUT.
    // With throughLink the folder is named by a link to it, in the command and in the redirect.
    private static (int Code, string Stderr, string[] Output) RunIntoFileInside(
        string command, string input, string text, string outName, bool throughLink = false)
    {
        var dir = Directory.CreateTempSubdirectory("bantin-out-");
        var link = dir.FullName + "-link";
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, input), text);
            if (throughLink) Directory.CreateSymbolicLink(link, dir.FullName);
            var psi = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true, UseShellExecute = false };
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add("dotnet \"$0\" $1 \"$2\" > \"$2/$3\"");
            psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "bantin.dll"));
            psi.ArgumentList.Add(command);
            psi.ArgumentList.Add(throughLink ? link : dir.FullName);
            psi.ArgumentList.Add(outName);
            using var p = Process.Start(psi)!;
            var error = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(60_000))
            {
                p.Kill(entireProcessTree: true);
                return (-1, "killed", []);
            }
            return (p.ExitCode, error.Result, File.ReadAllLines(Path.Combine(dir.FullName, outName)));
        }
        finally
        {
            if (throughLink) File.Delete(link);
            dir.Delete(recursive: true);
        }
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reading_a_folder_into_a_file_inside_it_does_not_read_the_file_back(bool throughLink)
    {
        // Regression: `bantin read . > out.jsonl` read its own growing output and wrote 15 GB in ten minutes.
        Skip.IfNot(OperatingSystem.IsLinux(), "the output file is found through /proc");
        var (code, stderr, output) = RunIntoFileInside("read", "a.jsonl", "{\"id\":\"a1\",\"title\":\"Một\",\"body\":\"Thân bài.\"}\n", "out.jsonl", throughLink);
        Assert.True(code == 1, $"exit {code}: {stderr}");
        Assert.Contains("out.jsonl: is the output of this command; not read", stderr);
        Assert.Equal(["a1"], output.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Splitting_a_folder_into_a_file_inside_it_does_not_read_the_file_back(bool throughLink)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "the output file is found through /proc");
        var (code, stderr, output) = RunIntoFileInside("sentences", "a.txt", "Câu một. Câu hai.\n", "out.txt", throughLink);
        Assert.True(code == 0, $"exit {code}: {stderr}");
        Assert.Contains("out.txt: is the output of this command; not read", stderr);
        Assert.Equal(["Câu một.", "Câu hai."], output);
    }
}
