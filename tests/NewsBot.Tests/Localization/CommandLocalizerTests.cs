using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Localization;
using NewsBot.Tests.Commands;

namespace NewsBot.Tests.Localization;

/// <summary>Every registered command localised from the shipped files passes Discord's rules, and the files name only real commands.</summary>
public sealed partial class CommandLocalizerTests : IAsyncLifetime
{
    private static readonly CommandLocalizer Localizer = new(TextCatalog.Embedded);
    private CommandHarness _bot = null!;

    private IReadOnlyList<ApplicationCommand> Definitions => [.. _bot.Services.GetServices<IDiscordCommand>().Select(c => c.Definition)];

    public async ValueTask InitializeAsync() => _bot = await CommandHarness.StartAsync();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public void Localize_EveryRegisteredCommand_PassesDiscordsRules()
    {
        var registered = _bot.Services.GetRequiredService<InteractionRouter>().Definitions;

        Assert.Empty(CommandDefinitionRules.Check(registered));
        Assert.All(registered.Where(d => d.Name is "quotes" or "news" or "digest" or "Key quotes"), d => Assert.Equal(5, d.NameLocalizations!.Count));
    }

    [Fact]
    public void Localize_SlashCommandNames_MatchDiscordsPatternInLowerCaseAndDescriptionsFit()
    {
        foreach (var language in TextCatalog.Embedded.Languages)
        {
            foreach (var (key, text) in language.Commands)
            {
                if (key.EndsWith(CommandLocalizer.DescriptionSuffix, StringComparison.Ordinal))
                    Assert.True(text.Length is >= 1 and <= 100, $"{language.Locale} {key}: {text.Length} characters");
                else if (!key.StartsWith("Key quotes", StringComparison.Ordinal))
                    Assert.True(DiscordName().IsMatch(text) && string.Equals(text, text.ToLowerInvariant(), StringComparison.Ordinal), $"{language.Locale} {key}: “{text}”");
            }
        }
    }

    [Fact]
    public void Files_EveryCommandKey_NamesARegisteredCommandOrOption()
    {
        var known = Definitions.SelectMany(CommandLocalizer.Keys).ToHashSet(StringComparer.Ordinal);

        foreach (var language in TextCatalog.Embedded.Languages)
            Assert.DoesNotContain(language.Commands.Keys, k => !known.Contains(k));
    }

    [Fact]
    public void Localize_MemberCommands_EveryLanguageNamesThemAndTheirOptions()
    {
        var news = Localizer.Localize(Definitions.Single(d => d.Name == "news"));

        Assert.Equal(5, news.NameLocalizations!.Count);
        Assert.Equal("notícias", news.NameLocalizations["pt-BR"]);
        Assert.Equal("Cerca tra le notizie lette di recente da NewsBot", news.DescriptionLocalizations!["it"]);
        Assert.All(news.Options!, o => Assert.Equal(5, o.NameLocalizations!.Count));
    }

    [Fact]
    public void Localize_KeyQuotes_NamesButNoDescriptions()
    {
        var menu = Localizer.Localize(Definitions.Single(d => d.Type == ApplicationCommandType.Message));

        Assert.Equal("Citations clés", menu.NameLocalizations!["fr"]);
        Assert.Null(menu.DescriptionLocalizations);
    }

    // Discord's pattern; .NET names the Devanagari and Thai scripts as blocks.
    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex DiscordName();
}
