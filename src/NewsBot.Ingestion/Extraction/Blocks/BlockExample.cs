namespace NewsBot.Ingestion.Extraction.Blocks;

/// <summary>One labelled block: its features, the share of its words the true main text holds, and its weight.</summary>
public sealed record BlockExample(FeatureVector Features, double Label, double Weight);
