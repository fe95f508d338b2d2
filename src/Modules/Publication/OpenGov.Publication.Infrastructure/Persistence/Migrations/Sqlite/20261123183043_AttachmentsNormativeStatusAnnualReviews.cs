using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGov.Publication.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AttachmentsNormativeStatusAnnualReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "disclosed_on_review_on",
                table: "publication_records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "normative_status",
                table: "publication_records",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1); // NormativeStatus.Valid: records published before this migration are in force

            migrationBuilder.AddColumn<string>(
                name: "normative_status_note",
                table: "publication_records",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "normative_status_on",
                table: "publication_records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "replaced_by_record_id",
                table: "publication_records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "attachment_ids",
                table: "publication_published_revisions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "normative_status",
                table: "publication_published_revisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "normative_status_note",
                table: "publication_published_revisions",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "normative_status_on",
                table: "publication_published_revisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "replaced_by_record_id",
                table: "publication_published_revisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "valid_from",
                table: "publication_published_revisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "valid_until",
                table: "publication_published_revisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "publication_annual_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    opened_at = table.Column<long>(type: "INTEGER", nullable: false),
                    opened_by_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    completed_by_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publication_annual_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "publication_attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    record_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    marked_public = table.Column<bool>(type: "INTEGER", nullable: true),
                    uploaded_by_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    uploaded_by_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    uploaded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    first_published_revision = table.Column<int>(type: "INTEGER", nullable: true),
                    removed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publication_attachments", x => x.id);
                    table.ForeignKey(
                        name: "FK_publication_attachments_publication_records_record_id",
                        column: x => x.record_id,
                        principalTable: "publication_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "publication_annual_review_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    review_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    record_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    index_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    document_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    formed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    attribute = table.Column<int>(type: "INTEGER", nullable: false),
                    grounds = table.Column<string>(type: "TEXT", nullable: false),
                    attribute_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    decision = table.Column<int>(type: "INTEGER", nullable: true),
                    decision_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    decided_by_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    decided_by_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publication_annual_review_entries", x => x.id);
                    table.ForeignKey(
                        name: "FK_publication_annual_review_entries_publication_annual_reviews_review_id",
                        column: x => x.review_id,
                        principalTable: "publication_annual_reviews",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_publication_published_revisions_is_current_normative_status",
                table: "publication_published_revisions",
                columns: new[] { "is_current", "normative_status" });

            migrationBuilder.CreateIndex(
                name: "IX_publication_annual_review_entries_record_id",
                table: "publication_annual_review_entries",
                column: "record_id");

            migrationBuilder.CreateIndex(
                name: "IX_publication_annual_review_entries_review_id_record_id",
                table: "publication_annual_review_entries",
                columns: new[] { "review_id", "record_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_publication_annual_reviews_unit_id_year",
                table: "publication_annual_reviews",
                columns: new[] { "unit_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_publication_annual_reviews_year",
                table: "publication_annual_reviews",
                column: "year");

            migrationBuilder.CreateIndex(
                name: "IX_publication_attachments_record_id",
                table: "publication_attachments",
                column: "record_id");

            migrationBuilder.CreateIndex(
                name: "IX_publication_attachments_sha256",
                table: "publication_attachments",
                column: "sha256");

            // Normative documents published before this migration get their mark on the current public text too.
            migrationBuilder.Sql("UPDATE publication_published_revisions SET normative_status = 1 WHERE kind IN (2, 3);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "publication_annual_review_entries");

            migrationBuilder.DropTable(
                name: "publication_attachments");

            migrationBuilder.DropTable(
                name: "publication_annual_reviews");

            migrationBuilder.DropIndex(
                name: "IX_publication_published_revisions_is_current_normative_status",
                table: "publication_published_revisions");

            migrationBuilder.DropColumn(
                name: "disclosed_on_review_on",
                table: "publication_records");

            migrationBuilder.DropColumn(
                name: "normative_status",
                table: "publication_records");

            migrationBuilder.DropColumn(
                name: "normative_status_note",
                table: "publication_records");

            migrationBuilder.DropColumn(
                name: "normative_status_on",
                table: "publication_records");

            migrationBuilder.DropColumn(
                name: "replaced_by_record_id",
                table: "publication_records");

            migrationBuilder.DropColumn(
                name: "attachment_ids",
                table: "publication_published_revisions");

            migrationBuilder.DropColumn(
                name: "normative_status",
                table: "publication_published_revisions");

            migrationBuilder.DropColumn(
                name: "normative_status_note",
                table: "publication_published_revisions");

            migrationBuilder.DropColumn(
                name: "normative_status_on",
                table: "publication_published_revisions");

            migrationBuilder.DropColumn(
                name: "replaced_by_record_id",
                table: "publication_published_revisions");

            migrationBuilder.DropColumn(
                name: "valid_from",
                table: "publication_published_revisions");

            migrationBuilder.DropColumn(
                name: "valid_until",
                table: "publication_published_revisions");
        }
    }
}
