using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Tests.Limits;

public sealed class MessageLimitsTests
{
    private static string Text(int length) => new('a', length);

    public static TheoryData<string, Embed> OverLimitEmbeds => new()
    {
        { "embeds[0].title", new Embed { Title = Text(257) } },
        { "embeds[0].description", new Embed { Description = Text(4097) } },
        { "embeds[0].footer.text", new Embed { Footer = new EmbedFooter(Text(2049)) } },
        { "embeds[0].author.name", new Embed { Author = new EmbedAuthor(Text(257)) } },
        { "embeds[0].fields[0].name", new Embed { Fields = [new EmbedField(Text(257), "v")] } },
        { "embeds[0].fields[0].value", new Embed { Fields = [new EmbedField("n", Text(1025))] } },
        { "embeds[0].fields:", new Embed { Fields = [.. Enumerable.Repeat(new EmbedField("n", "v"), 26)] } },
        { "embeds[0].fields[0]: name and value", new Embed { Fields = [new EmbedField(" ", "v")] } },
        { "embeds[0].url", new Embed { Url = "https://example.org/" + Text(2040) } },
    };

    [Theory]
    [MemberData(nameof(OverLimitEmbeds))]
    public void Check_EmbedFieldOverLimit_NamesTheField(string path, Embed embed) =>
        Assert.Contains(MessageLimits.Check(null, [embed]), v => v.StartsWith(path, StringComparison.Ordinal));

    [Fact]
    public void Check_ContentOf2001_IsRejectedAnd2000Passes()
    {
        Assert.Contains(MessageLimits.Check(Text(2001), null), v => v.StartsWith("content", StringComparison.Ordinal));
        Assert.Empty(MessageLimits.Check(Text(2000), null));
    }

    [Fact]
    public void Check_ElevenEmbeds_IsRejected() =>
        Assert.Contains(MessageLimits.Check(null, [.. Enumerable.Repeat(new Embed { Title = "t" }, 11)]), v => v.StartsWith("embeds: 11", StringComparison.Ordinal));

    [Fact]
    public void Check_6001CharactersAcrossEmbeds_IsRejectedAnd6000Passes()
    {
        Embed Of(int n) => new() { Description = Text(n) };

        Assert.Contains(MessageLimits.Check(null, [Of(3000), Of(3001)]), v => v.Contains("6001 characters across", StringComparison.Ordinal));
        Assert.Empty(MessageLimits.Check(null, [Of(3000), Of(3000)]));
    }

    [Fact]
    public void Check_SurroundingWhitespace_IsNotCounted() =>
        Assert.Empty(MessageLimits.Check("  " + Text(2000) + "\n\n", null));

    [Fact]
    public void ThrowIfInvalid_OverLimit_ThrowsAProgrammingErrorListingEveryViolation()
    {
        var error = Assert.Throws<MessageLimitException>(() => MessageLimits.ThrowIfInvalid(Text(2001), [new Embed { Title = Text(300) }]));

        Assert.Equal(2, error.Violations.Count);
        Assert.StartsWith("message not sent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckNonce_26Characters_IsRejectedAnd25Passes()
    {
        Assert.Equal(["nonce: 26 characters, at most 25"], MessageLimits.CheckNonce(Text(26), enforceNonce: true));
        Assert.Empty(MessageLimits.CheckNonce(Text(25), enforceNonce: true));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void CheckNonce_EnforceWithoutNonce_IsRejected(string? nonce) =>
        Assert.Equal(["enforce_nonce: needs a nonce"], MessageLimits.CheckNonce(nonce, enforceNonce: true));

    [Fact]
    public void CheckNonce_NoNonceWithoutEnforce_Passes() =>
        Assert.Empty(MessageLimits.CheckNonce(null, enforceNonce: false));
}
