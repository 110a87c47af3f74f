using Npgsql;
using NpgsqlTypes;

namespace NewsBot.Persistence.Postgres;

/// <summary>Typed parameters: a null needs its type, or PostgreSQL cannot tell what <c>@x IS NULL</c> compares.</summary>
internal static class PostgresParameters
{
    /// <remarks>PostgreSQL text cannot hold NUL (SQLite's can): it is left out rather than failing the write.</remarks>
    public static void AddText(this NpgsqlCommand command, string name, string? value) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = (object?)WithoutNul(value) ?? DBNull.Value });

    public static void AddLong(this NpgsqlCommand command, string name, long? value) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Bigint) { Value = (object?)value ?? DBNull.Value });

    public static void AddInt(this NpgsqlCommand command, string name, int? value) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Integer) { Value = (object?)value ?? DBNull.Value });

    public static void AddBool(this NpgsqlCommand command, string name, bool value) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Boolean) { Value = value });

    /// <summary>Times are Unix milliseconds, as in the SQLite schema.</summary>
    public static void AddTime(this NpgsqlCommand command, string name, DateTimeOffset? value) =>
        command.AddLong(name, value?.ToUnixTimeMilliseconds());

    /// <summary>A digest window's bound, rounded up to the millisecond as <see cref="UnixTime.ToWindowBound"/> explains.</summary>
    public static void AddWindowBound(this NpgsqlCommand command, string name, DateTimeOffset value) =>
        command.AddLong(name, UnixTime.ToWindowBound(value));

    public static void AddTextArray(this NpgsqlCommand command, string name, IEnumerable<string> values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.Select(v => WithoutNul(v)).ToArray() });

    private static string? WithoutNul(string? value) =>
        value is not null && value.Contains('\0', StringComparison.Ordinal) ? value.Replace("\0", "", StringComparison.Ordinal) : value;
}
