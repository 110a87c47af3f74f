using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes.Languages.Structure;

/// <summary>
/// Theory: an interview names each turn by its speaker's label; a group (`the two`, `they`, `officials`, `the researchers`)
/// is nobody the news set names, while an organisation speaks as itself (`an Acme spokesperson said`: the organisation's
/// name, as `eval/news-quotes/README.md` annotates). Invented outlets and people.
/// </summary>
public sealed class EnglishGroupAndInterviewTests
{
    private static readonly QuoteAnalysis Interview = ContinentalAttributionKit.ExtractIn(
        "en",
        "The Eastfield Courier's Tom Briggs spoke to the harbour master, Jane Roe, about the winter ahead.",
        "Briggs: “When do you expect the ferry to run again?”",
        "Roe: “We hope to run it again before Christmas, if the weather allows.”",
        "Briggs: “And what happens to the fishermen until then?”",
        "Roe: “The council will pay their harbour fees for the whole winter.”");

    private static readonly QuoteAnalysis Ferries = ContinentalAttributionKit.ExtractIn(
        "en",
        "Northwind Ferries, which ran the Eastfield route until the storm, wants to return next year.",
        "“We are ready to sail again as soon as the quay is repaired,” the company said in a statement.",
        "“Safety will always come before the timetable,” it said.",
        "“The route has never made money in the winter months,” a Northwind Ferries spokesperson said.",
        "The harbour master, Jane Roe, said in an email that “the quay will be inspected again in March.”",
        "Roe and the council leader, Harriet Doe, will meet the company in January.",
        "“We want the same thing, a ferry that runs all year,” the two said in a joint statement.",
        "A study by engineers at Westbury University found that the wall had been too weak for decades.",
        "“The wall was built on sand and should never have been approved,” the researchers wrote.",
        "“There is no money in this year's budget for a new ferry,” officials said.",
        "The fishermen who gathered at the quay on Monday were angry.",
        "“We have paid our fees and we have nowhere to land our fish,” they said.");

    [Theory]
    [InlineData("When do you expect the ferry", "Tom Briggs")]
    [InlineData("We hope to run it again before Christmas", "Jane Roe")]
    [InlineData("And what happens to the fishermen", "Tom Briggs")]
    [InlineData("The council will pay their harbour fees", "Jane Roe")]
    public void Extract_InterviewTurnsLabelledBySurname_EachLabelSpeaks(string fragment, string expected) =>
        Assert.Equal(expected, Interview.SpeakerContaining(fragment));

    [Theory]
    [InlineData("the quay will be inspected again", "Jane Roe")]
    [InlineData("We want the same thing", null)]
    [InlineData("The wall was built on sand", null)]
    [InlineData("There is no money in this year", null)]
    [InlineData("We have paid our fees", null)]
    public void Extract_OrganisationOrGroupSpeaks_TheOrganisationOrNobody(string fragment, string? expected) =>
        Assert.Equal(expected, Ferries.SpeakerContaining(fragment));

    /// <summary>`a WeWork spokesperson` is scored right for `WeWork` (the gold name's last word is among the speaker's words).</summary>
    [Fact]
    public void Extract_UnnamedSpokespersonOfACompany_TheCompanyNamed() =>
        Assert.Contains("Northwind Ferries", Ferries.SpeakerContaining("The route has never made money"));
}
