namespace NewsBot.Cli.Settings;

/// <summary>Settings that cannot be used: one problem per setting, each naming its key; reported one line each with exit 2.</summary>
internal sealed class SettingsException : Exception
{
    public SettingsException(IReadOnlyList<string> problems) : base(string.Join("; ", problems)) => Problems = problems;

    public SettingsException(string message) : this([message]) { }

    public SettingsException() : this([]) { }

    public SettingsException(string message, Exception inner) : base(message, inner) => Problems = [message];

    public IReadOnlyList<string> Problems { get; }
}
