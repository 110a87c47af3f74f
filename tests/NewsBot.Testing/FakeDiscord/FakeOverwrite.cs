using System.Globalization;
using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>A channel permission overwrite: Type 0 for a role (the @everyone role has the guild's id), 1 for a member.</summary>
public sealed record FakeOverwrite(string Id, int Type, ulong Allow, ulong Deny)
{
    public static FakeOverwrite Role(string roleId, ulong allow = 0, ulong deny = 0) => new(roleId, 0, allow, deny);

    public static FakeOverwrite Member(string userId, ulong allow = 0, ulong deny = 0) => new(userId, 1, allow, deny);

    internal JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["type"] = Type,
        ["allow"] = Allow.ToString(CultureInfo.InvariantCulture),
        ["deny"] = Deny.ToString(CultureInfo.InvariantCulture),
    };
}
