namespace NewsBot.Engine.Polling;

/// <summary>A URL as it may appear in logs: private feeds often carry a token in the user info or the query.</summary>
internal static class LoggableUrl
{
    public static string For(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? $"{uri.Scheme}://{uri.Authority}{uri.AbsolutePath}{(uri.Query.Length > 1 ? "?…" : "")}"
            : "(not an http URL)";
}
