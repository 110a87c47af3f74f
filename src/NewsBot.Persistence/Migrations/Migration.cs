namespace NewsBot.Persistence.Migrations;

/// <summary>One schema step; <see cref="Version"/> numbers are applied in ascending order and never edited once released.</summary>
internal sealed record Migration(int Version, string Sql);
