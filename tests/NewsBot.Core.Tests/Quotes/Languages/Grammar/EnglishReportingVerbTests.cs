namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>The English press's reporting verbs in the tenses and persons it uses, after the quote (both orders) and before it. Invented people.</summary>
public sealed class EnglishReportingVerbTests
{
    /// <summary>Forms that can stand both before and after the name: `…,” said Whitcombe` and `…,” Whitcombe said`.</summary>
    public static TheoryData<string> Verbs => new(
        "said", "says", "added", "adds", "explained", "explains", "warned", "warns", "noted", "notes", "argued", "argues",
        "insisted", "insists", "stressed", "stresses", "admitted", "admits", "conceded", "concedes", "acknowledged", "recalled",
        "recalls", "replied", "replies", "responded", "countered", "continued", "declared", "claimed", "claims", "wrote", "writes",
        "asked", "observed", "remarked", "predicted", "promised", "vowed", "pledged", "confirmed", "emphasized", "emphasised",
        "cautioned", "commented", "quipped", "joked", "boasted", "complained", "lamented", "tweeted", "posted", "testified",
        "contended", "maintained", "agreed", "recounted", "reiterated", "reasoned", "mused", "sighed", "laughed", "shrugged",
        "sobbed", "nodded", "grinned", "fumed", "snapped", "retorted", "suggested", "urged", "estimated", "reflected",
        "assured", "alleged", "affirmed", "announced", "clarified", "elaborated", "disclosed", "revealed", "exclaimed", "whispered",
        "shouted", "pointed out", "went on", "shot back", "chimed in", "summed up");

    /// <summary>Forms that follow the name only: perfect, progressive and modal tenses.</summary>
    public static TheoryData<string> CompoundTenses => new(
        "has said", "had said", "has added", "has warned", "had warned", "has argued", "has insisted", "has admitted", "has written",
        "had written", "has claimed", "has acknowledged", "has stressed", "has repeatedly said", "has long argued", "would later say",
        "later said", "also said", "said later", "said Tuesday",
        "said on Tuesday", "said in a statement", "said in an interview", "told reporters", "told the Eastfield Courier",
        "told reporters on Tuesday", "wrote on Facebook", "said at a news conference", "tells the Eastfield Courier");

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Extract_VerbAfterTheQuoteThenName_TheNamedSpeaker(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("en", $"“The ferry will run again before the winter,” {verb} Ellen Whitcombe.");

        Assert.Equal("Ellen Whitcombe", analysis.SpeakerContaining("ferry will run"));
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    [MemberData(nameof(CompoundTenses))]
    public void Extract_NameThenVerbAfterTheQuote_TheNamedSpeaker(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("en", $"“The ferry will run again before the winter,” Ellen Whitcombe {verb}.");

        Assert.Equal("Ellen Whitcombe", analysis.SpeakerContaining("ferry will run"));
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    [MemberData(nameof(CompoundTenses))]
    public void Extract_NameThenVerbBeforeAColon_TheNamedSpeaker(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("en", $"Ellen Whitcombe {verb}: “The ferry will run again before the winter.”");

        Assert.Equal("Ellen Whitcombe", analysis.SpeakerContaining("ferry will run"));
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    [MemberData(nameof(CompoundTenses))]
    public void Extract_PronounThenVerbAfterTheQuote_TheWomanNamedBefore(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en", "Ellen Whitcombe visited the quay on Monday with the fishermen.", $"“The ferry will run again before the winter,” she {verb}.");

        Assert.Equal("Ellen Whitcombe", analysis.SpeakerContaining("ferry will run"));
    }

    [Theory]
    [InlineData("“The ferry will run again before the winter,” according to Ellen Whitcombe.")]
    [InlineData("According to Ellen Whitcombe, “the ferry will run again before the winter.”")]
    [InlineData("Ellen Whitcombe said that “the ferry will run again before the winter.”")]
    [InlineData("Ellen Whitcombe told reporters that “the ferry will run again before the winter.”")]
    [InlineData("Ellen Whitcombe said the ferry “will run again before the winter, whatever it costs.”")]
    [InlineData("“The ferry will run again before the winter,” Ellen Whitcombe said. “We owe it to the islanders.”")]
    [InlineData("“The ferry will run again before the winter,” said Ellen Whitcombe, who has run the harbour since 2019.")]
    [InlineData("“The ferry will run again before the winter,” said the harbour master, Ellen Whitcombe.")]
    [InlineData("“The ferry will run again before the winter,” Ellen Whitcombe, the harbour master, said.")]
    [InlineData("“The ferry,” Ellen Whitcombe said, “will run again before the winter.”")]
    [InlineData("In a statement, Ellen Whitcombe said: “The ferry will run again before the winter.”")]
    public void Extract_LeadOrSplitOrApposition_TheNamedSpeaker(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("en", sentence);

        Assert.Equal("Ellen Whitcombe", analysis.SpeakerContaining("run again before"));
    }
}
