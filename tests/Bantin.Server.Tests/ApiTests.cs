using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Bantin.Server.Tests;

public sealed class ApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly HttpClient _client = fixture.Factory.CreateClient();

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string detailContains)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json(response);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.Contains(detailContains, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Search_without_diacritics_returns_hits_with_snippets_and_facets()
    {
        var response = await _client.GetAsync("/api/search?q=tong%20bi%20thu%20hoi%20kien");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await Json(response);
        var hit = result.GetProperty("hits")[0];
        Assert.Equal("trung-quoc", hit.GetProperty("id").GetString());
        var snippet = hit.GetProperty("snippet").GetString()!;
        var h = hit.GetProperty("highlights")[0];
        Assert.Equal("Tổng Bí thư", snippet[h.GetProperty("start").GetInt32()..h.GetProperty("end").GetInt32()]);
        Assert.True(result.GetProperty("facets").GetProperty("source").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Search_filters_pages_and_sorts()
    {
        var result = await Json(await _client.GetAsync("/api/search?q=&sort=newest&top=2&page=1&source=VnExpress"));
        Assert.Equal(2, result.GetProperty("total").GetInt32());
        Assert.Equal("trung-quoc", result.GetProperty("hits")[0].GetProperty("id").GetString());
        var dated = await Json(await _client.GetAsync("/api/search?q=oto&from=2019&to=2019"));
        Assert.Equal(["oto"], dated.GetProperty("hits").EnumerateArray().Select(x => x.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("top=-3", "top")]
    [InlineData("top=abc", "top")]
    [InlineData("top=1000", "top")]
    [InlineData("page=0", "page")]
    [InlineData("sort=popular", "sort")]
    [InlineData("sort=newest,oldest", "sort")]
    [InlineData("sort=1", "sort")]
    [InlineData("to=9999-12-31", "to")]
    [InlineData("from=yesterday", "from")]
    [InlineData("from=2019&to=2018", "from")]
    public async Task Invalid_search_parameters_are_400_problems(string query, string mentions) =>
        await AssertProblem(await _client.GetAsync("/api/search?q=x&" + query), HttpStatusCode.BadRequest, mentions);

    [Fact]
    public async Task A_query_over_the_length_limit_is_a_400()
    {
        var q = new string('a', 1001);
        await AssertProblem(await _client.GetAsync("/api/search?q=" + q), HttpStatusCode.BadRequest, "1000");
    }

    [Fact]
    public async Task Articles_by_id_and_their_related_articles()
    {
        var article = await Json(await _client.GetAsync("/api/articles/belarus"));
        Assert.Equal("Trọng Giáp", article.GetProperty("author").GetString());
        Assert.Equal("Video: VTV", article.GetProperty("credits")[0].GetString());
        var related = await Json(await _client.GetAsync("/api/articles/oto/related"));
        Assert.True(related.GetArrayLength() >= 1);
        Assert.DoesNotContain(related.EnumerateArray(), r => r.GetProperty("id").GetString() == "oto");
    }

    [Theory]
    [InlineData("/api/articles/nope")]
    [InlineData("/api/articles/nope/related")]
    public async Task Unknown_ids_are_404_problems(string path) =>
        await AssertProblem(await _client.GetAsync(path), HttpStatusCode.NotFound, "nope");

    [Fact]
    public async Task Analyze_reads_a_fused_article_and_reports_repairs()
    {
        var raw = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "seed-000-belarus.txt"));
        var response = await _client.PostAsync("/api/analyze", new StringContent(raw, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var article = await Json(response);
        Assert.Equal("Việt Nam - Belarus lập liên doanh sản xuất ôtô Minsk", article.GetProperty("title").GetString());
        Assert.Contains(article.GetProperty("repairs").EnumerateArray(), r => r.GetProperty("kind").GetString() == "split-syllable");
    }

    [Fact]
    public async Task Analyze_reads_html()
    {
        const string html = "<html><head><title>Tiêu đề thử - VnExpress</title><link rel=\"canonical\" href=\"https://vnexpress.net/tieu-de-thu-1.html\"></head><body>"
            + "<h1 class=\"title-detail\">Tiêu đề thử</h1><p class=\"description\">Sapo của bài báo thử nghiệm.</p><article class=\"fck_detail\">"
            + "<p class=\"Normal\">Đoạn thân bài thứ nhất khá dài để được nhận là nội dung chính của trang, nói về giao thông Hà Nội trong mùa mưa.</p>"
            + "<p class=\"Normal\">Đoạn thứ hai cũng đủ dài để thuộc về thân bài của bài báo, với ý kiến của người dân và chuyên gia.</p>"
            + "<p class=\"author_mail\"><strong>Minh Anh</strong></p></article></body></html>";
        var response = await _client.PostAsync("/api/analyze", new StringContent(html, Encoding.UTF8, "text/html"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Tiêu đề thử", (await Json(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Analyze_refuses_other_types_large_and_empty_bodies()
    {
        await AssertProblem(await _client.PostAsync("/api/analyze", new StringContent("<a/>", Encoding.UTF8, "application/xml")), HttpStatusCode.UnsupportedMediaType, "text/plain");
        var big = new string('a', 1024 * 1024 + 1);
        await AssertProblem(await _client.PostAsync("/api/analyze", new StringContent(big, Encoding.UTF8, "text/plain")), HttpStatusCode.RequestEntityTooLarge, "1,048,576");
        await AssertProblem(await _client.PostAsync("/api/analyze", new StringContent("   ", Encoding.UTF8, "text/plain")), HttpStatusCode.BadRequest, "empty");
    }

    [Fact]
    public async Task Writes_need_the_key_and_then_index_the_article()
    {
        const string json = "{\"id\":\"new-1\",\"title\":\"Bài mới về giao thông Hà Nội\",\"sapo\":\"Ùn tắc kéo dài.\",\"body\":[\"Nội dung.\"]}";
        await AssertProblem(await _client.PostAsync("/api/articles", new StringContent(json, Encoding.UTF8, "application/json")), HttpStatusCode.Unauthorized, "X-Api-Key");

        var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        wrong.Headers.Add("X-Api-Key", "wrong");
        await AssertProblem(await _client.SendAsync(wrong), HttpStatusCode.Unauthorized, "X-Api-Key");

        var right = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        right.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerFixture.ApiKey);
        var created = await _client.SendAsync(right);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/articles/new-1", created.Headers.Location?.OriginalString);

        var found = await Json(await _client.GetAsync("/api/search?q=giao%20thong%20ha%20noi"));
        Assert.Equal("new-1", found.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_id_with_a_slash_can_be_written_and_read_back()
    {
        var m = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = new StringContent("{\"id\":\"vnexpress/123\",\"title\":\"Bài có mã chứa gạch chéo\",\"body\":[\"Nội dung.\"]}", Encoding.UTF8, "application/json"),
        };
        m.Headers.Add("X-Api-Key", ServerFixture.ApiKey);
        var created = await _client.SendAsync(m);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var article = await Json(await _client.GetAsync(created.Headers.Location!.OriginalString));
        Assert.Equal("vnexpress/123", article.GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_article_the_index_cannot_take_is_a_400()
    {
        var m = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = new StringContent($"{{\"id\":\"big\",\"title\":\"x\",\"source\":\"{new string('s', 5000)}\"}}", Encoding.UTF8, "application/json"),
        };
        m.Headers.Add("X-Api-Key", ServerFixture.ApiKey);
        await AssertProblem(await _client.SendAsync(m), HttpStatusCode.BadRequest, "source");
    }

    [Fact]
    public async Task Bad_writes_are_400_or_415()
    {
        HttpRequestMessage Post(string body, string type)
        {
            var m = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(body, Encoding.UTF8, type) };
            m.Headers.Add("X-Api-Key", ServerFixture.ApiKey);
            return m;
        }
        await AssertProblem(await _client.SendAsync(Post("{not json", "application/json")), HttpStatusCode.BadRequest, "JSON");
        await AssertProblem(await _client.SendAsync(Post("[1,2]", "application/json")), HttpStatusCode.BadRequest, "object");
        await AssertProblem(await _client.SendAsync(Post("<p>x</p>", "text/html")), HttpStatusCode.UnsupportedMediaType, "application/json");
    }

    [Fact]
    public async Task A_server_without_a_key_refuses_writes()
    {
        using var factory = ServerFixture.For(fixture.IndexPath, apiKey: null);
        var client = factory.CreateClient();
        var m = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent("{\"title\":\"x\"}", Encoding.UTF8, "application/json") };
        m.Headers.Add("X-Api-Key", "anything");
        await AssertProblem(await client.SendAsync(m), HttpStatusCode.Forbidden, "api-key");
    }

    [Fact]
    public async Task Health_openapi_and_the_page_are_served()
    {
        var health = await Json(await _client.GetAsync("/api/health"));
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("articles").GetInt32() >= 4);

        var openapi = await _client.GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/search", "/api/articles/{id}", "/api/articles/{id}/related", "/api/analyze", "/api/articles", "/api/health" })
            Assert.Contains($"\"{path}\"", openapi);

        var page = await _client.GetAsync("/");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("lang=\"vi\"", await page.Content.ReadAsStringAsync());
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/app.js")).StatusCode);
    }

    [Fact]
    public async Task A_missing_index_is_reported_not_crashed()
    {
        using var factory = ServerFixture.For(Path.Combine(fixture.IndexPath, "missing"), apiKey: null);
        var client = factory.CreateClient();
        await AssertProblem(await client.GetAsync("/api/search?q=x"), HttpStatusCode.ServiceUnavailable, "bantin ingest");
        Assert.Equal("no-index", (await Json(await client.GetAsync("/api/health"))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Hostile_input_never_gets_a_500()
    {
        string[] queries = ["\"", "-", "a:b:c", "%FF", "%00", "😀", "source:", "from:", "(", "\\", "year:0", "-\"x", new string('"', 999)];
        foreach (var q in queries)
        {
            var r = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
            Assert.True((int)r.StatusCode < 500, $"{q}: {(int)r.StatusCode}");
        }
        // (A NUL in the path is refused by the test server's client before any request; Kestrel answers it with 400.)
        foreach (var path in new[] { "/api/articles/%2F..%2F", "/api/search?top=99999999999999", "/api/articles/x/related?top=-1", "/nothing" })
            Assert.True((int)(await _client.GetAsync(path)).StatusCode < 500, path);
        var binary = new ByteArrayContent([0xFF, 0xFE, 0x00, 0x01, 0x80]);
        binary.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        Assert.True((int)(await _client.PostAsync("/api/analyze", binary)).StatusCode < 500);
    }
}
