using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes.Languages.Structure;

/// <summary>
/// Theory: a person who is told, asked about, answered, criticised, written to or represented is an object of the
/// attribution, not its subject; the speaker is the sentence's subject (or nobody, when the subject is unnamed).
/// Invented outlets and people.
/// </summary>
public sealed class EnglishNonSpeakerMentionTests
{
    private static readonly QuoteAnalysis HarbourRow = ContinentalAttributionKit.ExtractIn(
        "en",
        "The harbour master, Jane Roe, has closed the quay to all boats until the sea wall is repaired.",
        "Councillor Martin Hale told Jane Roe at Tuesday's meeting: “The fishermen cannot wait until the spring.”",
        "“Nobody in this town has worked harder for the fishermen,” Hale said of Roe.",
        "Hale said Roe was “stubborn but honest” and added: “We will need her help with the ferry as well.”",
        "In response to Roe, the council's treasurer, Peter Lang, said: “The budget for the quay is already spent.”",
        "Asked about Roe, Lang said: “She still has my full support on the ferry question.”",
        "Lang also criticised Roe, saying “the harbour fees are far too high for the small boats.”",
        "“The quay will stay closed for as long as the wall is unsafe,” Hale told Jane Roe's deputy.");

    private static readonly QuoteAnalysis LettersAndLawyers = ContinentalAttributionKit.ExtractIn(
        "en",
        "The harbour master, Jane Roe, is being sued by the Eastfield fishermen's union over the closure of the quay.",
        "In a letter to Roe, the union's leader, Sam Okafor, wrote: “Our members cannot wait another winter.”",
        "Roe's lawyer, Clara Mendel, said: “My client has done nothing but follow the safety rules.”",
        "“She never takes a day off, not even at Christmas,” a friend of Roe said.",
        "“My client will answer every question in court,” Roe's lawyer said on Friday.",
        "“The storm was the worst I have seen in thirty years,” Roe told the Eastfield Courier.");

    [Theory]
    [InlineData("fishermen cannot wait until the spring", "Martin Hale")]
    [InlineData("Nobody in this town has worked harder", "Martin Hale")]
    [InlineData("We will need her help with the ferry", "Martin Hale")]
    [InlineData("The budget for the quay is already spent", "Peter Lang")]
    [InlineData("She still has my full support", "Peter Lang")]
    [InlineData("the harbour fees are far too high", "Peter Lang")]
    [InlineData("The quay will stay closed for as long", "Martin Hale")]
    public void Extract_PersonToldAskedAboutOrCriticised_TheSubjectSpeaks(string fragment, string expected) =>
        Assert.Equal(expected, HarbourRow.SpeakerContaining(fragment));

    [Theory]
    [InlineData("Our members cannot wait another winter", "Sam Okafor")]
    [InlineData("My client has done nothing but follow", "Clara Mendel")]
    [InlineData("The storm was the worst I have seen", "Jane Roe")]
    public void Extract_LetterToAPersonOrTheirNamedLawyer_TheWriterOrLawyerSpeaks(string fragment, string expected) =>
        Assert.Equal(expected, LettersAndLawyers.SpeakerContaining(fragment));

    /// <summary>An unnamed friend or lawyer is anonymous (the news set's `null`); the description as written (`Roe's lawyer`) names no one wrongly either.</summary>
    [Theory]
    [InlineData("She never takes a day off")]
    [InlineData("My client will answer every question")]
    public void Extract_UnnamedFriendOrLawyerOfAPerson_NotThatPerson(string fragment) =>
        Assert.NotEqual("Jane Roe", LettersAndLawyers.SpeakerContaining(fragment));
}
