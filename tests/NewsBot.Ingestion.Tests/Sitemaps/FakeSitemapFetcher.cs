using System.Collections.Concurrent;
using System.Text;
using NewsBot.Ingestion.Http;

namespace NewsBot.Ingestion.Tests.Sitemaps;

/// <summary>Serves canned sitemaps by address (or from a lambda), counting every request; an unknown address is a 404.</summary>
internal sealed class FakeSitemapFetcher(Func<Uri, string?> documents) : IWebFetcher
{
    private readonly ConcurrentQueue<Uri> _requests = new();

    public FakeSitemapFetcher(IReadOnlyDictionary<string, string> documents)
        : this(uri => documents.GetValueOrDefault(uri.AbsoluteUri))
    {
    }

    public IReadOnlyList<Uri> Requests => [.. _requests];

    public Task<FetchedResource> FetchAsync(Uri uri, ConditionalRequest? conditional, CancellationToken cancellationToken)
    {
        _requests.Enqueue(uri);
        return documents(uri) is { } text
            ? Task.FromResult(new FetchedResource(uri, 200, Encoding.UTF8.GetBytes(text)))
            : throw new FetchException(uri, FetchFailure.HttpStatus, $"{uri} answered 404") { StatusCode = 404 };
    }
}
