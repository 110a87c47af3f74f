using Microsoft.Extensions.Options;
using NewsBot.Commands;
using NewsBot.Commands.Moderation;
using NewsBot.Core.Storage;
using NewsBot.Engine.Delivery;
using NewsBot.Engine.Digests;
using NewsBot.Engine.Polling;
using NewsBot.Engine.Scheduling;
using NewsBot.Engine.Stories;

namespace NewsBot;

// The data annotations of each options class checked by generated code rather than by reflection (NativeAOT trims the
// attributes a reflective validator would look for, and would then accept any value). IValidatableObject is called too.

[OptionsValidator]
internal sealed partial class PollingOptionsValidator : IValidateOptions<PollingOptions>;

[OptionsValidator]
internal sealed partial class RetentionOptionsValidator : IValidateOptions<RetentionOptions>;

[OptionsValidator]
internal sealed partial class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>;

[OptionsValidator]
internal sealed partial class DigestOptionsValidator : IValidateOptions<DigestOptions>;

[OptionsValidator]
internal sealed partial class StoryMemoryOptionsValidator : IValidateOptions<StoryMemoryOptions>;

[OptionsValidator]
internal sealed partial class SchedulerOptionsValidator : IValidateOptions<SchedulerOptions>;

[OptionsValidator]
internal sealed partial class CommandOptionsValidator : IValidateOptions<CommandOptions>;

[OptionsValidator]
internal sealed partial class ModerationLimitsValidator : IValidateOptions<ModerationLimits>;
