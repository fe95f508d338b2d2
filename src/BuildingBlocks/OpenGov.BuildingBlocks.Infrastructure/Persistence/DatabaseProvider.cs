namespace OpenGov.BuildingBlocks.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (default, file under data/), PostgreSql or SqlServer.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Migrate every module at start. When false, the host refuses to start while migrations are pending.</summary>
    public bool AutoMigrate { get; set; } = true;

    public const string DefaultSqliteConnectionString = "Data Source=data/opengov.db";
}
