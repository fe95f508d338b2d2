using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGov.Publication.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_published_revisions_is_current_year_published_at",
                schema: "publication",
                table: "published_revisions",
                columns: new[] { "is_current", "year", "published_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_published_revisions_is_current_year_published_at",
                schema: "publication",
                table: "published_revisions");
        }
    }
}
