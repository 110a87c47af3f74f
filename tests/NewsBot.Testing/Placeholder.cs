namespace NewsBot.Testing;

internal static class Placeholder;
