using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class ForumPostsTests
{
    [Theory]
    [InlineData("https://schema.example/Comment", true)]
    [InlineData("https://schema.example/DiscussionForumPosting", true)]
    [InlineData("https://schema.example/NotAComment", false)]
    [InlineData("Comment", false)]
    public void IsPost_ItemType_IsAPostWhenItsLastSegmentNamesOne(string itemType, bool expected)
    {
        var element = new HtmlParser().ParseDocument($"<html><body><div itemtype=\"{itemType}\">Tide tables are late again.</div></body></html>").Body!.FirstElementChild!;

        Assert.Equal(expected, ForumPosts.IsPost(element));
    }
}
