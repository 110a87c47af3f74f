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
    public void Check_ContextOutOfRange_Reported()
    {
        Assert.Contains("contexts", Assert.Single(CommandDefinitionRules.Check([Quotes with { Contexts = [0, 3] }])), StringComparison.Ordinal);
    }
}
