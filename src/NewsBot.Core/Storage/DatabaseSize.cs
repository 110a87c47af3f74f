using System.Globalization;

namespace NewsBot.Core.Storage;

/// <summary>The database file's size, and how much of it is free pages that later writes reuse (the file does not shrink).</summary>
public sealed record DatabaseSize(long Bytes, long FreeBytes)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Bytes / 1e6:0.0} MB ({FreeBytes / 1e6:0.0} MB free for reuse)");
}
