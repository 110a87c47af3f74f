using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Turning what the cue says (`Okafor`, `she`, `the company`) into the speaker's full name and role.</summary>
public sealed class SpeakerResolutionTests
{
    [Fact]
    public void Extract_Surname_ExpandedToFirstFullMention()
    {
        var analysis = Extract(Article(
            "Port director Tomas Okafor opened the new terminal on Monday.",
            "“It was built on time,” Okafor said."));

        Assert.Equal("Tomas Okafor", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_SurnameWithTwoParticles_ExpandedToFullName()
    {
        var analysis = Extract(Article(
            "Harbour actor Joris Van Der Meulen left the dance show on Monday night.",
            "“My wife and I went through the worst week of our lives,” Van Der Meulen said."));

        Assert.Equal("Joris Van Der Meulen", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_MiddleInitialM_PartOfTheNameNotATitle()
    {
        var analysis = Extract(Article(
            "The two ports could not agree on Monday.",
            "“While the harbour is loved in Eastport, the mayor is not,” said Robert M. Vandal, a senior fellow at the Northfield Council."));

        Assert.Equal("Robert M. Vandal", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_HonorificAndSurname_ExpandedToFullName()
    {
        var analysis = Extract(Article(
            "Tomas Okafor has run the port since 2019.",
            "“Nobody will lose a job,” Mr. Okafor said."));

        Assert.Equal("Tomas Okafor", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_Pronoun_ResolvedToLastFittingPerson()
    {
        var analysis = Extract(Article(
            "Lena Brandt met Tomas Okafor at the harbor on Tuesday.",
            "“The walls will not survive another storm,” she said.",
            "“We will rebuild them by spring,” he said."));

        Assert.Equal(["Lena Brandt", "Tomas Okafor"], analysis.Quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Extract_PronounSkipsNamesInsideQuotes_ResolvedToSpeaker()
    {
        var analysis = Extract(Article(
            "Jonas Eklund spoke after the vote.",
            "“I never trusted Tomas Okafor on this,” he said."));

        Assert.Equal("Jonas Eklund", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_PronounWithoutAntecedent_SpeakerIsNull()
    {
        var quote = Assert.Single(Extract("“The walls will not survive another storm,” she said.").Quotes);

        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Extract_RoleBeforeName_Captured()
    {
        var quote = Assert.Single(Extract("“We will not cut the library hours,” Harbor City council spokesperson Marta Kowalczyk said.").Quotes);

        Assert.Equal("Marta Kowalczyk", quote.Speaker);
        Assert.Equal("Harbor City council spokesperson", quote.SpeakerRole);
    }

    [Fact]
    public void Extract_AppositiveRole_Captured()
    {
        var quote = Assert.Single(Extract("“We will not cut the library hours,” Marta Kowalczyk, the council spokesperson, said.").Quotes);

        Assert.Equal("Marta Kowalczyk", quote.Speaker);
        Assert.Equal("council spokesperson", quote.SpeakerRole);
    }

    [Fact]
    public void Extract_RoleGivenAtFirstMention_CarriedToLaterQuote()
    {
        var analysis = Extract(Article(
            "Marta Kowalczyk, the council spokesperson, defended the budget.",
            "“The reading rooms stay open,” Kowalczyk said."));

        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("Marta Kowalczyk", quote.Speaker);
        Assert.Equal("council spokesperson", quote.SpeakerRole);
    }

    [Fact]
    public void Extract_TitleBeforeName_MovedToRole()
    {
        var quote = Assert.Single(Extract("“The harbor is safe,” said Mayor Ingrid Solberg.").Quotes);

        Assert.Equal("Ingrid Solberg", quote.Speaker);
        Assert.Equal("mayor", quote.SpeakerRole);
    }

    [Fact]
    public void Extract_LongTitleBeforeName_WholeTitleIsRole()
    {
        var quote = Assert.Single(Extract("“We will appeal,” said Harbor District Council Chairwoman Ingrid Solberg.").Quotes);

        Assert.Equal("Ingrid Solberg", quote.Speaker);
        Assert.Equal("Harbor District Council chairwoman", quote.SpeakerRole);
    }

    [Fact]
    public void Extract_PlaceBeforeDescription_NotTakenForSpeaker()
    {
        var quote = Assert.Single(Extract("At the meeting in Hudson, New Hampshire, the harbor activist retorted: “Nobody asked us.”").Quotes);

        Assert.Null(quote.Speaker);
        Assert.Equal("harbor activist", quote.SpeakerRole);
    }

    [Fact]
    public void Extract_DefiniteRoleDescription_ResolvedToPersonWithThatTitle()
    {
        var analysis = Extract(Article(
            "Sen. Ada Holm and harbor director Tomas Okafor toured the docks.",
            "“The docks need federal money,” the senator said."));

        Assert.Equal("Ada Holm", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_UnnamedDescribedSource_NotGivenThePreviousSpeaker()
    {
        var analysis = Extract(Article(
            "“The harbor will grow,” said Tomas Okafor.",
            "“It's hard to come back to work after a baby,” said the designer, who works for another brand."));

        var quote = analysis.QuoteStarting("It's hard");
        Assert.Null(quote.Speaker);
        Assert.Equal("designer", quote.SpeakerRole);
    }

    [Fact]
    public void Extract_CompanySaid_ResolvedToTheNamedOrganisation()
    {
        var analysis = Extract(Article(
            "Acme Widgets Corp. will close its harbor plant in March.",
            "“We regret the decision,” the company said in a statement."));

        Assert.Equal("Acme Widgets Corp.", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_CompanySaidAfterAnotherKindOfBody_SpeakerUnknown()
    {
        var analysis = Extract(Article(
            "The Northfield Weather Office issued a storm warning. The ferry will not sail, the operator said.",
            "“Tickets will be moved to Sunday at no cost,” the company said."));

        Assert.Null(Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_NamedOrganisationSpeaks_IsSpeaker()
    {
        var quote = Assert.Single(Extract("“The ferry will run all winter,” the Harbor Transit Authority said on Friday.").Quotes);

        Assert.Equal("Harbor Transit Authority", quote.Speaker);
    }

    [Fact]
    public void Extract_HonorificAndGivenName_ExpandedToTheFullNameGivenEarlier()
    {
        var analysis = Extract(Article(
            "Keir Starmer visited the flood barrier at Marrow Quay on Monday.",
            "“I want this finished before the winter storms arrive,” Sir Keir said."));

        Assert.Equal("Keir Starmer", analysis.QuoteStarting("I want this").Speaker);
    }

    [Fact]
    public void Extract_GivenNameSharedByTwoPeople_NotExpanded()
    {
        var analysis = Extract(Article(
            "Anna Berg and Anna Holm both spoke at the harbour meeting in Eastport on Monday.",
            "“We need the ferry back before the winter,” Anna said."));

        Assert.NotEqual("Anna Berg", analysis.QuoteStarting("We need the ferry").Speaker);
        Assert.NotEqual("Anna Holm", analysis.QuoteStarting("We need the ferry").Speaker);
    }

    [Fact]
    public void Extract_PronounRightAfterTheSpeakersQuote_ContinuesThatSpeakerDespiteOthersNamedBefore()
    {
        var analysis = Extract(Article(
            "“The tide tables are wrong,” says Mark Olsen, a harbour pilot. “Nobody checked them,” says Lars Eriksen, another pilot.",
            "“The ferry should wait for the spring tide,” says Eriksen. There is also the cost of fuel. “Each crossing burns more than we earn,” he adds."));

        Assert.Equal("Lars Eriksen", analysis.QuoteStarting("Each crossing").Speaker);
    }

    [Fact]
    public void Extract_MinistrySaidBeforeTheArticleNamesIt_TheMinistryNamedLater()
    {
        var analysis = Extract(Article(
            "The Marrow Quay flood barrier will open a year late.",
            "“The engineers have found a problem with the foundations,” the ministry said in a statement. The Ministry of Works did not say when the work would resume."));

        Assert.Equal("Ministry of Works", analysis.QuoteStarting("The engineers").Speaker);
    }

    [Fact]
    public void Extract_SurnameSpelledWithAccent_ExpandedToTheFullNameWithout()
    {
        var analysis = Extract(Article(
            "Dmitry Muratov, the editor of the Northfield Gazette, spoke in Eastport on Monday.",
            "“The presses will keep running as long as we have paper,” Murátov said."));

        Assert.Equal("Dmitry Muratov", analysis.QuoteStarting("The presses").Speaker);
    }

    [Fact]
    public void Extract_ChamberReferredToByItsNoun_TheNamedChamber()
    {
        var analysis = Extract(Article(
            "Berth fees rise in Halvik",
            "The Brenford Chamber of Commerce said it would study the plan. “We expect the council to listen to the small businesses as well,” the chamber said in a statement."));

        Assert.Equal("Brenford Chamber of Commerce", analysis.QuoteStarting("We expect").Speaker);
    }
}
