namespace NewsBot.Ingestion.Extraction;

/// <summary>What an element's class and id names say (<see cref="ElementHints"/>), as cached per element.</summary>
[Flags]
internal enum HintKinds : byte
{
    None = 0,
    Boilerplate = 1,
    StrongBoilerplate = 2,
    Content = 4,

    /// <summary>A name such as article-body or entry-content (<see cref="ArticleBodyMarker"/>).</summary>
    ArticleBody = 8,

    /// <summary>The word "hidden": furniture, unless the element is a collapsed panel (<see cref="Disclosure"/>).</summary>
    HiddenName = 16,

    /// <summary>An accordion or collapsible panel: its text is the page's, shown when the reader opens it.</summary>
    Disclosure = 32,

    /// <summary>Set once the names were read, so an element with no telling name is not read again.</summary>
    Known = 128,
}
