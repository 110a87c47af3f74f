using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`Pieter van der Berg`: Dutch `van der`/`van den` keeps a name whole although the lexicon lacks the given name and knows the surname as a noun. Invented people.</summary>
public sealed class DutchParticleNameTests
{
    [Fact]
    public void Extract_VanDerBetweenGivenNameAndSurname_WholeName() =>
        Assert.Equal("Pieter van der Berg", ContinentalAttributionKit.ExtractIn(
                "en", "The harbour reopens in March.", "“The quay will be ready before the spring storms,” said Pieter van der Berg, the harbour master.")
            .SpeakerContaining("The quay will be ready"));
}
