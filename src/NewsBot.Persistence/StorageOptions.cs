using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

namespace NewsBot.Persistence;

public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";
    public const string DatabaseFileName = "newsbot.db";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary><c>sqlite</c> (one file, one process) or <c>postgres</c> (<c>ConnectionStrings:NewsBot</c>, several instances).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>Folder holding the SQLite database; created at start-up. Relative paths resolve against the working directory.</summary>
    // MinLength reflects only over types that are neither strings nor collections; this one is a string.
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "MinLength reads a string's length without reflection.")]
    [Required, MinLength(1)]
    public string DataDirectory { get; set; } = "data";

    /// <summary>How long a write waits for another writer before failing.</summary>
    [Range(0, 600_000)]
    public int BusyTimeoutMilliseconds { get; set; } = 5000;

    public bool UsesPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!UsesPostgres && !string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase))
            yield return new ValidationResult($"Storage:Provider must be {Sqlite} or {Postgres}, not \"{Provider}\"", [nameof(Provider)]);
    }
}
