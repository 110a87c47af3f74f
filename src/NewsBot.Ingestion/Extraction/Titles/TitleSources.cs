namespace NewsBot.Ingestion.Extraction.Titles;

/// <summary>Where a title candidate was read: one text may come from several places (a whole og:title and a cut &lt;title&gt;).</summary>
[Flags]
public enum TitleSources
{
    None = 0,

    /// <summary>What the hand-written rules chose (the headline, else the title): the fallback.</summary>
    Rule = 1,
    PageTitle = 2,
    OgTitle = 4,
    TwitterTitle = 8,
    JsonLdHeadline = 16,
    JsonLdName = 32,
    FirstHeading = 64,
    LaterHeading = 128,

    /// <summary>The &lt;title&gt;'s part before a separator.</summary>
    PageTitleHead = 256,

    /// <summary>The &lt;title&gt;'s part after a separator (titles that open with the brand).</summary>
    PageTitleTail = 512,

    /// <summary>Another source's part before a separator.</summary>
    OtherHead = 1024,

    /// <summary>Another source's part after a separator.</summary>
    OtherTail = 2048,

    /// <summary>A cut whose dropped part names the site ("… | Wrenfield Observer").</summary>
    SiteCut = 4096,
}
