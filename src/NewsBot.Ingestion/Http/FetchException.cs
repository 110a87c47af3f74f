using System.Text.Json.Serialization;

namespace NewsBot.Ingestion.Http;

/// <summary>A download that failed for a reason worth one clear line to a user.</summary>
[JsonConverter(typeof(FetchExceptionJsonConverter))]
public sealed class FetchException : Exception
{
    public FetchException(Uri? uri, FetchFailure failure, string message, Exception? inner = null)
        : base(message, inner)
    {
        Uri = uri;
        Failure = failure;
    }

    public FetchException() : this(null, FetchFailure.ConnectionFailed, "The fetch failed.") { }

    public FetchException(string message) : this(null, FetchFailure.ConnectionFailed, message) { }

    public FetchException(string message, Exception inner) : this(null, FetchFailure.ConnectionFailed, message, inner) { }

    public Uri? Uri { get; }
    public FetchFailure Failure { get; }
    public int? StatusCode { get; init; }
}
