using System.Collections.Concurrent;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>
/// The fake guild's permission state. Defaults let the bot post everywhere: @everyone may view, send and embed, the bot
/// (added as a member with <see cref="BotRoleId"/> when the server starts) has its own role, and no channel has overwrites.
/// </summary>
public sealed class FakeGuild(string id)
{
    public const string BotRoleId = "510";

    public string Id => id;
    public string Name { get; set; } = "Riverside Gazette Newsroom";
    public string OwnerId { get; set; } = "700";

    /// <summary>Roles by id; the @everyone role has the guild's id.</summary>
    public ConcurrentDictionary<string, FakeRole> Roles { get; } = new()
    {
        [id] = new FakeRole("@everyone", FakePermissions.EveryoneDefault, 0),
        [BotRoleId] = new FakeRole("Harbour Wire", 0, 1),
    };

    /// <summary>Members by user id, with their role ids (@everyone implied).</summary>
    public ConcurrentDictionary<string, IReadOnlyList<string>> Members { get; } = new();

    /// <summary>Overwrites by channel id.</summary>
    public ConcurrentDictionary<string, IReadOnlyList<FakeOverwrite>> Overwrites { get; } = new();

    public void AddOverwrite(string channelId, FakeOverwrite overwrite) =>
        Overwrites.AddOrUpdate(channelId, [overwrite], (_, existing) => [.. existing.Where(o => o.Id != overwrite.Id), overwrite]);

    /// <summary>Sets the @everyone role's guild-wide permissions.</summary>
    public void SetEveryonePermissions(ulong permissions) => Roles[id] = Roles[id] with { Permissions = permissions };
}
