using NewsBot.Testing.FakeDiscord;
using static NewsBot.Tests.Commands.Moderation.TopicCommandHarness;

namespace NewsBot.Tests.Commands.Moderation;

/// <summary>
/// Moderators are answered in their client's language, and /topic create|edit locale: sets the language of a topic's
/// digest words (or default for Digests:Locale).
/// </summary>
public sealed class TopicLocaleTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_FrenchModeratorDuplicateName_RefusedInFrench()
    {
        await using var bot = await StartAsync();
        await bot.CreateAsync("Harbour");

        var reply = await bot.SendAsync("create", Harbour(), locale: "fr");

        Assert.Equal("Ce serveur a déjà un sujet nommé **Harbour** (sans tenir compte de la casse). Choisissez un autre nom, ou modifiez celui-là avec `/topic edit`.", Content(reply));
    }

    [Fact]
    public async Task Create_FrenchModeratorChannelWithoutPermission_RefusedInFrenchWithTheReason()
    {
        await using var bot = await StartAsync(discord: state => state.Channels["400"] = FakeChannelKind.NoPermission);

        var reply = await bot.SendAsync("create", Harbour("400"), locale: "fr");

        Assert.Equal("Je ne peux pas publier de résumés dans <#400> : je n’ai pas le droit d’y envoyer des messages.", Content(reply));
        Assert.Null(await bot.FindAsync("Harbour"));
    }

    [Fact]
    public async Task Create_GermanModeratorNotAModerator_RefusedInGerman()
    {
        await using var bot = await StartAsync();

        var reply = await bot.SendAsync("create", Harbour(), permissions: "0", locale: "de");

        Assert.StartsWith("Nur Mitglieder mit der Berechtigung **Server verwalten**", Content(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_SpanishFromLatinAmerica_AnsweredFromTheSpanishFile()
    {
        await using var bot = await StartAsync();

        var reply = await bot.SendAsync("create", Harbour(), locale: "es-419");

        Assert.StartsWith("**Harbour** creado: resúmenes en <#100>", Content(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithGermanLocale_StoredAndShown()
    {
        await using var bot = await StartAsync();

        await bot.SendAsync("create", new Dictionary<string, object>(Harbour()) { ["locale"] = "DE" });
        var show = await bot.SendAsync("show", new Dictionary<string, object> { ["name"] = "Harbour" }, locale: "it");

        Assert.Equal("de", (await bot.FindAsync("Harbour"))!.Locale);
        var fields = show.Original!.Body["embeds"]![0]!["fields"]!.AsArray();
        Assert.Contains(fields, f => f!["name"]!.GetValue<string>() == "Lingua" && f["value"]!.GetValue<string>() == "de");
        Assert.Contains(fields, f => f!["name"]!.GetValue<string>() == "Ricerca");
    }

    [Fact]
    public async Task Create_UnknownLocale_RefusedNamingTheLanguages()
    {
        await using var bot = await StartAsync();

        var reply = await bot.SendAsync("create", new Dictionary<string, object>(Harbour()) { ["locale"] = "klingon" });

        Assert.Equal("NewsBot has no language \"klingon\"; pick one of en-US, de, es-ES, fr, it, pt-BR, or default for the bot's setting.", Content(reply));
        Assert.Null(await bot.FindAsync("Harbour"));
    }

    [Fact]
    public async Task Edit_LocaleThenDefault_RecordedAndCleared()
    {
        await using var bot = await StartAsync();
        await bot.CreateAsync("Harbour");

        var set = await bot.SendAsync("edit", new Dictionary<string, object> { ["name"] = "Harbour", ["locale"] = "pt-BR" }, locale: "pt-BR");
        var id = (await bot.FindAsync("Harbour"))!.Id;
        await bot.SendAsync("edit", new Dictionary<string, object> { ["name"] = "Harbour", ["locale"] = "default" });

        Assert.StartsWith("**Harbour** atualizado: idioma: default → pt\\-BR.", Content(set), StringComparison.Ordinal);
        Assert.Null((await bot.FindAsync("Harbour"))!.Locale);
        var changes = await bot.Topics.ListChangesAsync(id, 10, Token);
        Assert.Contains(changes, c => c.Action == "locale: pt-BR → default");
    }

    private static Dictionary<string, object> Harbour(string channel = TextChannel) =>
        new() { ["name"] = "Harbour", ["query"] = "ferry", ["channel"] = channel };
}
