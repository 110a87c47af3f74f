using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A role given once reaches the speaker's other quotes, and never overwrites a role of their own. Invented people.</summary>
public sealed class SharedRolesTests
{
    [Fact]
    public void Apply_SpeakerQuotedAgainWithoutRole_GetsTheFirstRole()
    {
        Attribution[] result = [new("Ana Holm", "mayor", true), new("Ana Holm", null, true), new("Ivo Brand", null, true)];

        SharedRoles.Apply(result);

        Assert.Equal("mayor", result[1].Role);
        Assert.Null(result[2].Role);
    }

    [Fact]
    public void Apply_SpeakerWithOwnRole_KeepsIt()
    {
        Attribution[] result = [new("Ana Holm", "mayor", true), new("Ana Holm", "former teacher", true)];

        SharedRoles.Apply(result);

        Assert.Equal("former teacher", result[1].Role);
    }
}
