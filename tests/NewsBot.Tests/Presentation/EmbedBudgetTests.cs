using NewsBot.Discord.Models;
using NewsBot.Presentation;

namespace NewsBot.Tests.Presentation;

public sealed class EmbedBudgetTests
{
    [Fact]
    public void Length_CountsTrimmedTextFieldsButNotUrls()
    {
        var embed = new Embed
        {
            Title = "  title ",
            Description = "desc",
            Url = "https://brindle-post.example/a-very-long-link",
            Footer = new EmbedFooter("foot"),
            Author = new EmbedAuthor("au"),
            Fields = [new EmbedField("nm", "value")],
        };

        Assert.Equal(5 + 4 + 4 + 2 + 2 + 5, EmbedBudget.Length(embed));
    }

    [Fact]
    public void Split_EmbedsOver6000Characters_StartsANewMessage()
    {
        var embeds = Enumerable.Range(0, 5).Select(_ => new Embed { Description = new string('x', 2500) }).ToList();

        var messages = EmbedBudget.Split(embeds);

        Assert.Equal([2, 2, 1], messages.Select(m => m.Count));
    }

    [Fact]
    public void Split_ElevenSmallEmbeds_TenThenOne()
    {
        var embeds = Enumerable.Range(0, 11).Select(i => new Embed { Title = $"t{i}" }).ToList();

        var messages = EmbedBudget.Split(embeds);

        Assert.Equal([10, 1], messages.Select(m => m.Count));
        Assert.Equal("t10", messages[1][0].Title);
    }
}
