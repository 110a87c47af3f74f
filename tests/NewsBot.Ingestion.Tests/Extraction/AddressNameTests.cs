using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>A person's name spelled by a site's address, as a personal site's owner is read.</summary>
public sealed class AddressNameTests
{
    [Theory]
    [InlineData("https://www.rosalind-achterberg.example/notes/tides", "rosalindachterberg")]
    [InlineData("https://blog.rosalindachterberg.example/", "rosalindachterberg")]
    public void Letters_PersonalDomain_IsTheLabelsLetters(string address, string letters) =>
        Assert.Equal(letters, AddressName.Letters(new Uri(address)));

    [Fact]
    public void Letters_ShortLabel_IsNull() => Assert.Null(AddressName.Letters(new Uri("https://jdoe.example/post")));

    [Fact]
    public void Spelled_NameInText_IsTheName() =>
        Assert.Equal("Rosalind Achterberg", AddressName.Spelled("Home · About Rosalind Achterberg · Posts", "rosalindachterberg", "en"));

    [Fact]
    public void Spelled_NameOverTwoLines_IsWrittenWithOneSpace() =>
        Assert.Equal("Rosalind Achterberg", AddressName.Spelled("Rosalind\n  Achterberg", "rosalindachterberg", "en"));

    [Fact]
    public void Spelled_BusinessNamedAfterAPlace_IsNull() =>
        Assert.Null(AddressName.Spelled("Welcome to Austin Hardware, open daily", "austinhardware", "en"));

    [Fact]
    public void Spelled_WordsPartedByPunctuation_IsNull() =>
        Assert.Null(AddressName.Spelled("Rosalind (Achterberg) on tides", "rosalindachterberg", "en"));

    [Fact]
    public void Spelled_LettersSpellingOnlyPartOfTheWords_IsNull() =>
        Assert.Null(AddressName.Spelled("Rosalind Achterbergen writes", "rosalindachterberg", "en"));
}
