using Bantin.Text.Normalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bantin.Text.Tests.Normalization.Legacy;

public class LegacyPropertyTests
{
    // Single capital letters that TCVN3 puts at bytes cp1252 shows as punctuation (Ọ is "–"): standing alone they
    // are read as punctuation by design, so the cp1252 round trip leaves them out.
    private static bool NotLonePunctuationLetter(string word) =>
        word.Length > 1 || !Tcvn3TestEncoder.IsPunctuationByte(Tcvn3TestEncoder.EncodeChar(word[0]));

    [Property]
    public bool Unicode_decoding_is_identity(string? text)
    {
        text ??= "";
        return ReferenceEquals(text, LegacyDecoder.Decode(text, SourceEncoding.Unicode));
    }

    [Property(MaxTest = 300)]
    public Property Vietnamese_text_is_detected_as_unicode_and_left_alone() =>
        Prop.ForAll(VietnameseText.Sentences(40).ToArbitrary(), text =>
            LegacyDecoder.Detect(text) == SourceEncoding.Unicode
            && ReferenceEquals(text, LegacyDecoder.Decode(text, SourceEncoding.Auto)));

    [Property(MaxTest = 300)]
    public Property Vietnamese_letter_soup_is_detected_as_unicode() =>
        Prop.ForAll(VietnameseText.LetterSoup().ToArbitrary(), text => LegacyDecoder.Detect(text) == SourceEncoding.Unicode);

    [Property(MaxTest = 300)]
    public Property Tcvn3_round_trips_through_latin1() =>
        Prop.ForAll(VietnameseText.Sentences(30).ToArbitrary(), text =>
            LegacyDecoder.Decode(ByteArrival.AsLatin1(Tcvn3TestEncoder.Encode(text)), SourceEncoding.Tcvn3) == text);

    [Property(MaxTest = 300)]
    public Property Tcvn3_round_trips_through_cp1252() =>
        Prop.ForAll(VietnameseText.Sentences(30, NotLonePunctuationLetter).ToArbitrary(), text =>
            LegacyDecoder.Decode(ByteArrival.AsCp1252(Tcvn3TestEncoder.Encode(text)), SourceEncoding.Tcvn3) == text);

    [Property(MaxTest = 300)]
    public Property Vni_round_trips() =>
        Prop.ForAll(VietnameseText.Sentences(30).ToArbitrary(), text =>
            LegacyDecoder.Decode(VniTestEncoder.Encode(text), SourceEncoding.Vni) == text);

    [Property(MaxTest = 300)]
    public Property Viqr_round_trips() =>
        Prop.ForAll(VietnameseText.Sentences(30).ToArbitrary(), text =>
            LegacyDecoder.Decode(ViqrTestEncoder.Encode(text), SourceEncoding.Viqr) == text);
}
