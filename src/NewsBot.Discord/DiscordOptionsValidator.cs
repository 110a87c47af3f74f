using Microsoft.Extensions.Options;

namespace NewsBot.Discord;

/// <summary>The data annotations of <see cref="DiscordOptions"/>, checked by generated code rather than reflection (NativeAOT).</summary>
[OptionsValidator]
public sealed partial class DiscordOptionsValidator : IValidateOptions<DiscordOptions>;
