using Bantin.News.Readers.Dumps;

namespace Bantin.News.Tests.Dumps;

public class FieldMappingTests
{
    [Fact]
    public void Defaults_cover_the_common_names()
    {
        var m = FieldMapping.Default;
        Assert.Equal(["sapo", "description", "abstract", "lead", "summary"], m.NamesOf(DumpField.Sapo));
        Assert.Equal(["body", "content", "text"], m.NamesOf(DumpField.Body));
        Assert.Contains("published_at", m.NamesOf(DumpField.Published));
        Assert.Contains("byline", m.NamesOf(DumpField.Author));
        Assert.Contains("section", m.NamesOf(DumpField.Category));
        Assert.Contains("site", m.NamesOf(DumpField.Source));
        Assert.Contains("link", m.NamesOf(DumpField.Url));
    }

    [Fact]
    public void A_spec_replaces_one_field_and_takes_its_names_from_the_others()
    {
        var m = FieldMapping.Default.With("sapo=body").With("body=content_text, noi_dung");
        Assert.Equal(["body"], m.NamesOf(DumpField.Sapo));
        Assert.Equal(["content_text", "noi_dung"], m.NamesOf(DumpField.Body));
        Assert.Equal(FieldMapping.Default.NamesOf(DumpField.Title), m.NamesOf(DumpField.Title));
    }

    [Fact]
    public void Date_names_the_published_field_and_an_empty_list_turns_a_field_off()
    {
        var m = FieldMapping.Parse(["date=pubDate,updated", "author="]);
        Assert.Equal(["pubDate", "updated"], m.NamesOf(DumpField.Published));
        Assert.Empty(m.NamesOf(DumpField.Author));
    }

    [Theory]
    [InlineData("bdy=x", "Unknown field 'bdy' in mapping 'bdy=x'. Fields: id, title, sapo, body, author, url, published, category, source.")]
    [InlineData("body", "Mapping 'body' is not field=name (e.g. body=content_text). Fields: id, title, sapo, body, author, url, published, category, source.")]
    public void Bad_specs_say_what_is_accepted(string spec, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => FieldMapping.Default.With(spec)).Message);
}
