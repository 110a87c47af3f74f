using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Tests.Quotes.Entities;

/// <summary>A hand-made table of invented words, so the compound rules are tested apart from the shipped data.</summary>
public sealed class EntityTableTests
{
    private static readonly EntityTable Table = EntityTable.From(
        ["varnish\tD", "ostral\tD", "kvarnholm\tPB", "mara\tGf", "lise\tGf", "ministerium\tO", "andrea\tGf it:m", "brevik\tGmK"]);

    [Fact]
    public void EntryOf_ListedName_ReadsItsCodes()
    {
        var entry = Table.EntryOf("andrea");

        Assert.Equal(LexiconFlags.GivenName, entry.Flags);
        Assert.Equal(Gender.Female, entry.GenderIn("en"));
        Assert.Equal(Gender.Male, entry.GenderIn("it"));
    }

    [Theory]
    [InlineData("varnish-ostral", nameof(LexiconFlags.Demonym))]
    [InlineData("varnish-kvarnholm", nameof(LexiconFlags.Place))]
    [InlineData("mara-lise", nameof(LexiconFlags.GivenName))]
    [InlineData("mara-ostral", nameof(LexiconFlags.None))]
    [InlineData("mara-unknown", nameof(LexiconFlags.None))]
    public void FlagsOf_HyphenatedCompound_WhatEveryPartIs(string key, string expected) =>
        Assert.Equal(Enum.Parse<LexiconFlags>(expected), Table.FlagsOf(key));

    [Fact]
    public void EntryOf_ListedPlace_KeepsTheMajorMark() => Assert.True(Table.EntryOf("kvarnholm").MajorPlace);

    [Fact]
    public void EntryOf_UnlistedKey_Empty() => Assert.Equal(default, Table.EntryOf("lindqvist"));

    [Theory]
    [InlineData("hafenministerium", nameof(LexiconFlags.OrganisationWord))]
    [InlineData("ministerium", nameof(LexiconFlags.None))]
    [InlineData("hafenamt", nameof(LexiconFlags.None))]
    [InlineData("hafenbrevik", nameof(LexiconFlags.None))]
    public void GermanCompounds_HeadFlags_TheLastPartsKind(string key, string expected) =>
        Assert.Equal(Enum.Parse<LexiconFlags>(expected), GermanCompounds.HeadFlags(Table, key));
}
