namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>Capitalised German nouns in a speaker slot: bodies, roles, kin, ages, unknown given names, particles and degrees. Invented people and bodies.</summary>
public sealed class GermanNounSpeakerTests
{
    private const string Mayor = "Die Bürgermeisterin von Kleinfeld, Greta Lindner, stellte am Montag den neuen Hafenplan vor.";

    [Theory]
    [InlineData("Die Küstenfischer fürchten um ihre Zukunft. „Ohne Fähre verlieren wir die Kunden“, so der Dachverband.", null)]
    [InlineData("„Ohne Fähre verlieren wir die Kunden“, sagte der Dachverband.", null)]
    [InlineData("„Ohne Fähre verlieren wir die Kunden“, so der Landesverband.", null)]
    [InlineData("Der Dachverband warnt: „Ohne Fähre verlieren wir die Kunden.“", null)]
    [InlineData("„Ohne Fähre verlieren wir die Kunden“, heißt es aus dem Ministerium.", null)]
    [InlineData("„Ohne Fähre verlieren wir die Kunden“, hieß es aus dem Ministerium.", null)]
    [InlineData("Aus dem Ministerium hieß es: „Ohne Fähre verlieren wir die Kunden.“", null)]
    [InlineData("„Ohne Fähre verlieren wir die Kunden“, heißt es in einer Mitteilung der Stadt.", null)]
    [InlineData("„Ohne Fähre verlieren wir die Kunden“, teilte die Polizei mit.", null)]
    [InlineData("„Ohne Fähre verlieren wir die Kunden“, sagte ein Sprecher der Polizei.", null)]
    [InlineData("„Ohne Fähre verlieren wir die Kunden“, erklärte die Ministerin.", null)]
    [InlineData("Die Anwälte Hanna Roth und Jan Berg vertreten die Fischer. „Ohne Fähre verlieren wir die Kunden“, sagten die Juristen.", null)]
    [InlineData("„Ohne Fähre verlieren wir die Kunden“, sagten beide.", null)]
    [InlineData("Lindner und der Reeder Paul Weber sagten übereinstimmend: „Ohne Fähre verlieren wir die Kunden.“", null)]
    [InlineData("Lindner und Weber erklärten: „Ohne Fähre verlieren wir die Kunden.“", null)]
    [InlineData("„Ohne Fähre verlieren wir die Kunden“, sagten Lindner und Weber.", null)]
    [InlineData("Lindner und Weber trafen sich am Hafen. Lindner sagte: „Ohne Fähre verlieren wir die Kunden.“", "Greta Lindner")]
    [InlineData("Paul Weber starb im Mai. „Ohne Fähre verlieren wir die Kunden“, sagte sein Sohn.", null)]
    [InlineData("Paul Weber starb im Mai. Sein Sohn sagte: „Ohne Fähre verlieren wir die Kunden.“", null)]
    [InlineData("Paul Weber starb im Mai. „Ohne Fähre verlieren wir die Kunden“, sagte seine Tochter Hanna Weber.", "Hanna Weber")]
    [InlineData("Hanna Roth führt die Reederei seit 1990. „Ohne Fähre verlieren wir die Kunden“, sagte ihre Tochter.", null)]
    [InlineData("Der Verband Deutscher Küstenfischer warnt seit Monaten vor dem Aus. „Ohne Fähre verlieren wir die Kunden“, so der Dachverband.", "Verband Deutscher Küstenfischer")]
    public void Extract_SpeakerNounNamesNoOneHere_NoPersonNamed(string passage, string? speaker)
    {
        Assert.Equal(speaker, GermanStructureKit.SpeakerIn(Mayor + " | " + passage, "verlieren wir"));
    }

    [Theory]
    [InlineData("Der Präsident des Handelsverbands HDE, Jan Berg, forderte mehr Hilfe für die Läden am Hafen. „Ohne Fähre verlieren wir die Kunden“, mahnte der HDE-Präsident.", "Jan Berg")]
    [InlineData("Bischof Jan Berg segnete am Sonntag die neue Fähre. „Ohne Fähre verlieren wir die Kunden“, betete der Bischof.", "Jan Berg")]
    [InlineData("Greta Lindner (54) und die Reederin Hanna Roth (61) besuchten den Hafen. „Ohne Fähre verlieren wir die Kunden“, sagte die 54-Jährige.", "Greta Lindner")]
    [InlineData("Greta Lindner (54) und die Reederin Hanna Roth (61) besuchten den Hafen. „Ohne Fähre verlieren wir die Kunden“, sagte die 61-Jährige.", "Hanna Roth")]
    [InlineData("Die Reederin Hanna Roth, 61, und Greta Lindner, 54, besuchten den Hafen. „Ohne Fähre verlieren wir die Kunden“, sagte die 61-Jährige.", "Hanna Roth")]
    [InlineData("„Ohne Fähre verlieren wir die Kunden“, sagte Ennesto Kranzler.", "Ennesto Kranzler")]
    [InlineData("Ennesto Kranzler sagte: „Ohne Fähre verlieren wir die Kunden.“", "Ennesto Kranzler")]
    [InlineData("Hafenkapitän Jan Berg führt die Fähre seit 1990. „Ohne Fähre verlieren wir die Kunden“, sagte der Kapitän.", "Jan Berg")]
    [InlineData("Paul Weber starb im Mai. Sein Sohn Jan Weber sagte: „Ohne Fähre verlieren wir die Kunden.“", "Jan Weber")]
    public void Extract_SpeakerNounOrUnusualName_ThePersonMeant(string passage, string? speaker)
    {
        Assert.Equal(speaker, GermanStructureKit.SpeakerIn(Mayor + " | " + passage, "verlieren wir"));
    }
}
