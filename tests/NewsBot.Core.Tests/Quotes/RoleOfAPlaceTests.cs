using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`The mayor of Eastfield, Ellen Whitcombe, …` then `the mayor said`: a role set before the name with the place it serves. Invented people.</summary>
public sealed class RoleOfAPlaceTests
{
    [Theory]
    [InlineData("The mayor of Eastfield, Ellen Whitcombe, visited the quay on Monday with the fishermen.", "the mayor said")]
    [InlineData("The Labour mayor of Eastfield, Ellen Whitcombe, visited the quay on Monday with the fishermen.", "the Labour mayor said")]
    public void Extract_RoleOfAPlaceBeforeTheName_RoleResumes_ThePerson(string introduction, string attribution) =>
        Assert.Equal(
            "Ellen Whitcombe",
            ContinentalAttributionKit.ExtractIn("en", introduction, $"“The ferry will run again before the winter,” {attribution}.").SpeakerContaining("ferry will run"));
}
