using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class WordOverlapTests
{
    [Fact]
    public void Set_SeveralTextsWithPunctuationAndCase_HoldsEachWordOnce()
    {
        var words = WordOverlap.Set("Harbour ferry returns!", null, "The FERRY (returns) - Quillmoor Post");

        Assert.Equal(6, words.Count);
    }

    [Fact]
    public void CountIn_HeadingAgainstTitle_CountsTheSharedWords()
    {
        var heading = WordOverlap.Set("Harbour ferry returns on Sunday");
        var title = WordOverlap.Set("Ferry returns | Quillmoor Post");

        Assert.Equal(2, WordOverlap.CountIn(heading, title));
    }
}
