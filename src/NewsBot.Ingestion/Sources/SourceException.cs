namespace NewsBot.Ingestion.Sources;

/// <summary>An input that cannot be read; <see cref="Exception.Message"/> is one line naming the input and the reason.</summary>
public sealed class SourceException : Exception
{
    public SourceException(string source, string reason, Exception? inner = null)
        : base($"{source}: {reason}", inner) => Reason = reason;

    public SourceException() : this("input", "cannot be read") { }

    public SourceException(string message) : base(message) => Reason = message;

    public SourceException(string message, Exception inner) : base(message, inner) => Reason = message;

    public string Reason { get; }
}
