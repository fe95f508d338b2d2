using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace OpenGov.Publication.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_published_revisions_search_text",
                schema: "publication",
                table: "published_revisions");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<string[]>(
                name: "search_terms",
                schema: "publication",
                table: "published_revisions",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                schema: "publication",
                table: "published_revisions",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "array_to_tsvector(search_terms)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_published_revisions_is_current_year_published_at",
                schema: "publication",
                table: "published_revisions",
                columns: new[] { "is_current", "year", "published_at" });

            migrationBuilder.CreateIndex(
                name: "IX_published_revisions_search_vector",
                schema: "publication",
                table: "published_revisions",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_published_revisions_is_current_year_published_at",
                schema: "publication",
                table: "published_revisions");

            migrationBuilder.DropIndex(
                name: "IX_published_revisions_search_vector",
                schema: "publication",
                table: "published_revisions");

            migrationBuilder.DropColumn(
                name: "search_vector",
                schema: "publication",
                table: "published_revisions");

            migrationBuilder.DropColumn(
                name: "search_terms",
                schema: "publication",
                table: "published_revisions");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "IX_published_revisions_search_text",
                schema: "publication",
                table: "published_revisions",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }
    }
}
