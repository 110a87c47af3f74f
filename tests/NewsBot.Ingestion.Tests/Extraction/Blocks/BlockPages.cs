namespace NewsBot.Ingestion.Tests.Extraction.Blocks;

/// <summary>Invented pages for the block classifier (invented shops, councils and people).</summary>
internal static class BlockPages
{
    public static string Product() => """
        <html><head><title>Heron 40 rain jacket | Fellside Outfitters</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Heron 40 rain jacket","offers":{"@type":"Offer","price":"89.00","priceCurrency":"GBP"}}</script>
        </head><body>
        <header><nav><a href="/">Home</a> <a href="/jackets">Jackets</a> <a href="/sale">Sale</a> <a href="/basket">Basket</a></nav></header>
        <main><h1>Heron 40 rain jacket</h1><p class="price">£89.00</p>
        <div class="description"><p>The Heron 40 keeps a walker dry through a whole afternoon of drizzle on the fells.</p>
        <p>Its hood folds into the collar and the seams are taped, so rain stays outside even on a windy ridge.</p></div>
        <table class="specs"><tr><th>Weight</th><td>410 g</td></tr><tr><th>Fabric</th><td>Recycled nylon, three layers</td></tr>
        <tr><th>Pockets</th><td>Two hand pockets and one chest pocket</td></tr></table></main>
        <footer><p>Fellside Outfitters, Mill Yard, Kendlebrook.</p><a href="/returns">Returns</a> <a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    public static string ArticleWithLongFooter()
    {
        var footerLinks = string.Concat(Enumerable.Range(1, 40).Select(i => $"""<li><a href="/section/{i}">Section {i} of the Ashby Courier</a></li>"""));
        return $"""
            <html><head><title>Ferry timetable changes for the winter | Ashby Courier</title></head><body>
            <header><a href="/">Ashby Courier</a></header>
            <article><h1>Ferry timetable changes for the winter</h1>
            <p>The island ferry will sail four times a day from November, the operator Tarnmouth Shipping said on Monday.</p>
            <p>Captain Mira Holloway said the morning crossing moves to half past seven so pupils reach the mainland school on time.</p>
            <p>Residents who travel for hospital visits can book a seat on the late crossing a week ahead, the company added.</p>
            </article>
            <footer><p>Ashby Courier is published by Harbourside Media. Contact the newsroom on weekdays.</p><ul>{footerLinks}</ul>
            <p>Copyright 2026 Harbourside Media. All rights reserved. Terms of use, privacy notice and cookie settings.</p></footer>
            </body></html>
            """;
    }
}
