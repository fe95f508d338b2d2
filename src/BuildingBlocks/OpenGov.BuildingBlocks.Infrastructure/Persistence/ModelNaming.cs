using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OpenGov.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// snake_case tables and columns on every provider, so hand-written SQL and DBAs see one naming; on
/// SQLite, which has no schemas, the schema becomes a table-name prefix so modules never collide.
/// </summary>
internal static class ModelNaming
{
    public static void Apply(ModelBuilder modelBuilder, string schema, bool prefixTables)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.IsOwned() && entity.GetTableName() == entity.FindOwnership()?.PrincipalEntityType.GetTableName())
            {
                RenameColumns(entity);
                continue;
            }

            var table = ToSnakeCase(entity.GetTableName() ?? entity.ClrType.Name);
            if (prefixTables)
            {
                entity.SetSchema(null);
                table = $"{schema}_{table}";
            }

            entity.SetTableName(table);
            RenameColumns(entity);
        }
    }

    private static void RenameColumns(IMutableEntityType entity)
    {
        foreach (var property in entity.GetProperties())
        {
            property.SetColumnName(ToSnakeCase(property.GetColumnName()));
        }

        foreach (var complex in entity.GetComplexProperties())
        {
            RenameComplex(complex);
        }
    }

    private static void RenameComplex(IMutableComplexProperty complex)
    {
        foreach (var property in complex.ComplexType.GetProperties())
        {
            property.SetColumnName(ToSnakeCase(property.GetColumnName()));
        }

        foreach (var nested in complex.ComplexType.GetComplexProperties())
        {
            RenameComplex(nested);
        }
    }

    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (i > 0 && name[i - 1] != '_' && (previousIsLowerOrDigit || (nextIsLower && char.IsUpper(name[i - 1]))))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
