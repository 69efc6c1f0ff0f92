using Bantin.Search.Searching;

namespace Bantin.Search.Tests;

public sealed class NewsSearcherTests : IClassFixture<NewsSearcherTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public TestIndex Index { get; } = new();
        public NewsSearcher Searcher { get; }
        public Fixture() => Searcher = NewsSearcher.Open(Index.Path);
        public void Dispose() { Searcher.Dispose(); Index.Dispose(); }
    }

    private readonly NewsSearcher _searcher;

    public NewsSearcherTests(Fixture fixture) => _searcher = fixture.Searcher;

    private List<string> Ids(string query, SearchRequest? request = null) =>
        _searcher.Search((request ?? new SearchRequest { Query = query }) with { Query = query }).Hits.Select(h => h.Id).ToList();

    [Theory]
    [InlineData("Tổng Bí thư hội kiến Thủ tướng Trung Quốc")]
    [InlineData("tong bi thu hoi kien thu tuong trung quoc")]
    [InlineData("tổng bi thư hoi kiến thủ tuong trung quốc")]
    [InlineData("tong bi thu hoi kein thu tuong trung quoc")]
    [InlineData("ly khac cuong")]
    public void Finds_the_article_with_all_some_or_no_diacritics_and_with_a_typo(string query) =>
        Assert.Equal("trung-quoc", Ids(query)[0]);

    [Fact]
    public void Syllables_typed_apart_find_a_word_written_as_one()
    {
        Assert.Contains("oto-gia", Ids("o to")); // the article writes only "ôtô"
        Assert.Equal("oto-gia", Ids("gia o to giam manh")[0]);
    }

    [Fact]
    public void A_fragment_of_the_sapo_without_diacritics_ranks_its_article_first() =>
        Assert.Equal("thoi-tiet", Ids("nhieu tuyen pho o ha noi ngap sau")[0]);

    [Fact]
    public void Exact_accents_rank_above_folded_matches()
    {
        // Two articles that differ only in the accents of one word: the one written as typed comes first, either way.
        var articles = new[]
        {
            new News.Model.Article { Id = "ma", Title = "Chuyện ma ở làng", Sapo = "Người dân kể chuyện ma." },
            new News.Model.Article { Id = "ma-grave", Title = "Chuyện mà ở làng", Sapo = "Người dân kể chuyện mà." },
        };
        using var index = new TestIndex(articles);
        using var searcher = NewsSearcher.Open(index.Path);
        Assert.Equal("ma", searcher.Search(new SearchRequest { Query = "chuyện ma" }).Hits[0].Id);
        Assert.Equal("ma-grave", searcher.Search(new SearchRequest { Query = "chuyện mà" }).Hits[0].Id);
        Assert.Equal(2, searcher.Search(new SearchRequest { Query = "chuyen ma" }).Total);
    }

    [Fact]
    public void A_query_of_common_words_finds_articles_where_they_stand_apart()
    {
        var articles = Enumerable.Range(0, 150).Select(i => new News.Model.Article
        {
            Id = $"c{i}", Title = $"Chính phủ họp phiên thứ {i}",
            Sapo = $"Nội dung phiên họp {i} bàn nhiều việc quan trọng của đất nước trong năm tới, với sự tham gia của các bộ ngành và địa phương về kinh tế.",
        }).ToArray();
        using var index = new TestIndex(articles);
        using var searcher = NewsSearcher.Open(index.Path);
        Assert.Equal(150, searcher.Search(new SearchRequest { Query = "chinh phu kinh te" }).Total);
        Assert.Equal(150, searcher.Search(new SearchRequest { Query = "chinh phu phien hop kinh te" }).Total);
    }

    [Fact]
    public void Year_facet_and_year_filter_agree_in_Vietnam_time()
    {
        var article = new News.Model.Article { Id = "new-year", Title = "Pháo hoa đêm giao thừa", Published = new DateTimeOffset(2019, 1, 1, 3, 0, 0, TimeSpan.FromHours(7)) };
        using var index = new TestIndex([article]);
        using var searcher = NewsSearcher.Open(index.Path);
        var all = searcher.Search(new SearchRequest { Query = "" });
        Assert.Equal([new FacetCount("2019", 1)], all.Facets["year"]);
        Assert.Equal(1, searcher.Search(new SearchRequest { Query = "year:2019" }).Total);
        Assert.Equal(0, searcher.Search(new SearchRequest { Query = "year:2018" }).Total);
        Assert.Equal(1, searcher.Search(new SearchRequest { Query = "from:2019-01-01 to:2019-01-01" }).Total);
    }

    [Fact]
    public void Phrases_must_match_and_exclusions_must_not()
    {
        Assert.Equal(["belarus"], Ids("\"liên doanh sản xuất\""));
        Assert.DoesNotContain("belarus", Ids("ôtô -belarus"));
        Assert.Contains("oto-gia", Ids("ôtô -belarus"));
        Assert.DoesNotContain("oto-gia", Ids("oto -\"giam gia\""));
    }

    [Fact]
    public void Keyword_and_date_filters_narrow_the_results()
    {
        Assert.Equal(["bong-da", "thoi-tiet"], Ids("source:\"tuổi trẻ\"").Order());
        Assert.Equal(["bong-da"], Ids("viet nam category:\"Thể thao\""));
        Assert.Equal(["belarus"], Ids("viet nam", new SearchRequest { Query = "", To = new DateTimeOffset(2017, 12, 31, 0, 0, 0, TimeSpan.Zero) }));
        Assert.Equal(["bong-da", "thoi-tiet"], Ids("year:2019").Order());
        Assert.Equal(["trung-quoc"], Ids("from:2018-01-01 to:2018-01-31"));
        Assert.Empty(Ids("author:nobody"));
    }

    [Fact]
    public void Sorting_by_date_puts_undated_articles_last()
    {
        var newest = Ids("", new SearchRequest { Query = "", Sort = SearchSort.Newest, Top = 10 });
        Assert.Equal(["bong-da", "thoi-tiet", "trung-quoc", "belarus", "oto-gia"], newest);
        var oldest = Ids("", new SearchRequest { Query = "", Sort = SearchSort.Oldest, Top = 10 });
        Assert.Equal("belarus", oldest[0]);
    }

    [Fact]
    public void Facets_count_every_match()
    {
        var result = _searcher.Search(new SearchRequest { Query = "" });
        Assert.Equal(5, result.Total);
        Assert.Equal([new FacetCount("VnExpress", 3), new FacetCount("Tuổi Trẻ", 2)], result.Facets["source"]);
        Assert.Contains(new FacetCount("2019", 2), result.Facets["year"]);
        Assert.Equal(4, result.Facets["category"].Count);
    }

    [Fact]
    public void Snippets_highlight_exactly_the_matched_words()
    {
        var hit = _searcher.Search(new SearchRequest { Query = "ly khac cuong" }).Hits[0];
        Assert.NotEmpty(hit.Highlights);
        foreach (var h in hit.Highlights)
            Assert.Equal("lý khắc cường", hit.Snippet[h.Start..h.End].ToLowerInvariant());
    }

    [Fact]
    public void Snippets_mark_a_word_written_as_one_that_syllables_typed_apart_matched()
    {
        var hit = _searcher.Search(new SearchRequest { Query = "gia o to" }).Hits.Single(h => h.Id == "oto-gia");
        var marked = hit.Highlights.Select(h => hit.Snippet[h.Start..h.End].ToLowerInvariant()).ToList();
        Assert.Contains(marked, m => m.Contains("ôtô"));          // neighbouring marks merge: "[giá ôtô]"
        Assert.All(marked, m => Assert.Contains(m, new[] { "ôtô", "giá", "giá ôtô" }));
    }

    [Fact]
    public void Pages_do_not_overlap()
    {
        var first = Ids("", new SearchRequest { Query = "", Top = 2, Page = 1, Sort = SearchSort.Newest });
        var second = Ids("", new SearchRequest { Query = "", Top = 2, Page = 2, Sort = SearchSort.Newest });
        Assert.Equal(2, first.Count);
        Assert.Equal(2, second.Count);
        Assert.Empty(first.Intersect(second));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-3, 1)]
    [InlineData(101, 1)]
    [InlineData(10, 0)]
    public void Invalid_requests_are_refused_with_a_reason(int top, int page)
    {
        var e = Assert.Throws<ArgumentException>(() => _searcher.Search(new SearchRequest { Query = "x", Top = top, Page = page }));
        Assert.Matches("top|page", e.Message);
    }

    [Fact]
    public void Articles_are_found_by_id_and_related_articles_share_their_words()
    {
        Assert.Equal("Giá ôtô giảm mạnh cuối năm", _searcher.Get("oto-gia")!.Title);
        Assert.Null(_searcher.Get("nope"));
        Assert.Null(_searcher.Related("nope"));
        var related = _searcher.Related("oto-gia")!;
        Assert.DoesNotContain(related, h => h.Id == "oto-gia");
        Assert.Equal("belarus", related[0].Id);
    }

    [Fact]
    public void Hostile_queries_never_throw()
    {
        foreach (var q in new[] { "\"", "\"\"", "-", "--x", "source:", ":", "a:b:c", "*", "?", "(", "[", "\\", "OR AND NOT", "from:not-a-date", "year:99999",
                     "to:9999-12-31", "to:9999-12", "from:0001-01-01", "year:9999", "to:12/9999", "😀", "\u0000", new string('a', 1000) })
            _searcher.Search(new SearchRequest { Query = q });
    }
}
