using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>The chunked whitespace collapse reads exactly as one character at a time would.</summary>
public sealed class CollapsedTextTests
{
    private const string Alphabet = " \n\tab,c\u00e9\u00a0\u2009\uff0cxyz  ";

    [Theory]
    [InlineData("   ", 0, 0)]
    [InlineData("Harbour", 8, 0)]
    [InlineData("  Tides rose,  the\n\tferry  waited  ", 29, 1)]
    [InlineData("Quay\u00a0lights\u2009dimmed, sirens\uff0ccalled", 34, 2)]
    public void Measure_MixedWhitespace_CountsEachWordOnceMoreAndItsCommas(string text, int length, int commas)
    {
        var (measured, counted, inSpace) = (0, 0, true);
        CollapsedText.Measure(text, ref measured, ref counted, ref inSpace);
        Assert.Equal((length, commas), (measured, counted));
    }

    [Theory]
    [InlineData("  The ferry  left at\tdawn\n ", "The ferry left at dawn", true)]
    [InlineData("Lighthouse keepers of Port Wenna met", "Lighthouse keepers of Port Wenna met", false)]
    [InlineData(" caf\u00e9\u00a0owners  agreed  ", "caf\u00e9 owners agreed", true)]
    public void Write_WhitespaceRuns_WritesOneSpaceBetweenWordsOnly(string text, string expected, bool pending)
    {
        var into = new char[text.Length + 1];
        var pendingSpace = false;
        var length = CollapsedText.Write(text, into, 0, ref pendingSpace);
        Assert.Equal(expected, new string(into, 0, length));
        Assert.Equal(pending, pendingSpace);
    }

    [Fact]
    public void MeasureAndWrite_RandomTexts_MatchTheCharacterByCharacterReading()
    {
        var random = new Random(12);
        for (var round = 0; round < 20_000; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            var carried = random.Next(2) == 0;
            var before = random.Next(0, 3);
            Assert.Equal(Expected(text, before, carried), Written(text, before, carried));
            var (length, commas, inSpace) = (0, 0, carried);
            CollapsedText.Measure(text, ref length, ref commas, ref inSpace);
            Assert.Equal(ExpectedMeasure(text, carried), (length, commas, inSpace));
        }
    }

    private static (string, bool) Written(string text, int before, bool pendingSpace)
    {
        var into = new char[before + text.Length + 1];
        Array.Fill(into, 'w', 0, before);
        var length = CollapsedText.Write(text, into, before, ref pendingSpace);
        return (new string(into, 0, length), pendingSpace);
    }

    private static (string, bool) Expected(string text, int before, bool pendingSpace)
    {
        var written = new System.Text.StringBuilder(new string('w', before));
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace |= written.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                written.Append(' ');
                pendingSpace = false;
            }

            written.Append(c);
        }

        return (written.ToString(), pendingSpace);
    }

    private static (int, int, bool) ExpectedMeasure(string text, bool inSpace)
    {
        var (length, commas) = (0, 0);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inSpace = true;
                continue;
            }

            length += inSpace ? 2 : 1;
            inSpace = false;
            commas += c is ',' or '，' or '、' or '،' ? 1 : 0;
        }

        return (length, commas, inSpace);
    }
}
