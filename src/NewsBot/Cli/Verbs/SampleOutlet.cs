namespace NewsBot.Cli.Verbs;

internal sealed record SampleOutlet(string Outlet, string Url);
