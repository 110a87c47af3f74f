namespace NewsBot.Discord.Models;

public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
