namespace NewsBot.Persistence.Migrations;

/// <summary>
/// What the Components V2 digest shows beyond the embeds: each topic's accent colour (0xRRGGBB, NULL for the default)
/// and each article's lead image (the page's og:image or the like), shown as the story's thumbnail. Articles stored
/// before have none and show without a thumbnail.
/// </summary>
internal static class Migration008Presentation
{
    public static Migration Migration { get; } = new(8, """
        ALTER TABLE topics ADD COLUMN accent_color INTEGER;
        ALTER TABLE articles ADD COLUMN image TEXT;
        """);
}
