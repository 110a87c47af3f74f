using System.Text;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// The 4.9 MB page of the fault matrix: a headline and a paragraph, then hundreds of thousands of tiny nested list
/// elements. Built once and shared, so the site's own memory does not count against NewsBot's.
/// </summary>
internal static class NestedListPage
{
    private static readonly Lazy<byte[]> Page = new(Build);

    public static byte[] Bytes => Page.Value;

    private static byte[] Build()
    {
        var html = new StringBuilder(5_000_000);
        html.Append("""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Index of everything</title></head><body>
            <h1>Index of everything</h1><p>The council published its full register of minor works on Tuesday.</p>
            """);
        var item = 0;
        while (html.Length < 4_900_000)
        {
            html.Append("<ul><li>a<ul><li>b").Append(item++).Append("</li><li>c</li></ul></li><li>d</li></ul>");
        }
        return Encoding.UTF8.GetBytes(html.Append("</body></html>").ToString());
    }
}
