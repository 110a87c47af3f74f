using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class MisdecodedTextTests
{
    /// <summary>The UTF-8 bytes of <paramref name="text"/> read one by one as Latin-1 characters, as a misdecoding page saves them.</summary>
    private static string Misread(string text) => string.Concat(System.Text.Encoding.UTF8.GetBytes(text).Select(b => (char)b));

    [Theory]
    [InlineData("The ferry’s timetable changes on Monday.")]
    [InlineData("“We waited long enough,” said Orla Penhallow — the harbour’s keeper…")]
    [InlineData("Rated ⭐ by the Hollowmere Herald’s readers")]
    public void Repair_UtfBytesReadAsLatin1_RestoresTheCharacters(string original)
    {
        Assert.Equal(original, MisdecodedText.Repair(Misread(original)));
    }

    [Theory]
    [InlineData("The harbour\u00E2\u20AC\u2122s keeper", "The harbour’s keeper")]
    [InlineData("\u00E2\u20AC\u0153Enough,\u00E2\u20AC\u009D she said", "“Enough,” she said")]
    public void Repair_UtfBytesReadAsWindows1252_RestoresTheCharacters(string misread, string original)
    {
        Assert.Equal(original, MisdecodedText.Repair(misread));
    }

    [Fact]
    public void Repair_TwoCharacterPairWithWindowsQuote_KeepsIt()
    {
        // "ß’" decodes as a valid two-byte sequence, but a German word closing a quotation is far likelier.
        var text = "Sie nannten ihn ‘Groß’ im Hafen.";

        Assert.Equal(text, MisdecodedText.Repair(text));
    }

    [Fact]
    public void Repair_TextWithoutControlCharacters_ReturnsTheSameInstance()
    {
        var text = "Café Ångström served crème brûlée in Hollowmere.";

        Assert.Same(text, MisdecodedText.Repair(text));
    }

    [Fact]
    public void Repair_TypographicQuotesWithNothingMisread_ReturnsTheSameInstance()
    {
        var text = "“We sail at dawn,” said Orla Penhallow — the harbour’s keeper…";

        Assert.Same(text, MisdecodedText.Repair(text));
    }

    [Fact]
    public void Repair_AccentedPairWithoutControlCharacter_KeepsIt()
    {
        // "Ã©" may be meant (a code sample, a name); only sequences holding a C1 control are surely misread.
        var text = "The token Ã© appears in the log next to an itâ\u0080\u0099s.";

        Assert.Equal("The token Ã© appears in the log next to an it’s.", MisdecodedText.Repair(text));
    }

    [Theory]
    [InlineData("Stray control \u0085 after a space")]
    [InlineData("Cut short at the end â\u0080")]
    [InlineData("Lead without its tail â\u0080 then more text")]
    public void Repair_ControlOutsideAValidSequence_LeavesTheTextAsItWas(string text)
    {
        Assert.Equal(text, MisdecodedText.Repair(text));
    }
}
