using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGov.Publication.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SearchTerms : Migration
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

            // The model cannot state an expression index; the search (PublicTextSearch) uses exactly this expression.
            // Rows published before this migration have no tokens yet: OpenGov had not been released, so none exist.
            migrationBuilder.Sql(
                "CREATE INDEX ix_published_revisions_search_terms ON publication.published_revisions USING gin (array_to_tsvector(search_terms));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX publication.ix_published_revisions_search_terms;");

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
