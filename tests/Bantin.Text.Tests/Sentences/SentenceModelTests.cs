using Bantin.Text.Sentences;
using Bantin.Text.Sentences.Learning;

namespace Bantin.Text.Tests.Sentences;

public class SentenceModelTests
{
    private const string Text = "Chúng tôi đã chờ rất lâu... Tuy nhiên, không ai đến. Ông nói: \"Tôi đi.\" Sau đó ông đi. Giá tăng 2%. Giá USD giảm.";

    [Fact]
    public void The_shipped_model_loads_once_and_has_weights()
    {
        Assert.Same(SentenceModel.Default, SentenceModel.Default);
        Assert.InRange(SentenceModel.Default.NonZero, 1_000, 100_000);
    }

    [Fact]
    public void A_written_model_reads_back_with_the_same_decisions()
    {
        using var stream = new MemoryStream();
        SentenceModel.Default.Write(stream);
        stream.Position = 0;
        var back = SentenceModel.Read(stream, "test");
        Assert.Equal(SentenceModel.Default.NonZero, back.NonZero);
        Assert.Equal(SentenceSplitter.Split(Text, SentenceModel.Default), SentenceSplitter.Split(Text, back));
    }

    [Fact]
    public void Something_else_is_refused_with_its_name()
    {
        using var notGzip = new MemoryStream("not a model"u8.ToArray());
        Assert.Contains("x.bin.gz", Assert.Throws<FormatException>(() => SentenceModel.Read(notGzip, "x.bin.gz")).Message);

        using var full = new MemoryStream();
        SentenceModel.Default.Write(full);
        using var cut = new MemoryStream(full.ToArray()[..(int)(full.Length / 2)]);
        Assert.Throws<FormatException>(() => SentenceModel.Read(cut, "cut"));
    }

    [Fact]
    public void A_boundary_model_of_the_reader_is_not_a_sentence_model()
    {
        using var other = new MemoryStream();
        new Bantin.Text.Learning.LinearModel(new float[256]).Write(other, magic: 0x42525442, version: 1);
        other.Position = 0;
        Assert.Contains("not a sentence model", Assert.Throws<FormatException>(() => SentenceModel.Read(other, "read.bin.gz")).Message);
    }
}
