using Microsoft.Extensions.Options;

namespace NewsBot.Persistence;

/// <summary>The data annotations of <see cref="StorageOptions"/>, checked by generated code rather than reflection (NativeAOT).</summary>
[OptionsValidator]
public sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>;
