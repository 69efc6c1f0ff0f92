using Bantin.Text.Normalization;
using Bantin.Text.Tests.Infrastructure;

namespace Bantin.Text.Tests.Normalization.Legacy;

public class LegacyDecoderCaseTests
{
    public static TheoryData<CaseFile.Case> Decoding => CaseFile.Data(
        "Legacy/tcvn3.cases", "Legacy/tcvn3-arrival.cases", "Legacy/vni.cases", "Legacy/viqr.cases");

    public static TheoryData<CaseFile.Case> Detection => CaseFile.Data("Legacy/auto.cases");

    [Theory]
    [MemberData(nameof(Decoding))]
    public void Explicit_encoding_decodes_as_the_case_file_says(CaseFile.Case c)
    {
        var encoding = Enum.Parse<SourceEncoding>(c.Option("encoding", "missing"));
        Assert.Equal(c.Expected, LegacyDecoder.Decode(c.Input, encoding));
    }

    [Theory]
    [MemberData(nameof(Decoding))]
    public void Decoded_text_is_NFC(CaseFile.Case c)
    {
        var decoded = LegacyDecoder.Decode(c.Input, Enum.Parse<SourceEncoding>(c.Option("encoding", "missing")));
        Assert.True(decoded.IsNormalized(System.Text.NormalizationForm.FormC), c.ToString());
    }

    [Theory]
    [MemberData(nameof(Detection))]
    public void Auto_detects_and_decodes_as_the_case_file_says(CaseFile.Case c)
    {
        Assert.Equal(Enum.Parse<SourceEncoding>(c.Option("detect", "missing")), LegacyDecoder.Detect(c.Input));
        Assert.Equal(c.Expected, LegacyDecoder.Decode(c.Input, SourceEncoding.Auto));
    }
}
