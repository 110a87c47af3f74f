using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `de la plataforma Salinas Viva`, `del colectivo Tierra Libre`, `dell'associazione Mare Pulito`, `do movimento Terra
/// Viva`: capitalised words right after a lower-case noun for a group or body are that body's name, never a person's, however
/// much the words look like a given name and a surname.
/// </summary>
internal static class BodyNounBeforeName
{
    private static readonly FrozenSet<string> Nouns = new[]
    {
        "plataforma", "asociación", "colectivo", "movimiento", "fundación", "coordinadora", "organización", "sindicato", "partido",
        "plateforme", "association", "collectif", "mouvement", "fondation", "syndicat", "parti",
        "piattaforma", "associazione", "collettivo", "movimento", "fondazione", "comitato", "sindacato",
        "associação", "coletivo", "fundação", "organização",
        // Companies by their trade (`la constructora Vial`, `a montadora Ventura Motores`, `le constructeur Aurel`).
        "entreprise", "constructeur", "équipementier", "empresa", "constructora", "aseguradora", "montadora", "construtora",
        "mineradora", "operadora", "fabricante", "varejista", "seguradora", "azienda",
        "laboratoire", "laboratório", "laboratorio",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the word spanning <paramref name="from"/> to <paramref name="end"/> of <paramref name="text"/> is such a noun, written in lower case.</summary>
    public static bool Is(string text, int from, int end) => end > from && Nouns.Contains(text[from..end]);
}
