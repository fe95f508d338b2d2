using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGov.Publication.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatisticsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // For the annual-report statistics (GetPublicationStatisticsQuery). Created here, not in the model: the
            // columns belong to the record's complex property Content, which EF Core 10 cannot index. The model
            // snapshot therefore does not list them, and no later migration will drop them.
            // 主动公开 formed in the year by unit and attribute: read from the index alone, not from the whole table.
            migrationBuilder.CreateIndex(
                name: "IX_publication_records_formed_on_unit_id_attribute",
                table: "publication_records",
                columns: new[] { "formed_on", "unit_id", "attribute" });

            // 规章 and 规范性文件 (kind 2 and 3, DocumentKind.Rule and NormativeDocument; a few in a hundred records) issued,
            // repealed and in force: every column those three counts test, so they read this small index and no row of
            // the table.
            migrationBuilder.CreateIndex(
                name: "IX_publication_records_normative_published_at",
                table: "publication_records",
                columns: new[] { "published_at", "unit_id", "kind", "normative_status", "normative_status_on", "withdrawn_at", "formed_on", "valid_until" },
                filter: "kind IN (2, 3)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_publication_records_normative_published_at",
                table: "publication_records");

            migrationBuilder.DropIndex(
                name: "IX_publication_records_formed_on_unit_id_attribute",
                table: "publication_records");
        }
    }
}
