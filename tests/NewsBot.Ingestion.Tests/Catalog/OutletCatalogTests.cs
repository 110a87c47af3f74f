using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using NewsBot.Ingestion.Catalog;

namespace NewsBot.Ingestion.Tests.Catalog;

public sealed class OutletCatalogTests
{
    [Fact]
    public void Outlets_BuiltInFile_ReadsEveryRowWithAPollableSource()
    {
        var catalog = new OutletCatalog(Options.Create(new CatalogOptions()));

        Assert.InRange(catalog.Outlets.Count, 150, 400);
        Assert.All(catalog.Outlets, o => Assert.Contains(o.Kind, CatalogOutlet.SourceKinds));
        Assert.Contains(catalog.Outlets, o => o.Kind == "news-sitemap");
        Assert.Contains(catalog.Outlets, o => o.Kind == "rss");
    }

    [Fact]
    public void Filter_CountryAndLanguage_KeepsOnlyMatchingOutlets()
    {
        var catalog = Catalog(new CatalogOptions());

        var swiss = catalog.Filter("CH", "fr");

        Assert.Equal(["Gazette Lémanique"], swiss.Select(o => o.Name));
    }

    [Fact]
    public void Outlets_AddAndDisable_AddedOutletReplacesBuiltInAndDisabledIsGone()
    {
        var options = new CatalogOptions();
        options.Add.Add(Entry("Alpine Courier", "https://courier.example/moved.xml"));
        options.Disable.Add("https://gazette.example/news-sitemap.xml");

        var catalog = Catalog(options);

        Assert.Equal(new Uri("https://courier.example/moved.xml"), catalog.Find("alpine courier")!.SourceUrl);
        Assert.Null(catalog.Find("Gazette Lémanique"));
    }

    [Fact]
    public void Suggest_TypedPrefixAndInfix_PrefixMatchesFirst()
    {
        var catalog = Catalog(new CatalogOptions());

        Assert.Equal(["Courier Daily", "Alpine Courier"], catalog.Suggest("cour", 5).Select(o => o.Name));
    }

    [Fact]
    public void Validate_AddedOutletWithBadFields_NamesEachProblem()
    {
        var options = new CatalogOptions();
        options.Add.Add(new CatalogOutletEntry { Name = "Broken", Homepage = "ftp://broken.example", Country = "Swiss", Kind = "podcast", Url = "file:///etc/passwd" });

        var problems = options.Validate(new ValidationContext(options)).Select(r => r.ErrorMessage).ToList();

        Assert.Equal(4, problems.Count);
        Assert.All(problems, p => Assert.StartsWith("Catalog:Add:0:", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_RowWithMissingColumn_NamesTheLine()
    {
        var error = Assert.Throws<FormatException>(() => CatalogFile.Read("name\thomepage\tcountry\tlanguages\tkind\turl\nOnly\tthree\tcells\n"));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    private static OutletCatalog Catalog(CatalogOptions options) => new(CatalogFile.Read("""
        name	homepage	country	languages	kind	url
        Alpine Courier	https://courier.example	ch	de	rss	https://courier.example/feed
        Gazette Lémanique	https://gazette.example	ch	fr	news-sitemap	https://gazette.example/news-sitemap.xml
        Courier Daily	https://daily.example	gb	en	atom	https://daily.example/atom.xml
        """), options);

    private static CatalogOutletEntry Entry(string name, string url) =>
        new() { Name = name, Homepage = "https://courier.example", Country = "ch", Languages = ["de"], Kind = "rss", Url = url };
}
