namespace NewsBot.Core.Quotes;

/// <summary>
/// A role is often given once (`Ana Holm, the mayor, said`) while the speaker is quoted again without it: every quote of
/// that speaker gets the first role found for them.
/// </summary>
internal static class SharedRoles
{
    public static void Apply(Attribution[] result)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribution in result)
        {
            if (attribution is { Speaker: not null, Role: not null })
            {
                roles.TryAdd(attribution.Speaker, attribution.Role);
            }
        }

        for (var i = 0; i < result.Length; i++)
        {
            if (result[i] is { Speaker: { } speaker, Role: null } && roles.TryGetValue(speaker, out var role))
            {
                result[i] = result[i] with { Role = role };
            }
        }
    }
}
