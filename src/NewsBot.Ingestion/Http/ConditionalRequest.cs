namespace NewsBot.Ingestion.Http;

/// <summary>Validators from an earlier fetch, sent back so an unchanged resource costs a 304.</summary>
public sealed record ConditionalRequest(string? ETag, string? LastModified);
