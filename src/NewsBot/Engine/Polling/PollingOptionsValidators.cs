using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;

namespace NewsBot.Engine.Polling;

// Data annotations checked by generated code, not by reflection: NativeAOT trims the attributes a reflective validator reads.

[OptionsValidator]
internal sealed partial class PollingOptionsValidator : IValidateOptions<PollingOptions>;

[OptionsValidator]
internal sealed partial class RetentionOptionsValidator : IValidateOptions<RetentionOptions>;
