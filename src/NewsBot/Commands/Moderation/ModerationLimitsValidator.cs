using Microsoft.Extensions.Options;

namespace NewsBot.Commands.Moderation;

// Data annotations checked by generated code, not by reflection: NativeAOT trims the attributes a reflective validator reads.

[OptionsValidator]
internal sealed partial class ModerationLimitsValidator : IValidateOptions<ModerationLimits>;
