using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace OpenGov.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Recognises a unique-key violation on every provider, so a race on a unique name is a 409, not a 500.</summary>
public static class DatabaseErrors
{
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };

    /// <summary>Text longer than its column: a validator should have caught it, but the caller still gets a 400, never a 500.</summary>
    public static bool IsValueTooLong(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.StringDataRightTruncation,
        SqlException sql => sql.Number is 2628 or 8152,
        _ => false,
    };
}
