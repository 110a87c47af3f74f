using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class TrailingRightsNoticeTests
{
    private const string Body =
        "The Hollowmere ferry board met on Thursday and agreed to keep the winter timetable.\n\n"
        + "Captain Orla Penhallow said the crossing would run every ninety minutes until March.";

    [Theory]
    [InlineData("© 2025 The Hollowmere Herald. All rights reserved.")]
    [InlineData("Copyright (c) 2024 Penhallow Media")]
    [InlineData("(c) 2023 Hollowmere Herald")]
    [InlineData("Alle Rechte vorbehalten.")]
    [InlineData("Tous droits réservés")]
    [InlineData("Todos los derechos reservados.")]
    public void Remove_ArticleEndingWithANotice_DropsIt(string notice)
    {
        Assert.Equal(Body, TrailingRightsNotice.Remove(Body + "\n\n" + notice));
    }

    [Fact]
    public void Remove_SeveralClosingNoticeLines_DropsThemAll()
    {
        Assert.Equal(Body, TrailingRightsNotice.Remove(Body + "\n\nCopyright 2025 Hollowmere Herald\nAll rights reserved.\n"));
    }

    [Fact]
    public void Remove_ClosingParagraphAboutCopyrightLaw_KeepsIt()
    {
        var text = Body + "\n\nThe board also asked whether copyright law covers the timetable itself, and its lawyer, Tamsin Wrey, "
            + "said a list of sailing times holds too little creative choice to be protected, so rivals may copy it freely.";

        Assert.Equal(text, TrailingRightsNotice.Remove(text));
    }

    [Fact]
    public void Remove_ShortNoticeInTheMiddle_KeepsIt()
    {
        var text = "Photo © Hollowmere Herald\n\n" + Body;

        Assert.Equal(text, TrailingRightsNotice.Remove(text));
    }

    [Fact]
    public void Remove_TextThatIsOnlyANotice_KeepsIt()
    {
        const string text = "© 2025 The Hollowmere Herald";

        Assert.Equal(text, TrailingRightsNotice.Remove(text));
    }

    [Fact]
    public void Remove_ClosingListItemMarkedC_KeepsIt()
    {
        var text = Body + "\n(c) the board's reply to the harbour master";

        Assert.Equal(text, TrailingRightsNotice.Remove(text));
    }
}
