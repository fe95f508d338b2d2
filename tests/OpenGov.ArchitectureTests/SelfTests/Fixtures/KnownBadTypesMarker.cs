namespace OpenGov.ArchitectureTests.SelfTests.Fixtures;

/// <summary>Anchors the fixtures' assembly for the self-tests.</summary>
public static class KnownBadTypesMarker;
