using NewsBot.Evaluation;

namespace NewsBot.Core.Tests.Evaluation;

/// <summary>Python's <c>f"{x:.3f}"</c>: checked against Python on every ratio k/n with n below 700 while writing it.</summary>
public sealed class PythonFormatTests
{
    [Theory]
    [InlineData(0.0625, "0.062")]
    [InlineData(0.1875, "0.188")]
    [InlineData(9 / 80.0, "0.113")]
    [InlineData(3 / 80.0, "0.037")]
    [InlineData(0.0005, "0.001")]
    [InlineData(2 / 3.0, "0.667")]
    [InlineData(1.0, "1.000")]
    public void Fixed3_Ratios_FormattedAsPython(double value, string expected) =>
        Assert.Equal(expected, PythonFormat.Fixed3(value));
}
