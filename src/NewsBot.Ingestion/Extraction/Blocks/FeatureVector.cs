namespace NewsBot.Ingestion.Extraction.Blocks;

/// <summary>A block's features as hashed bucket indices and their values (a sparse vector; a bucket may repeat).</summary>
public sealed record FeatureVector(int[] Indices, float[] Values);
