namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

/// <summary>Invented pages of each type (invented sites and people), built in code so counts can vary.</summary>
internal static class InventedPages
{
    public static string Forum(int posts)
    {
        var thread = string.Concat(Enumerable.Range(1, posts).Select(i => $"""
            <article class="message" data-author="member{i}">
              <div class="message-user"><a href="/members/member{i}">member{i}</a> <time datetime="2026-03-0{1 + (i % 9)}">March {i}</time></div>
              <div class="message-body"><p>Post number {i} of the thread: my reed warbler feeder kept tipping over until I weighted its base with gravel.</p></div>
            </article>
            """));
        return $"""
            <html><head><title>Feeder keeps tipping over | Wrenfield Birders Forum</title>
            <script type="application/ld+json">{"{"}"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Feeder keeps tipping over"{"}"}</script>
            </head><body>
            <nav><a href="/">Forums</a> <a href="/whats-new">What's new</a> <a href="/members">Members</a></nav>
            <main><h1>Feeder keeps tipping over</h1><div class="thread">{thread}</div></main>
            <aside class="sidebar"><h3>Trending threads</h3><ul><li><a href="/t/1">Owl boxes in March</a></li></ul></aside>
            <footer>Wrenfield Birders Forum, run by volunteers.</footer>
            </body></html>
            """;
    }

    public static string Listing(int items)
    {
        var cards = string.Concat(Enumerable.Range(1, items).Select(i => $"""
            <div class="card"><h2><a href="/news/item-{i}">Quarry Lane notice {i}</a></h2>
            <p>Short description {i}: the parish council posts its weekly notice about the quarry road.</p></div>
            """));
        return $"""
            <html><head><title>News | Quarry Lane Parish</title>
            <script type="application/ld+json">{"{"}"@context":"https://schema.org","@type":"CollectionPage","name":"News"{"}"}</script>
            </head><body><header><a href="/">Quarry Lane Parish</a><nav><a href="/about">About</a></nav></header>
            <main><h1>News</h1><div class="cards">{cards}</div></main>
            <footer><p>Quarry Lane Parish Council, Old School House.</p></footer></body></html>
            """;
    }

    public const string Documentation = """
        <html><head><title>Configuring the spooler - Tallowmere Docs</title></head><body>
        <div class="layout">
          <nav class="sidebar"><ul><li><a href="/docs/install">Installing Tallowmere</a></li><li><a href="/docs/spooler">Configuring the spooler</a></li><li><a href="/docs/cli">Command reference</a></li></ul></nav>
          <main><article>
            <h1>Configuring the spooler</h1>
            <p>The spooler reads its settings from tallow.toml in the working folder, and falls back to defaults for anything missing.</p>
            <pre><code>[spooler]
        batch = 40</code></pre>
            <p>Raise the batch size when the queue grows faster than it drains, and lower it on small machines.</p>
            <pre><code>tallow spool --check</code></pre>
          </article>
          <div class="toc"><p>On this page</p><ul><li><a href="#top">Configuring the spooler</a></li></ul></div></main>
        </div></body></html>
        """;

    public const string Product = """
        <html><head><title>Harrowgate Linen Apron | Fennick &amp; Daughters</title>
        <meta property="og:type" content="product">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Harrowgate Linen Apron","offers":{"@type":"Offer","price":"38.00","priceCurrency":"GBP"}}</script>
        </head><body><header><nav><a href="/shop">Shop</a><a href="/cart">Cart</a></nav></header>
        <main><h1>Harrowgate Linen Apron</h1><p class="price">£38.00</p><button>Add to basket</button>
          <section class="description"><h2>Details</h2><p>Stonewashed linen apron with two deep pockets and a cross-back strap, cut and sewn in our Harrowgate workshop.</p>
          <h2>Care</h2><p>Machine wash at 40 degrees; it softens with every wash.</p></section>
          <section class="reviews"><h2>Reviews</h2><p>Lovely apron, but the strap was too long for me. Tamsin R.</p></section>
          <section class="recently-viewed"><h2>Recently viewed</h2><p><a href="/p/tea-towel">Tea towel</a></p></section>
        </main><footer>Fennick &amp; Daughters, makers since 1921.</footer></body></html>
        """;

    /// <summary>A thread whose posts carry the poster's rank and counters, and a signature under each post.</summary>
    public static string ForumWithUserCards(int posts)
    {
        var thread = string.Concat(Enumerable.Range(1, posts).Select(i => $"""
            <article class="message">
              <div class="message-user"><a href="/members/member{i}">member{i}</a>
                <h5 class="userTitle message-userTitle">Gold Member</h5>
                <div class="message-userExtras"><dl><dt>Joined</dt><dd>Mar 4, 2019</dd><dt>Reaction score</dt><dd>{i * 7}</dd></dl></div></div>
              <div class="message-body"><p>Post number {i} of the thread: the owl box faces north-east, away from the prevailing wind and the afternoon sun.</p></div>
              <div class="message-signature"><p>Sent from my garden shed, where the feeders live.</p></div>
            </article>
            """));
        return $"""
            <html><head><title>Owl boxes | Wrenfield Birders Forum</title>
            <script type="application/ld+json">{"{"}"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Owl boxes"{"}"}</script>
            </head><body><nav><a href="/">Forums</a></nav>
            <main><h1>Owl boxes</h1><div class="thread">{thread}</div></main>
            <footer>Wrenfield Birders Forum, run by volunteers.</footer></body></html>
            """;
    }

    /// <summary>A shop page whose specifications wait in a collapsed accordion panel.</summary>
    public const string ProductWithAccordion = """
        <html><head><title>Oakhollow Stool | Fennick &amp; Daughters</title>
        <meta property="og:type" content="product">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Oakhollow Stool"}</script>
        </head><body><header><nav><a href="/shop">Shop</a></nav></header>
        <main><h1>Oakhollow Stool</h1>
          <p>A three-legged stool turned from English oak and finished with hard wax oil, steady on uneven flagstones.</p>
          <button aria-expanded="false" aria-controls="specs">Specifications</button>
          <div id="specs" role="region" hidden><p>Seat height: 46 cm. Seat diameter: 32 cm. Weight: 3.1 kg.</p></div>
          <div class="login-panel" hidden><p>Sign in to your account to save this stool to your list.</p></div>
        </main><footer>Fennick &amp; Daughters, makers since 1921.</footer></body></html>
        """;
}
