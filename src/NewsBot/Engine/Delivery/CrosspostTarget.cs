namespace NewsBot.Engine.Delivery;

/// <summary>The message of the same digest (at <paramref name="Sequence"/>) to publish once it has landed.</summary>
public sealed record CrosspostTarget(int Sequence);
