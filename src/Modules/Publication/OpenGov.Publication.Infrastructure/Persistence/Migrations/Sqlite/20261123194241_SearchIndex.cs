using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGov.Publication.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_publication_published_revisions_is_current_year_published_at",
                table: "publication_published_revisions",
                columns: new[] { "is_current", "year", "published_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_publication_published_revisions_is_current_year_published_at",
                table: "publication_published_revisions");
        }
    }
}
