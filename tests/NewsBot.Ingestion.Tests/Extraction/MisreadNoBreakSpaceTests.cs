using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class MisreadNoBreakSpaceTests
{
    [Theory]
    [InlineData("Lamps for a\u00C2 reading nook", "Lamps for a reading nook")]
    [InlineData("The ferry costs $12.50.\u00C2\nThe bus is cheaper.", "The ferry costs $12.50.\nThe bus is cheaper.")]
    [InlineData("Opened in 1902\u00C2", "Opened in 1902")]
    public void Remove_LeadByteGluedToAWordBeforeASpace_DropsIt(string misread, string expected)
    {
        Assert.Equal(expected, MisreadNoBreakSpace.Remove(misread));
    }

    [Theory]
    [InlineData("A PORTA DO CÂ abriu")]
    [InlineData("Âmbito do projecto")]
    [InlineData("the mark Â© stays for the misread-sign repair")]
    [InlineData("Vinho do Porto Âlvaro")]
    public void Remove_CapitalInAWord_KeepsTheText(string text)
    {
        Assert.Same(text, MisreadNoBreakSpace.Remove(text));
    }

    [Fact]
    public void Remove_TextWithoutTheLeadByte_ReturnsTheSameInstance()
    {
        var text = "Café Ångström served crème brûlée in Hollowmere.";

        Assert.Same(text, MisreadNoBreakSpace.Remove(text));
    }
}
