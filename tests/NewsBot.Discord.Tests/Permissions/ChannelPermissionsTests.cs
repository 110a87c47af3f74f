using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Permissions;

namespace NewsBot.Discord.Tests.Permissions;

/// <summary>The cases of Discord's topics/permissions "Permission Overwrites" section, in an invented guild.</summary>
public sealed class ChannelPermissionsTests
{
    private const string GuildId = "1000";
    private const string OwnerId = "9000";
    private const string UserId = "4242";
    private const string Editors = "2001";
    private const string Muted = "2002";
    private const string Admins = "2003";
    private const DiscordPermissions Post = DiscordPermissions.ViewChannel | DiscordPermissions.SendMessages | DiscordPermissions.EmbedLinks;

    private static readonly Guild RiversideGuild = new()
    {
        Id = GuildId,
        OwnerId = OwnerId,
        Roles =
        [
            Role(GuildId, Post, 0),
            Role(Editors, DiscordPermissions.ManageMessages, 1),
            Role(Muted, DiscordPermissions.None, 5),
            Role(Admins, DiscordPermissions.Administrator, 9),
        ],
    };

    [Fact]
    public void Compute_NoOverwrites_ReturnsEveryoneAndRolePermissionsUnited()
    {
        var permissions = ChannelPermissions.Compute(RiversideGuild, Member(UserId, Editors), Channel());

        Assert.Equal(Post | DiscordPermissions.ManageMessages, permissions);
    }

    [Fact]
    public void Compute_AdministratorRole_ReturnsAllDespiteDenyingOverwrites()
    {
        var channel = Channel(Overwrite(GuildId, deny: DiscordPermissions.All), MemberOverwrite(UserId, deny: Post));

        var permissions = ChannelPermissions.Compute(RiversideGuild, Member(UserId, Admins), channel);

        Assert.Equal(DiscordPermissions.All, permissions);
    }

    [Fact]
    public void Compute_GuildOwnerWithoutRoles_ReturnsAll()
    {
        var guild = RiversideGuild with { Roles = [Role(GuildId, DiscordPermissions.None, 0)] };
        var channel = Channel(MemberOverwrite(OwnerId, deny: Post));

        var permissions = ChannelPermissions.Compute(guild, Member(OwnerId), channel);

        Assert.Equal(DiscordPermissions.All, permissions);
    }

    [Fact]
    public void Compute_EveryoneDeniesSendAndRoleAllows_RoleAllowWins()
    {
        var channel = Channel(Overwrite(GuildId, deny: DiscordPermissions.SendMessages), Overwrite(Editors, allow: DiscordPermissions.SendMessages));

        Assert.True(ChannelPermissions.Compute(RiversideGuild, Member(UserId, Editors), channel).HasFlag(DiscordPermissions.SendMessages));
        Assert.False(ChannelPermissions.Compute(RiversideGuild, Member(UserId), channel).HasFlag(DiscordPermissions.SendMessages));
    }

    [Fact]
    public void Compute_RoleDeniesAndMemberOverwriteAllows_MemberAllowWins()
    {
        var channel = Channel(Overwrite(Editors, deny: DiscordPermissions.SendMessages), MemberOverwrite(UserId, allow: DiscordPermissions.SendMessages));

        var permissions = ChannelPermissions.Compute(RiversideGuild, Member(UserId, Editors), channel);

        Assert.True(permissions.HasFlag(DiscordPermissions.SendMessages));
    }

    [Fact]
    public void Compute_EveryoneAllowsAndMemberOverwriteDenies_MemberDenyWins()
    {
        var channel = Channel(Overwrite(GuildId, allow: DiscordPermissions.SendMessages), MemberOverwrite(UserId, deny: DiscordPermissions.SendMessages));

        var permissions = ChannelPermissions.Compute(RiversideGuild, Member(UserId), channel);

        Assert.False(permissions.HasFlag(DiscordPermissions.SendMessages));
        Assert.True(permissions.HasFlag(DiscordPermissions.ViewChannel));
    }

