using System.Text.Json;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Tests.Interactions;

/// <summary>What a handler learns from INTERACTION_CREATE in a server, in a DM and through a member's own installation.</summary>
public sealed class InteractionContextTests
{
    [Fact]
    public void ServerId_ServerInstall_TheGuild()
    {
        var context = Read("""{"guild_id":"500","member":{"user":{"id":"600"},"permissions":"32"},"authorizing_integration_owners":{"0":"500"},"context":0}""");

        Assert.Equal("500", context.ServerId);
        Assert.Equal("600", context.UserId);
        Assert.True(context.HasPermission(DiscordPermissions.ManageGuild));
    }

    [Fact]
    public void ServerId_UserInstallInServerWithoutTheBot_Null()
    {
        var context = Read("""{"guild_id":"500","member":{"user":{"id":"600"},"permissions":"32"},"authorizing_integration_owners":{"1":"600"},"context":0}""");

        Assert.Null(context.ServerId);
        Assert.Equal("500", context.GuildId);
    }

    [Fact]
    public void ServerIdAndUserId_DirectMessage_NoServerAndTheUser()
    {
        var context = Read("""{"user":{"id":"601"},"authorizing_integration_owners":{"1":"601"},"context":1,"locale":"pt-BR"}""");

        Assert.Null(context.ServerId);
        Assert.Equal("601", context.UserId);
        Assert.Equal("pt-BR", context.Locale);
        Assert.False(context.HasPermission(DiscordPermissions.ManageGuild));
    }

    [Fact]
    public void Locale_NotSent_EnglishUs()
    {
        Assert.Equal("en-US", Read("""{"guild_id":"500"}""").Locale);
    }

    [Fact]
    public void TargetMessage_MessageCommand_TheResolvedMessage()
    {
        var context = Read("""
            {"user":{"id":"601"},"data":{"name":"Key quotes","type":3,"target_id":"42",
             "resolved":{"messages":{"42":{"id":"42","channel_id":"100","content":"look https://harbourline.test/a","embeds":[{"url":"https://harbourline.test/b"}]}}}}}
            """);

        Assert.Equal("look https://harbourline.test/a", context.TargetMessage!.Content);
        Assert.Equal("https://harbourline.test/b", context.TargetMessage.Embeds![0].Url);
        Assert.Equal("Key quotes", context.CommandPath);
    }

    [Fact]
    public void TargetMessage_SlashCommand_Null()
    {
        Assert.Null(Read("""{"guild_id":"500","data":{"name":"quotes","type":1}}""").TargetMessage);
    }

    [Fact]
    public void CommandPath_SelectMenuInteraction_ComponentAndCustomIdPrefixWithValues()
    {
        var context = Read("""{"type":3,"guild_id":"500","data":{"custom_id":"feed-add:abc123","component_type":3,"values":["1"]}}""");

        Assert.Equal("component feed-add", context.CommandPath);
        Assert.Equal("feed-add:abc123", context.CustomId);
        Assert.Equal(["1"], context.SelectedValues);
        Assert.Empty(context.Options);
    }

    [Fact]
    public void CustomId_SlashCommand_Null() =>
        Assert.Null(Read("""{"type":2,"data":{"name":"feed","custom_id":"forged:1"}}""").CustomId);

    private static InteractionContext Read(string json) =>
        new(JsonSerializer.Deserialize<Interaction>(json, DiscordJson.Options)!, null!, ephemeral: false);
}
