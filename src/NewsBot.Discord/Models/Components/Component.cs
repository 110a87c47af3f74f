using System.Text.Json.Serialization;

namespace NewsBot.Discord.Models.Components;

/// <summary>
/// A message component. Written with its <c>type</c> number first, as Discord reads it; every list of components is
/// typed as <see cref="Component"/> so the number is always written.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", IgnoreUnrecognizedTypeDiscriminators = true)]
[JsonDerivedType(typeof(ActionRow), (int)ComponentType.ActionRow)]
[JsonDerivedType(typeof(Button), (int)ComponentType.Button)]
[JsonDerivedType(typeof(StringSelect), (int)ComponentType.StringSelect)]
[JsonDerivedType(typeof(Section), (int)ComponentType.Section)]
[JsonDerivedType(typeof(TextDisplay), (int)ComponentType.TextDisplay)]
[JsonDerivedType(typeof(Thumbnail), (int)ComponentType.Thumbnail)]
[JsonDerivedType(typeof(Separator), (int)ComponentType.Separator)]
[JsonDerivedType(typeof(Container), (int)ComponentType.Container)]
public abstract record Component
{
    /// <summary>Optional, unique within the message; Discord numbers the others itself.</summary>
    public int? Id { get; init; }

    /// <summary>The components inside this one (an accessory included), for counting and walking a message.</summary>
    public virtual IEnumerable<Component> Nested() => [];
}
