namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>The Portuguese press's reporting verbs: pretérito, present, `segundo`, `de acordo com`, `conforme`. Invented people.</summary>
public sealed class PortugueseReportingVerbTests
{
    public static TheoryData<string> Verbs => new(
        "disse", "afirmou", "declarou", "explicou", "acrescentou", "ressaltou", "destacou", "informou", "completou", "avaliou",
        "contou", "frisou", "salientou", "comentou", "observou", "garantiu", "admitiu", "reconheceu", "lembrou", "concluiu",
        "tem dito", "havia dito", "diz", "afirma", "explica", "declara", "acrescenta", "ressalta", "destaca", "avalia", "conta",
        "garante", "lembra", "pontua", "argumenta", "considerou", "realçou", "vincou", "constatou", "protestou", "rematou",
        "replicou", "retrucou", "confessou", "confidenciou", "apelou", "afirmara", "explicara", "respondera", "admitira");

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Extract_VerbAfterTheQuoteThenName_TheNamedSpeaker(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("pt", $"“O porto vai continuar aberto durante todo o inverno”, {verb} João Costa.");

        Assert.Equal("João Costa", analysis.SpeakerContaining("porto vai continuar"));
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Extract_NameThenVerbBeforeAColon_TheNamedSpeaker(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("pt", $"João Costa {verb}: “O porto vai continuar aberto durante todo o inverno”.");

        Assert.Equal("João Costa", analysis.SpeakerContaining("porto vai continuar"));
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Extract_VerbWithDroppedSubject_TheManNamedBefore(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", "João Costa visitou o cais na segunda-feira com os pescadores.", $"“O porto vai continuar aberto durante todo o inverno”, {verb}.");

        Assert.Equal("João Costa", analysis.SpeakerContaining("porto vai continuar"));
    }

    [Theory]
    [InlineData("Segundo João Costa, “o porto vai continuar aberto durante todo o inverno”.")]
    [InlineData("De acordo com João Costa, “o porto vai continuar aberto durante todo o inverno”.")]
    [InlineData("Conforme João Costa, “o porto vai continuar aberto durante todo o inverno”.")]
    [InlineData("Para João Costa, “o porto vai continuar aberto durante todo o inverno”.")]
    [InlineData("“O porto vai continuar aberto durante todo o inverno”, disse à Lusa João Costa.")]
    [InlineData("“O porto vai continuar aberto durante todo o inverno”, disse o governador, João Costa.")]
    [InlineData("«O porto vai continuar aberto durante todo o inverno», disse João Costa.")]
    [InlineData("João Costa afirmou que “o porto vai continuar aberto durante todo o inverno”.")]
    [InlineData("“O porto vai continuar aberto durante todo o inverno”, garantiu-nos João Costa.")]
    [InlineData("“O porto vai continuar aberto durante todo o inverno”, disse-lhe João Costa.")]
    public void Extract_SourcePhraseInversionOrMarks_TheNamedSpeaker(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("pt", sentence);

        Assert.Equal("João Costa", analysis.SpeakerContaining("porto vai continuar"));
    }
}
