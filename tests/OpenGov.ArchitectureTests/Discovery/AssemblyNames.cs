namespace OpenGov.ArchitectureTests.Discovery;

/// <summary>Reads and writes the <c>OpenGov.&lt;Module&gt;.&lt;Layer&gt;</c> naming convention.</summary>
public static class AssemblyNames
{
    public const string Prefix = "OpenGov.";
    public const string BuildingBlocks = "BuildingBlocks";
    public const string Host = "OpenGov.Host";

    public static string Of(string module, Layer layer) => $"{Prefix}{module}.{layer}";

    /// <summary>True for <c>OpenGov.X.Y</c> with Y a module layer and X not the building blocks.</summary>
    public static bool TryParseModule(string name, out string module, out Layer layer)
    {
        module = "";
        layer = default;
        var parts = name.Split('.');
        if (parts is not ["OpenGov", var candidate, var layerName]
            || candidate == BuildingBlocks
            || !Enum.TryParse(layerName, ignoreCase: false, out layer))
        {
            return false;
        }

        module = candidate;
        return true;
    }

    /// <summary>The X of <c>OpenGov.X</c> or <c>OpenGov.X.Y</c>; null for names outside the solution.</summary>
    public static string? OwnerOf(string name)
    {
        var parts = name.Split('.');
        return parts.Length >= 2 && parts[0] == "OpenGov" ? parts[1] : null;
    }
}
