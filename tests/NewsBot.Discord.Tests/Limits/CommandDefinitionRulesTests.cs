using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Tests.Limits;

public sealed class CommandDefinitionRulesTests
{
    private static readonly ApplicationCommand Quotes = new()
    {
        Name = "quotes",
        Description = "Show quotes",
        NameLocalizations = new Dictionary<string, string> { ["de"] = "zitate", ["hi"] = "उद्धरण", ["th"] = "คำพูด" },
        Contexts = CommandScope.Anywhere,
        IntegrationTypes = CommandScope.ServerOrUser,
        Options = [new() { Type = ApplicationCommandOptionType.String, Name = "url", Description = "Address" }],
    };

    [Fact]
    public void Check_ValidLocalisedCommands_NoProblems()
    {
        var menu = new ApplicationCommand { Type = ApplicationCommandType.Message, Name = "Key quotes", Description = "", NameLocalizations = new Dictionary<string, string> { ["fr"] = "Citations clés" } };

        Assert.Empty(CommandDefinitionRules.Check([Quotes, menu]));
    }

    [Theory]
    [InlineData("Zitate")]
    [InlineData("zwei wörter")]
    [InlineData("zitate!")]
    public void Check_BadLocalisedName_NamesCommandAndLocale(string localised)
    {
        var command = Quotes with { NameLocalizations = new Dictionary<string, string> { ["de"] = localised } };

        var problem = Assert.Single(CommandDefinitionRules.Check([command]));

        Assert.StartsWith("quotes [de]: name", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BadOptionLocalisationAndUnknownLocale_Reported()
    {
        var option = Quotes.Options![0] with { NameLocalizations = new Dictionary<string, string> { ["pt"] = "endereço" }, DescriptionLocalizations = new Dictionary<string, string> { ["it"] = "" } };

        var problems = CommandDefinitionRules.Check([Quotes with { Options = [option] }]);

        Assert.Contains(problems, p => p.Contains("“pt” is not a Discord locale", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("quotes url [it]: description", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_MessageCommandWithDescription_Reported()
    {
        var menu = new ApplicationCommand { Type = ApplicationCommandType.Message, Name = "Key quotes", Description = "Reads quotes" };

        Assert.Contains("no description or options", Assert.Single(CommandDefinitionRules.Check([menu])), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LocalisedDescriptions_CountedAtTheLongestOnly()
    {
        var localised = new Dictionary<string, string> { ["de"] = new('d', 100), ["fr"] = new('f', 100), ["it"] = new('i', 100) };
        var options = Enumerable.Range(0, 25).Select(i => new ApplicationCommandOption
        {
            Type = ApplicationCommandOptionType.String,
            Name = $"o{i}",
            Description = new string('e', 100),
            DescriptionLocalizations = localised,
            Choices = [.. Enumerable.Range(0, 25).Select(c => new CommandChoice($"c{c}", $"v{c}"))],
        });

        Assert.Empty(CommandDefinitionRules.Check([Quotes with { Options = [.. options] }]));
    }

    [Fact]
    public void Check_ChoicesOverEightThousandCharacters_Reported()
    {
        var choices = Enumerable.Range(0, 25).Select(c => new CommandChoice(new string('c', 100), new string('v', 100))).ToList();
        var options = Enumerable.Range(0, 2).Select(i => new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = $"o{i}", Description = "d", Choices = choices });

        Assert.Contains("over 8000", Assert.Single(CommandDefinitionRules.Check([Quotes with { Options = [.. options] }])), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoOptionsSameNameInOneLanguage_Reported()
    {
        var first = new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "query", Description = "d", NameLocalizations = new Dictionary<string, string> { ["de"] = "suche" } };
        var second = first with { Name = "search", NameLocalizations = new Dictionary<string, string> { ["fr"] = "recherche" } };
        var third = first with { Name = "suche", NameLocalizations = null };

        Assert.Empty(CommandDefinitionRules.Check([Quotes with { Options = [first, second] }]));
        Assert.Equal("quotes [de]: two options named “suche”", Assert.Single(CommandDefinitionRules.Check([Quotes with { Options = [first, third] }])));
    }

    [Fact]
    public void Check_ContextOutOfRange_Reported()
    {
        Assert.Contains("contexts", Assert.Single(CommandDefinitionRules.Check([Quotes with { Contexts = [0, 3] }])), StringComparison.Ordinal);
    }
}
