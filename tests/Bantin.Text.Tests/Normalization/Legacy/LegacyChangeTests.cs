using Bantin.Text.Normalization;

namespace Bantin.Text.Tests.Normalization.Legacy;

/// <summary>How decoding records its edits: one LegacyDecode replacement per changed word, in order, offsets kept.</summary>
public class LegacyChangeTests
{
    private static (string Text, OffsetMap Map, List<TextChange> Changes) Run(string source, SourceEncoding encoding)
    {
        var changes = new List<TextChange>();
        var builder = new EditBuilder(source, OffsetMap.Identity, changes);
        LegacyDecoder.Decode(builder, encoding);
        var (text, map) = builder.Build();
        return (text, map, changes);
    }

    [Fact]
    public void One_replacement_per_changed_word_and_none_for_unchanged_words()
    {
        const string source = "Hµ Néi, ViÖt Nam 2024";
        var (text, _, changes) = Run(source, SourceEncoding.Tcvn3);
        Assert.Equal("Hà Nội, Việt Nam 2024", text);
        Assert.Equal(
            [
                new TextChange(ChangeKind.LegacyDecode, 0, 2, "Hµ", "Hà"),
                new TextChange(ChangeKind.LegacyDecode, 3, 3, "Néi", "Nội"),
                new TextChange(ChangeKind.LegacyDecode, 8, 4, "ViÖt", "Việt"),
            ],
            changes);
    }

    [Fact]
    public void Words_that_shrink_keep_offsets_of_the_text_after_them()
    {
        const string source = "Vieät Nam";
        var (text, map, changes) = Run(source, SourceEncoding.Vni);
        Assert.Equal("Việt Nam", text);
        Assert.Single(changes);
        Assert.Equal(source.IndexOf("Nam", StringComparison.Ordinal), map.ToOriginalStart(text.IndexOf("Nam", StringComparison.Ordinal)));
        Assert.Equal(5, map.ToOriginalEnd(4)); // "Việt" ends where "Vieät" ended
    }

    [Fact]
    public void Punctuation_left_as_it_was_stays_out_of_the_replacement()
    {
        var (text, _, changes) = Run("the^'? ddi\\.", SourceEncoding.Viqr);
        Assert.Equal("thế? đi.", text);
        Assert.Equal(
            [
                new TextChange(ChangeKind.LegacyDecode, 0, 5, "the^'", "thế"),
                new TextChange(ChangeKind.LegacyDecode, 7, 4, "ddi\\", "đi"),
            ],
            changes);
    }

    [Theory]
    [InlineData(SourceEncoding.Unicode)]
    [InlineData(SourceEncoding.Auto)]
    public void Unicode_and_undetected_text_record_nothing(SourceEncoding encoding)
    {
        const string source = "Hà Nội, Việt Nam — “tin nóng”…";
        var (text, map, changes) = Run(source, encoding);
        Assert.Same(source, text);
        Assert.True(map.IsIdentity);
        Assert.Empty(changes);
    }

    [Fact]
    public void Unchanged_text_is_returned_as_is() =>
        Assert.Same("plain ASCII text", LegacyDecoder.Decode("plain ASCII text", SourceEncoding.Tcvn3));

    [Fact]
    public void Unknown_encoding_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LegacyDecoder.Decode("x", (SourceEncoding)42));

    [Fact]
    public void Long_runs_decode_whole()
    {
        string run = string.Concat(Enumerable.Repeat("t«i", 100));
        Assert.Equal(string.Concat(Enumerable.Repeat("tôi", 100)), LegacyDecoder.Decode(run, SourceEncoding.Tcvn3));
    }
}
