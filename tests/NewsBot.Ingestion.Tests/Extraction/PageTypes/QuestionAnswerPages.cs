namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

/// <summary>Invented question-and-answer pages marked with schema.org microdata, as Stack Exchange-like software writes them.</summary>
internal static class QuestionAnswerPages
{
    private static string Comment(string text) =>
        $"""<li class="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="text">{text}</span> – <a href="/users/9">pebblewick</a></li>""";

    public static string Thread(int answers)
    {
        var answerHtml = string.Concat(Enumerable.Range(1, answers).Select(i => $"""
            <div class="answer" itemscope itemtype="https://schema.org/Answer" itemprop="suggestedAnswer">
              <div class="votes"><span itemprop="upvoteCount">{20 - i}</span></div>
              <div class="post-body" itemprop="text"><p>Answer number {i}: lower the kiln's ramp rate below the quartz inversion and the glaze stops crawling.</p></div>
              <div class="user-card">answered by <a href="/users/{i}">glazer{i}</a> 1,204 reputation</div>
              <ul class="comments">{Comment($"Comment on answer {i}: did you try this on porcelain too?")}</ul>
            </div>
            """));
        return $"""
            <html><head><title>Why does my glaze crawl after a second firing? - Kilnside Q&amp;A</title></head>
            <body><header><a href="/">Kilnside</a></header>
            <main itemscope itemtype="https://schema.org/QAPage">
              <div class="question" itemscope itemtype="https://schema.org/Question" itemprop="mainEntity">
                <h1 itemprop="name">Why does my glaze crawl after a second firing?</h1>
                <div class="votes"><span itemprop="upvoteCount">31</span></div>
                <div class="post-body" itemprop="text"><p>My celadon glaze pulls back from the rim of every bowl after the second firing, leaving bare clay.</p></div>
                <div class="tags"><a href="/tags/glaze">glaze</a> <a href="/tags/kiln">kiln</a></div>
                <ul class="comments">{Comment("Comment on the question: what cone do you fire to?")}</ul>
              </div>
              <h2>{answers} Answers</h2>
              {answerHtml}
            </main>
            <aside class="sidebar"><h3>Hot network questions</h3><ul><li><a href="/q/1">Is raku safe indoors?</a></li></ul></aside>
            </body></html>
            """;
    }

    /// <summary>A service page whose FAQ is marked up: answers with a body, questions with a name only.</summary>
    public const string Faq = """
        <html><head><title>Kiln repair questions | Kilnside Services</title></head><body>
        <main><h1>Kiln repair</h1><p>We repair electric and gas kilns across the county, usually within a week of your call.</p>
        <div itemscope itemtype="https://schema.org/FAQPage">
          <div itemscope itemtype="https://schema.org/Question" itemprop="mainEntity"><h3 itemprop="name">Do you repair gas kilns?</h3>
            <div itemscope itemtype="https://schema.org/Answer" itemprop="acceptedAnswer"><p itemprop="text">Yes, every make of gas kiln sold in the last thirty years.</p></div></div>
          <div itemscope itemtype="https://schema.org/Question" itemprop="mainEntity"><h3 itemprop="name">How soon can you come?</h3>
            <div itemscope itemtype="https://schema.org/Answer" itemprop="acceptedAnswer"><p itemprop="text">Usually within a week of your call, sooner for a kiln mid-firing.</p></div></div>
        </div>
        <p>Our technicians carry the common elements and thermocouples in the van, so most repairs take one visit.</p></main>
        </body></html>
        """;
}
