using System.Text;
using NewsBot.Ingestion.Articles;

namespace NewsBot.Ingestion.Tests.Articles;

public sealed class BinaryContentTests
{
    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D })]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03 })]
    public void IsBinary_ImageOrArchive_True(byte[] start) => Assert.True(BinaryContent.IsBinary(start));

    [Theory]
    [InlineData("Plain ASCII text.")]
    [InlineData("Å sjå «sitat» og “quotes” — UTF-8.")]
    [InlineData("")]
    public void IsBinary_Utf8Text_False(string text) => Assert.False(BinaryContent.IsBinary(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void IsBinary_Utf16WithByteOrderMark_False() =>
        Assert.False(BinaryContent.IsBinary([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Text in UTF-16.")]));

    [Fact]
    public void IsBinary_NulAfterTheSniffedStart_False() =>
        Assert.False(BinaryContent.IsBinary([.. Encoding.ASCII.GetBytes(new string('a', 8000)), 0]));
}