    [Fact]
    public void Compute_HigherRoleDeniesAndLowerRoleAllows_AllowWinsWhateverThePositions()
    {
        // Listed allow-first: applying role overwrites one by one would let the later deny win; aggregated, the allow wins.
        var channel = Channel(Overwrite(Editors, allow: DiscordPermissions.SendMessages), Overwrite(Muted, deny: DiscordPermissions.SendMessages));

        var permissions = ChannelPermissions.Compute(RiversideGuild, Member(UserId, Muted, Editors), channel);

        Assert.True(permissions.HasFlag(DiscordPermissions.SendMessages));
    }

    [Fact]
    public void Compute_EveryoneOverwriteDeniesAllThenRoleAllowsView_OnlyTheAllowedBitsReturn()
    {
        var channel = Channel(Overwrite(GuildId, deny: DiscordPermissions.All), Overwrite(Editors, allow: DiscordPermissions.ViewChannel));

        var permissions = ChannelPermissions.Compute(RiversideGuild, Member(UserId, Editors), channel);

        Assert.Equal(DiscordPermissions.ViewChannel, permissions);
    }

    [Fact]
    public void Compute_OverwriteForARoleTheMemberLacks_IsIgnored()
    {
        var channel = Channel(Overwrite(Muted, deny: DiscordPermissions.SendMessages));

        var permissions = ChannelPermissions.Compute(RiversideGuild, Member(UserId, Editors), channel);

        Assert.True(permissions.HasFlag(DiscordPermissions.SendMessages));
    }

    [Fact]
    public void Compute_MemberOverwriteOfAnotherUser_IsIgnored()
    {
        var channel = Channel(MemberOverwrite("5555", deny: DiscordPermissions.SendMessages));

        Assert.True(ChannelPermissions.Compute(RiversideGuild, Member(UserId), channel).HasFlag(DiscordPermissions.SendMessages));
    }

    [Fact]
    public void Compute_ViewChannelDenied_ImpliesNothingElse()
    {
        var channel = Channel(Overwrite(GuildId, deny: DiscordPermissions.ViewChannel));

        var permissions = ChannelPermissions.Compute(RiversideGuild, Member(UserId, Editors), channel);

        Assert.Equal(DiscordPermissions.None, permissions);
    }

    [Fact]
    public void Compute_SendMessagesDenied_ImpliesNoEmbedLinks()
    {
        var channel = Channel(Overwrite(GuildId, deny: DiscordPermissions.SendMessages));

        var permissions = ChannelPermissions.Compute(RiversideGuild, Member(UserId), channel);

        Assert.Equal(DiscordPermissions.ViewChannel, permissions);
    }

    [Fact]
    public void ComputeBase_UnknownRoleIdAndEveryoneMissing_CountsOnlyKnownRoles()
    {
        var guild = RiversideGuild with { Roles = [Role(Editors, DiscordPermissions.ManageMessages, 1)] };

        var permissions = ChannelPermissions.ComputeBase(guild, UserId, [Editors, "7777"]);

        Assert.Equal(DiscordPermissions.ManageMessages, permissions);
    }

    [Fact]
    public void Compute_MemberWithoutUser_Throws()
    {
        Assert.Throws<ArgumentException>(() => ChannelPermissions.Compute(RiversideGuild, new GuildMember(), Channel()));
    }

    private static Role Role(string id, DiscordPermissions permissions, int position) =>
        new() { Id = id, Name = "role" + id, Permissions = PermissionBits.Format(permissions), Position = position };

    private static GuildMember Member(string userId, params string[] roles) => new() { User = new User { Id = userId }, Roles = roles };

    private static Channel Channel(params PermissionOverwrite[] overwrites) =>
        new() { Id = "3000", GuildId = GuildId, Type = (int)ChannelType.GuildText, PermissionOverwrites = overwrites };

    private static PermissionOverwrite Overwrite(string roleId, DiscordPermissions allow = default, DiscordPermissions deny = default) =>
        new() { Id = roleId, Type = PermissionOverwriteType.Role, Allow = PermissionBits.Format(allow), Deny = PermissionBits.Format(deny) };

    private static PermissionOverwrite MemberOverwrite(string userId, DiscordPermissions allow = default, DiscordPermissions deny = default) =>
        new() { Id = userId, Type = PermissionOverwriteType.Member, Allow = PermissionBits.Format(allow), Deny = PermissionBits.Format(deny) };
}
