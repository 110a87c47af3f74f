namespace NewsBot.Operations;

/// <summary>A backup that cannot be made as asked (no database, a target that exists); the verb's one line.</summary>
internal sealed class BackupException : Exception
{
    public BackupException() { }

    public BackupException(string message) : base(message) { }

    public BackupException(string message, Exception inner) : base(message, inner) { }
}
