using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Extraction.Markup;

namespace NewsBot.Ingestion.Tests.Extraction.Markup;

public sealed class UnreadHeadTextTests
{
    private const string Body = "<body><p>The Larkspur ferry runs again.</p><script>var fare = '$4';</script></body></html>";

    [Fact]
    public void Copy_HeadStyleAndTrackerScript_LeavesTheirTextOut()
    {
        var html = "<!DOCTYPE html><html><head><title>Ferry</title><style>p { color: red }</style><script>track('x')</script></head>" + Body;

        Assert.Equal("<!DOCTYPE html><html><head><title>Ferry</title><style></style><script></script></head>" + Body, Copied(html));
    }

    [Fact]
    public void Copy_ScriptsSomeReaderReads_KeptWhole()
    {
        var html = "<head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>"
            + "<script>window.__INITIAL_STATE__ = {\"story\":1}</script>"
            + "<script>var dataLayer_content = {\"pagePostAuthor\":\"Ada Quill\"}</script></head>" + Body;

        Assert.Equal(html, Copied(html));
    }

    [Fact]
    public void Copy_BodyStartedByNoscriptImage_LaterStyleKeptWhole()
    {
        // An image in the head's noscript starts the body: the style sheet after it is page text, as a reader sees it.
        var html = "<head><noscript><img src=\"pixel.gif\"></noscript><style>.price { }</style></head>" + Body;

        Assert.Equal(html, Copied(html));
    }

    [Fact]
    public void Copy_NoscriptOfStyleSheets_StaysInTheHead()
    {
        var html = "<head><noscript><link rel=\"stylesheet\" href=\"a.css\"><style>a { }</style></noscript><style>b { }</style></head>" + Body;

        Assert.Equal("<head><noscript><link rel=\"stylesheet\" href=\"a.css\"><style></style></noscript><style></style></head>" + Body, Copied(html));
    }

    [Theory]
    [InlineData("<head><meta content=\"</head><p>\"><style>a { }</style></head>", "<head><meta content=\"</head><p>\"><style></style></head>")]
    [InlineData("<head><!-- <script> --><style>a { }</style></head>", "<head><!-- <script> --><style></style></head>")]
    [InlineData("<head><script>if (a <!-- b) {}</script><style>a { }</style></head>", "<head><script>if (a <!-- b) {}</script><style>a { }</style></head>")]
    [InlineData("Ferry<head><style>a { }</style></head>", "Ferry<head><style>a { }</style></head>")]
    public void Copy_QuotesCommentsAndEscapes_ReadAsTheTokenizerDoes(string head, string expected)
    {
        Assert.Equal(expected + Body, Copied(head + Body));
    }

    [Fact]
    public void Parse_PageWithHeadText_BodyAsFromTheWholeMarkup()
    {
        var html = "<html><head><style>p { color: red }</style><script>track('x')</script></head>" + Body;

        using var document = PageParser.Parse(html);

        Assert.Equal("The Larkspur ferry runs again.var fare = '$4';", document.Body!.TextContent);
        Assert.Equal(2, document.Head!.ChildElementCount);
    }

    private static string Copied(string html)
    {
        var output = new char[html.Length];
        return new string(output, 0, UnreadHeadText.Copy(html, output));
    }
}
