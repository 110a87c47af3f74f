using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>A link to an author page whose address ends in the name it shows is a credit, in any language's path (invented pages).</summary>
public sealed class ArticleExtractorAuthorPageLinkTests
{
    private const string OrganisationAuthor = """
        <script type="application/ld+json">{"@type":"BlogPosting","headline":"Tides","author":{"@type":"Organization","name":"Harbour Tools"}}</script>
        """;

    private const string Prose = "<p>The spring tides reached the harbour wall twice this week, and the council moved the boats to the inner basin until the weekend.</p>";

    private static string? Byline(string head, string body) =>
        new ArticleExtractor().Extract($"<html><head><title>Tides</title>{head}</head><body><h1>Tides</h1>{body}</body></html>", new Uri("https://harbour-tools.example/blog/tides")).Metadata.Byline;

    [Theory]
    [InlineData("<div><a href=\"https://harbour-tools.example/blog/author/nadia-kerrigan/\"><img alt=\"\"><span>Nadia Kerrigan</span></a></div>")]
    [InlineData("<div><a href=\"/autor/nadia-kerrigan\">Nadia Kerrigan</a></div>")]
    [InlineData("<div><a href=\"/auteurs/nadiakerrigan?ref=top\" aria-label=\"Nadia Kerrigan\"><img alt=\"\"></a></div>")]
    public void Extract_OrganisationCreditAndALinkToTheNamedAuthorsPage_ReadsThePerson(string link) =>
        Assert.Equal("Nadia Kerrigan", Byline(OrganisationAuthor, link + Prose));

    [Fact]
    public void Extract_NameWithAccentsAndASlugWithout_ReadsThePerson() =>
        Assert.Equal("José Núñez", Byline("", "<p>Por <a href=\"/autor/jose-nunez/\">José Núñez</a></p>" + Prose));

    [Theory]
    [InlineData("<div><a href=\"/blog/author/nadia-kerrigan/\">More from this writer</a></div>")]
    [InlineData("<div><a href=\"/blog/author/\">Our authors</a></div>")]
    [InlineData("<div><a href=\"/team/nadia-kerrigan/\">Nadia Kerrigan</a></div>")]
    public void Extract_AuthorLinkWhoseTextIsNotTheNameInItsAddress_KeepsTheOrganisation(string link) =>
        Assert.Equal("Harbour Tools", Byline(OrganisationAuthor, link + Prose));

    [Fact]
    public void Extract_AuthorBoxShowingTheNameBesideAMoreByLink_ReadsThePerson() =>
        Assert.Equal("Nadia Kerrigan", Byline("", Prose + """
            <div class="card"><div><p>Nadia Kerrigan</p><p>Harbour Writer</p></div><a href="/blog/authors/nadia-kerrigan">More by Nadia</a></div>
            """));

    [Fact]
    public void Extract_AuthorBoxWhoseShownNameIsNotTheOneInTheAddress_KeepsTheOrganisation() =>
        Assert.Equal("Harbour Tools", Byline(OrganisationAuthor, Prose + """
            <div class="card"><div><p>Tomas Lindgren</p><p>Harbour Writer</p></div><a href="/blog/authors/nadia-kerrigan">More by Nadia</a></div>
            """));
}
