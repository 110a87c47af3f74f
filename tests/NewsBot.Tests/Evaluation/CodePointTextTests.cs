using NewsBot.Evaluation;

namespace NewsBot.Tests.Evaluation;

/// <summary>Annotation offsets count code points; a character outside the BMP is one code point but two UTF-16 units.</summary>
public sealed class CodePointTextTests
{
    [Theory]
    [InlineData("Der 𝔐olo wartet.", 4, 8, "𝔐olo")]
    [InlineData("Der 𝔐olo wartet.", 9, 16, "wartet.")]
    [InlineData("abc", 0, 3, "abc")]
    [InlineData("abc", 3, 3, "")]
    public void Slice_CodePointRange_ReturnsThatText(string text, int start, int end, string expected) =>
        Assert.Equal(expected, CodePointText.Slice(text, start, end));

    [Theory]
    [InlineData(0, 4)]
    [InlineData(-1, 2)]
    [InlineData(2, 1)]
    public void Slice_RangeOutsideText_Null(int start, int end) =>
        Assert.Null(CodePointText.Slice("abc", start, end));
}
