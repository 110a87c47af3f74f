namespace NewsBot.Cli;

/// <summary>Bad usage or configuration: reported in one line with exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message) : base(message) { }

    public UsageException() { }

    public UsageException(string message, Exception inner) : base(message, inner) { }
}
