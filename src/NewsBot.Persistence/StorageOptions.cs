using System.ComponentModel.DataAnnotations;

namespace NewsBot.Persistence;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";
    public const string DatabaseFileName = "newsbot.db";

    /// <summary>Folder holding the SQLite database; created at start-up. Relative paths resolve against the working directory.</summary>
    [Required, MinLength(1)]
    public string DataDirectory { get; set; } = "data";

    /// <summary>How long a write waits for another writer before failing.</summary>
    [Range(0, 600_000)]
    public int BusyTimeoutMilliseconds { get; set; } = 5000;
}
