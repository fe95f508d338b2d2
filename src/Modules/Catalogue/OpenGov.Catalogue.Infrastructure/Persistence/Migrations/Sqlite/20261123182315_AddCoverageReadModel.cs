using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGov.Catalogue.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddCoverageReadModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalogue_linked_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    overdue_at = table.Column<long>(type: "INTEGER", nullable: true),
                    published_revision = table.Column<int>(type: "INTEGER", nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: true),
                    withdrawn_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_linked_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_linked_record_items",
                columns: table => new
                {
                    record_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    item_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    overdue_at = table.Column<long>(type: "INTEGER", nullable: true),
                    published_revision = table.Column<int>(type: "INTEGER", nullable: false),
                    published_late = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_overdue = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_published = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_linked_record_items", x => new { x.record_id, x.item_id });
                    table.ForeignKey(
                        name: "FK_catalogue_linked_record_items_catalogue_linked_records_record_id",
                        column: x => x.record_id,
                        principalTable: "catalogue_linked_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_linked_record_items_item_id",
                table: "catalogue_linked_record_items",
                column: "item_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalogue_linked_record_items");

            migrationBuilder.DropTable(
                name: "catalogue_linked_records");
        }
    }
}
