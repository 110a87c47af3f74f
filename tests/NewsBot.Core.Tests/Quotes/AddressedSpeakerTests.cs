using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// The person or outlet a sentence addresses (`told the Courier`, `speaking to Harbour News`, `a message to Brandt`,
/// `was asked by`) is not the one who speaks; each pattern on an invented article.
/// </summary>
public sealed class AddressedSpeakerTests
{
    [Fact]
    public void Extract_ToldOutletInWrittenStatement_SubjectSpeaks()
    {
        var analysis = Extract("Ada Brandt told the Northfield Courier in a written statement, “I do not want his endorsement at all.”");

        Assert.Equal("Ada Brandt", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_AnonymousSourceSpeakingToOutlet_NoSpeaker()
    {
        var analysis = Extract(Article(
            "Harbour News has covered the ferry contract for a year.",
            "Another official speaking to Harbour News said, “The auditors are reading every invoice of the contract.”"));

        Assert.Null(analysis.QuoteStarting("The auditors").Speaker);
    }

    [Fact]
    public void Extract_ColonAfterMessageToSomeone_SubjectSpeaks()
    {
        var analysis = Extract(Article(
            "Councillor Mara Quist has fought the pier plan since May.",
            "Mara Quist delivered a blunt message to Owen Brandt: “It is time to stop attacking the people you competed with.”"));

        Assert.Equal("Mara Quist", analysis.QuoteStarting("It is time").Speaker);
    }

    [Fact]
    public void Extract_ColonAfterDescribedOutlet_SubjectSpeaks()
    {
        var analysis = Extract("Owen Fell explained what was wrong with the poster to the Dutch newspaper Vlaggeblad: “What they did was careless to everyone.”");

        Assert.Equal("Owen Fell", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_InterviewWithJournalistBeforeSubject_SubjectSpeaks()
    {
        var analysis = Extract(
            "In a long, in-prison interview with journalist Tomas Rilke last year, Ivo Lazar said he welcomed the trial and added, “I will plead guilty, no problem at all.”");

        Assert.Equal("Ivo Lazar", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_AskedByHost_AgentSpeaks()
    {
        var analysis = Extract("Pia Sand was asked by host Bill Marr, “Are you tired of hearing about the ferry?”");

        Assert.Equal("Bill Marr", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_PassiveAskedWithoutAgent_NoSpeaker()
    {
        var analysis = Extract(Article(
            "“The ferry will run all winter,” said Pia Sand, the harbour commissioner.",
            "Later, Sand was asked, “Do you regret the vote on the harbour bill?”"));

        Assert.Null(analysis.QuoteStarting("Do you regret").Speaker);
    }

    [Fact]
    public void Extract_ReporterAskedNamedPerson_NoSpeaker()
    {
        var analysis = Extract(Article(
            "Judge Lise Aaberg was sworn in on Monday.",
            "At a press conference, a reporter asked Aaberg, “What do you see as the biggest problem in the courts right now?”"));

        Assert.Null(analysis.QuoteStarting("What do you see").Speaker);
    }

    [Fact]
    public void Extract_NameWithReflexiveBeforeVerb_NameSpeaksNotNationality()
    {
        var analysis = Extract("While it is newsworthy she is the first Native American on the bench, as Lise Aaberg herself said, “The most important thing is that I not be the last.”");

        Assert.Equal("Lise Aaberg", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_CoordinatedRoleSubjectAfterPlace_RoleResolvedNotPlace()
    {
        var analysis = Extract(Article(
            "The Nordic Health Agency Director Carla Voss warned of a new wave.",
            "The variant has been found in South America, and the Director noted that “time and again, we have seen the wave arrive here weeks later.”"));

        Assert.Equal("Carla Voss", analysis.QuoteStarting("time and again").Speaker);
    }

    [Fact]
    public void Extract_NewSentenceAfterQuoteEndingInPeriod_NotItsTail()
    {
        var analysis = Extract(
            "“I believe there should be exceptions,” Ada Brandt said. “And so my consistency on this makes me ready to win.” Owen Fell said he does support one exception.");

        Assert.Equal("Ada Brandt", analysis.QuoteStarting("And so my").Speaker);
    }

    [Fact]
    public void Extract_ColonLeadEndingInCoordinatedNamesAfterPreposition_SubjectSpeaks()
    {
        var analysis = Extract(Article(
            "Songs for the harbour festival",
            "Two writers, Dana Fielding and Kate Brandt, joined the project last spring.",
            "Mira Holloway has only found one drawback to working with Fielding and Brandt: “They are such good singers that people are going to get scared of their demos.”"));

        Assert.Equal("Mira Holloway", analysis.QuoteStarting("They are such good").Speaker);
    }
}
