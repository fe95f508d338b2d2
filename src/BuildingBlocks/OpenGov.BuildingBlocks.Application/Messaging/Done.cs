namespace OpenGov.BuildingBlocks.Application.Messaging;

/// <summary>A value for results that carry none.</summary>
public readonly record struct Done
{
    public static Done Value => default;
}
