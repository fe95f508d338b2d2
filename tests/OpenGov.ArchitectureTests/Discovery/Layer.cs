namespace OpenGov.ArchitectureTests.Discovery;

/// <summary>The four projects every module has, named <c>OpenGov.&lt;Module&gt;.&lt;Layer&gt;</c>.</summary>
public enum Layer
{
    Domain,
    Application,
    Infrastructure,
    Contracts,
}
