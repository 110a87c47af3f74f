using Microsoft.Extensions.Options;
using NewsBot.Persistence;

namespace NewsBot.Engine.Scheduling;

/// <summary>
/// Start-up refuses a job store other than the one the settings ask for: a PostgreSQL bot whose Quartz was registered on
/// SQLite (settings added after the services) would schedule alone, outside the cluster, so it must not start.
/// </summary>
internal sealed class SchedulerStoreCheck(RegisteredSchedulerStore registered, IOptions<StorageOptions> storage) : IValidateOptions<SchedulerOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var wanted = SchedulerStore.Choose(options, storage.Value);
        return wanted == registered.Kind
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Scheduler: the job store is {registered.Kind}, but the settings ask for {wanted} (Scheduler:Store, Storage:Provider)");
    }
}
