using Microsoft.Extensions.Options;

namespace NewsBot.Engine.Delivery;

// Data annotations checked by generated code, not by reflection: NativeAOT trims the attributes a reflective validator reads.

[OptionsValidator]
internal sealed partial class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>;
