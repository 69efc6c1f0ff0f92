using Bantin.Search.Searching;

namespace Bantin.Search.Tests;

public class QueryBuilderTests
{
    private static string Built(string query) => QueryBuilder.Build(QueryText.Parse(query), new SearchRequest { Query = query }).ToString();

    [Fact]
    public void Words_typed_again_and_again_get_no_near_phrase_clause()
    {
        // The near phrase (slop 4) stays for ordinary queries, a word repeated a little included.
        Assert.Contains("~4", Built("giá lúa gạo tăng mạnh"));
        Assert.Contains("~4", Built("lúa lúa lúa gạo"));
        // A word typed more than three times would make the sloppy phrase scorer try every placement of its repeats.
        var repeated = Built(string.Join(' ', Enumerable.Repeat("lúa", 250)));
        Assert.DoesNotContain("~4", repeated);
        Assert.Contains("\"lua lua", repeated);                      // the exact phrase still counts
    }
}
