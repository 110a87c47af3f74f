namespace NewsBot.Testing.FakeDiscord;

/// <summary>
/// What a member may do in a channel of the fake guild, so posting is refused as Discord would refuse it. Written
/// independently of the client's calculator: the fake is the referee the client is tested against.
/// </summary>
internal static class FakeChannelPermissions
{
    private const ulong All = ulong.MaxValue;

    /// <summary>Stored overwrites; a NoPermission channel also denies SEND_MESSAGES to @everyone, matching its 50013.</summary>
    public static IReadOnlyList<FakeOverwrite> Overwrites(FakeDiscordState state, string channelId)
    {
        var stored = state.Guild.Overwrites.GetValueOrDefault(channelId) ?? [];
        return state.Channels.GetValueOrDefault(channelId) == FakeChannelKind.NoPermission
            ? [.. stored, FakeOverwrite.Role(state.GuildId, deny: FakePermissions.SendMessages)]
            : stored;
    }

    public static ulong Of(FakeDiscordState state, string userId, string channelId)
    {
        var guild = state.Guild;
        if (userId == guild.OwnerId)
            return All;
        var roleIds = guild.Members.GetValueOrDefault(userId) ?? [];
        var bits = roleIds.Append(guild.Id).Aggregate(0UL, (sum, roleId) => sum | (guild.Roles.TryGetValue(roleId, out var role) ? role.Permissions : 0));
        if ((bits & FakePermissions.Administrator) != 0)
            return All;
        var overwrites = Overwrites(state, channelId);
        var everyone = overwrites.Where(o => o.Type == 0 && o.Id == guild.Id);
        var roles = overwrites.Where(o => o.Type == 0 && o.Id != guild.Id && roleIds.Contains(o.Id));
        var own = overwrites.Where(o => o.Type == 1 && o.Id == userId);
        foreach (var layer in new[] { everyone, roles, own })
        {
            var list = layer.ToList();
            var deny = list.Aggregate(0UL, (sum, o) => sum | o.Deny);
            var allow = list.Aggregate(0UL, (sum, o) => sum | o.Allow);
            bits = (bits & ~deny) | allow;
        }
        return bits;
    }
}
