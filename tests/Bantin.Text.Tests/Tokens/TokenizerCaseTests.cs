using Bantin.Text.Tests.Infrastructure;
using Bantin.Text.Tokens;

namespace Bantin.Text.Tests.Tokens;

/// <summary>Every case under <c>Cases/Tokens/</c>; see the README there for the format.</summary>
public class TokenizerCaseTests
{
    private static string[] CaseFiles() =>
        Directory.GetFiles(Path.Combine(CaseFile.CasesDirectory, "Tokens"), "*.cases")
            .Select(path => Path.GetRelativePath(CaseFile.CasesDirectory, path))
            .Order(StringComparer.Ordinal)
            .ToArray();

    public static TheoryData<CaseFile.Case> Cases => CaseFile.Data(CaseFiles());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokens_match_case_file(CaseFile.Case c) => Assert.Equal(c.Expected, TokenFormatter.Format(c.Input));

    [Fact]
    public void Every_token_kind_has_a_case()
    {
        var expected = string.Join(' ', CaseFiles().SelectMany(CaseFile.Load).Select(c => c.Expected));
        foreach (var kind in Enum.GetValues<TokenKind>().Where(k => k != TokenKind.Syllable)) // syllables are written bare
            Assert.True(expected.Contains($"]{kind}", StringComparison.Ordinal), $"no case expects a {kind} token");
    }
}
