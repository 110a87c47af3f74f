using System.Reflection;
using System.Reflection.Emit;

namespace NewsBot.Tests.Layout;

/// <summary>
/// Which namespaces of an assembly use which others, read from the compiled code: signatures, base types and every type,
/// method and field a method body names (lambdas and async state machines count for the type that declares them).
/// Reading IL rather than <c>using</c> lines also sees a child namespace's implicit use of its parent.
/// </summary>
internal sealed class NamespaceGraph
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly Assembly _assembly;
    private readonly Dictionary<string, Dictionary<string, SortedSet<string>>> _edges = new(StringComparer.Ordinal);

    private NamespaceGraph(Assembly assembly) => _assembly = assembly;

    /// <summary>Every namespace of the assembly's own types (those under <c>NewsBot</c>).</summary>
    public SortedSet<string> Namespaces { get; } = new(StringComparer.Ordinal);

    public static NamespaceGraph Of(Assembly assembly)
    {
        var graph = new NamespaceGraph(assembly);
        foreach (var type in assembly.GetTypes())
            graph.Add(type);
        return graph;
    }

    /// <summary>The namespaces <paramref name="from"/> uses, other than itself.</summary>
    public IReadOnlyCollection<string> Uses(string from) =>
        _edges.TryGetValue(from, out var to) ? to.Keys : [];

    /// <summary>A few of the types of <paramref name="from"/> that use <paramref name="to"/>, for a failure message.</summary>
    public string Why(string from, string to) =>
        _edges.TryGetValue(from, out var targets) && targets.TryGetValue(to, out var users) ? string.Join(", ", users.Take(4)) : "";

    private void Add(Type type)
    {
        if (OwnNamespace(type) is not { } from)
            return;
        Namespaces.Add(from);
        var user = Outermost(type).Name;
        var seen = new HashSet<Type>();
        void Use(Type? used)
        {
            if (used is null || !seen.Add(used))
                return;
            if (used.HasElementType)
                Use(used.GetElementType());
            if (used.IsGenericType && !used.IsGenericTypeDefinition)
            {
                Use(used.GetGenericTypeDefinition());
                foreach (var argument in used.GetGenericArguments())
                    Use(argument);
            }
            if (OwnNamespace(used) is { } to && to != from)
                Record(from, to, user);
        }

        Use(type.BaseType);
        foreach (var contract in type.GetInterfaces())
            Use(contract);
        foreach (var field in type.GetFields(Declared))
            Use(field.FieldType);
        foreach (var property in type.GetProperties(Declared))
            Use(property.PropertyType);
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
                Use(info.ReturnType);
            foreach (var parameter in method.GetParameters())
                Use(parameter.ParameterType);
            foreach (var used in BodyReferences(type, method))
                Use(used);
        }
    }

    private IEnumerable<Type> BodyReferences(Type type, MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
            yield break;
        var typeArguments = type.IsGenericType ? type.GetGenericArguments() : null;
        var methodArguments = method is MethodInfo { IsGenericMethod: true } ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var opCode = OpCodesByValue[value];
            if (opCode.OperandType is OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField)
            {
                var member = Resolve(method.Module, BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                if (member is Type used)
                {
                    yield return used;
                }
                else if (member is not null)
                {
                    yield return member.DeclaringType!;
                    if (member is FieldInfo field)
                        yield return field.FieldType;
                    if (member is MethodInfo { IsGenericMethod: true } generic)
                    {
                        foreach (var argument in generic.GetGenericArguments())
                            yield return argument;
                    }
                }
            }
            at += OperandSize(opCode.OperandType, il, at);
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            // A token of another generic context (rare in compiler output) names nothing this graph needs.
            return null;
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    private void Record(string from, string to, string user)
    {
        if (!_edges.TryGetValue(from, out var targets))
            _edges[from] = targets = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        if (!targets.TryGetValue(to, out var users))
            targets[to] = users = new SortedSet<string>(StringComparer.Ordinal);
        users.Add(user);
    }

    /// <summary>The namespace a type of this assembly belongs to; null for other assemblies' and compiler-made top-level types.</summary>
    private string? OwnNamespace(Type type)
    {
        var outer = Outermost(type);
        if (outer.Assembly != _assembly || outer.Name.StartsWith('<'))
            return null;
        var name = outer.Namespace ?? string.Empty;
        return name == "NewsBot" || name.StartsWith("NewsBot.", StringComparison.Ordinal) ? name : null;
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } declaring)
            type = declaring;
        return type;
    }
}
