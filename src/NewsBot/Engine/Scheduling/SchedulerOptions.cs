using System.ComponentModel.DataAnnotations;

namespace NewsBot.Engine.Scheduling;

/// <summary>Where Quartz keeps the schedule, and how a clustered instance tells the others it is alive.</summary>
public sealed class SchedulerOptions : IValidatableObject
{
    public const string SectionName = "Scheduler";
    public const string Persistent = "persistent";
    public const string Memory = "memory";

    /// <summary>
    /// <c>persistent</c>: jobs and triggers in the bot's database (Quartz's tables, migration 11), so a firing missed while
    /// the bot was down is fired once at start-up; clustered on PostgreSQL. <c>memory</c>: rebuilt from the topics at each start.
    /// </summary>
    public string Store { get; set; } = Persistent;

    /// <summary>
    /// How often a clustered instance checks in; an instance silent for this long plus as long again is taken for dead and
    /// its running jobs that ask for recovery are run again elsewhere. 5 s: a dead instance is found within about three
    /// intervals (its last check-in, the threshold, the survivor's next check-in), so its digests are finished within the
    /// 30 s promised; at 10 s the measured takeover was 30.9 s. Far above the second of clock skew Quartz tolerates.
    /// </summary>
    [Range(1, 300)]
    public int CheckinIntervalSeconds { get; set; } = 5;

    public bool UsesMemory => string.Equals(Store, Memory, StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!UsesMemory && !string.Equals(Store, Persistent, StringComparison.OrdinalIgnoreCase))
            yield return new ValidationResult($"Scheduler:Store must be {Persistent} or {Memory}, not \"{Store}\"", [nameof(Store)]);
    }
}
