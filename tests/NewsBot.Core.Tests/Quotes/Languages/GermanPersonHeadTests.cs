using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

public sealed class GermanPersonHeadTests
{
    [Theory]
    [InlineData("Experte", "Male")]
    [InlineData("Bremer", "Male")]
    [InlineData("Major-Sieger", "Male")]
    [InlineData("Ministerin", "Female")]
    [InlineData("Medizinerin", "Female")]
    public void Names_PersonNounOfTheGender_IsTrue(string noun, string gender) =>
        Assert.True(GermanPersonHead.Names(noun, Enum.Parse<Gender>(gender)));

    [Theory]
    [InlineData("Ministerin", "Male")]
    [InlineData("Ministerinnen", "Female")]
    [InlineData("Juristen", "Female")]
    [InlineData("Tisch", "Male")]
    [InlineData("Experte", "Unknown")]
    public void Names_ThingPluralOrOtherGender_IsFalse(string noun, string gender) =>
        Assert.False(GermanPersonHead.Names(noun, Enum.Parse<Gender>(gender)));
}
