using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGov.Publication.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AttachmentsNormativeStatusAnnualReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "disclosed_on_review_on",
                schema: "publication",
                table: "records",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "normative_status",
                schema: "publication",
                table: "records",
                type: "int",
                nullable: false,
                defaultValue: 1); // NormativeStatus.Valid: records published before this migration are in force

            migrationBuilder.AddColumn<string>(
                name: "normative_status_note",
                schema: "publication",
                table: "records",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "normative_status_on",
                schema: "publication",
                table: "records",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "replaced_by_record_id",
                schema: "publication",
                table: "records",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "attachment_ids",
                schema: "publication",
                table: "published_revisions",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "normative_status",
                schema: "publication",
                table: "published_revisions",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "normative_status_note",
                schema: "publication",
                table: "published_revisions",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "normative_status_on",
                schema: "publication",
                table: "published_revisions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "replaced_by_record_id",
                schema: "publication",
                table: "published_revisions",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "valid_from",
                schema: "publication",
                table: "published_revisions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "valid_until",
                schema: "publication",
                table: "published_revisions",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "annual_reviews",
                schema: "publication",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    unit_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    year = table.Column<int>(type: "int", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    opened_by_name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    completed_by_name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "attachments",
                schema: "publication",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    record_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    file_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    marked_public = table.Column<bool>(type: "bit", nullable: true),
                    uploaded_by_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    uploaded_by_name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    first_published_revision = table.Column<int>(type: "int", nullable: true),
                    removed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attachments", x => x.id);
                    table.ForeignKey(
                        name: "FK_attachments_records_record_id",
                        column: x => x.record_id,
                        principalSchema: "publication",
                        principalTable: "records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "annual_review_entries",
                schema: "publication",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    review_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    record_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    index_number = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    document_number = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    formed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    attribute = table.Column<int>(type: "int", nullable: false),
                    grounds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    attribute_reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    decision = table.Column<int>(type: "int", nullable: true),
                    decision_reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    decided_by_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    decided_by_name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_review_entries", x => x.id);
                    table.ForeignKey(
                        name: "FK_annual_review_entries_annual_reviews_review_id",
                        column: x => x.review_id,
                        principalSchema: "publication",
                        principalTable: "annual_reviews",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_published_revisions_is_current_normative_status",
                schema: "publication",
                table: "published_revisions",
                columns: new[] { "is_current", "normative_status" });

            migrationBuilder.CreateIndex(
                name: "IX_annual_review_entries_record_id",
                schema: "publication",
                table: "annual_review_entries",
                column: "record_id");

            migrationBuilder.CreateIndex(
                name: "IX_annual_review_entries_review_id_record_id",
                schema: "publication",
                table: "annual_review_entries",
                columns: new[] { "review_id", "record_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_annual_reviews_unit_id_year",
                schema: "publication",
                table: "annual_reviews",
                columns: new[] { "unit_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_annual_reviews_year",
                schema: "publication",
                table: "annual_reviews",
                column: "year");

            migrationBuilder.CreateIndex(
                name: "IX_attachments_record_id",
                schema: "publication",
                table: "attachments",
                column: "record_id");

            migrationBuilder.CreateIndex(
                name: "IX_attachments_sha256",
                schema: "publication",
                table: "attachments",
                column: "sha256");

            // Normative documents published before this migration get their mark on the current public text too.
            migrationBuilder.Sql("UPDATE [publication].[published_revisions] SET normative_status = 1 WHERE kind IN (2, 3);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "annual_review_entries",
                schema: "publication");

            migrationBuilder.DropTable(
                name: "attachments",
                schema: "publication");

            migrationBuilder.DropTable(
                name: "annual_reviews",
                schema: "publication");

            migrationBuilder.DropIndex(
                name: "IX_published_revisions_is_current_normative_status",
                schema: "publication",
                table: "published_revisions");

            migrationBuilder.DropColumn(
                name: "disclosed_on_review_on",
                schema: "publication",
                table: "records");

            migrationBuilder.DropColumn(
                name: "normative_status",
                schema: "publication",
                table: "records");

            migrationBuilder.DropColumn(
                name: "normative_status_note",
                schema: "publication",
                table: "records");

            migrationBuilder.DropColumn(
                name: "normative_status_on",
                schema: "publication",
                table: "records");

            migrationBuilder.DropColumn(
                name: "replaced_by_record_id",
                schema: "publication",
                table: "records");

            migrationBuilder.DropColumn(
                name: "attachment_ids",
                schema: "publication",
                table: "published_revisions");

            migrationBuilder.DropColumn(
                name: "normative_status",
                schema: "publication",
                table: "published_revisions");

            migrationBuilder.DropColumn(
                name: "normative_status_note",
                schema: "publication",
                table: "published_revisions");

            migrationBuilder.DropColumn(
                name: "normative_status_on",
                schema: "publication",
                table: "published_revisions");

            migrationBuilder.DropColumn(
                name: "replaced_by_record_id",
                schema: "publication",
                table: "published_revisions");

            migrationBuilder.DropColumn(
                name: "valid_from",
                schema: "publication",
                table: "published_revisions");

            migrationBuilder.DropColumn(
                name: "valid_until",
                schema: "publication",
                table: "published_revisions");
        }
    }
}
