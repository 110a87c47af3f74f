using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace NewsBot.Cli.Settings;

/// <summary>
/// One options class the settings check reads: its section, how it is bound (the generated binder, called with the class
/// named at the call site) and validated (its generated validator). No reflection, so NativeAOT checks the same as the JIT.
/// </summary>
internal sealed class SettingsSection
{
    private SettingsSection(Type type, string section, Func<IConfiguration, object?> bind, Func<object, ValidateOptionsResult>? validate)
    {
        Type = type;
        Section = section;
        Bind = bind;
        Validate = validate;
    }

    /// <summary>The options class, for comparing with what is registered; never reflected over.</summary>
    public Type Type { get; }

    public string Section { get; }

    /// <summary>Binds the section (given as its own configuration root); throws InvalidOperationException on a value it cannot convert.</summary>
    public Func<IConfiguration, object?> Bind { get; }

    public Func<object, ValidateOptionsResult>? Validate { get; }

    public static SettingsSection Of<T>(string section, Func<IConfiguration, T?> bind, IValidateOptions<T>? validator = null)
        where T : class =>
        new(typeof(T), section, configuration => bind(configuration.GetSection(section)), validator is null ? null : options => validator.Validate(null, (T)options));
}
