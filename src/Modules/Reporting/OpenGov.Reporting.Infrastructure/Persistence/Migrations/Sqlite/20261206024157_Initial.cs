using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGov.Reporting.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reporting_annual_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    edition = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<int>(type: "INTEGER", nullable: false),
                    organ_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    content = table.Column<string>(type: "TEXT", nullable: false),
                    members = table.Column<string>(type: "TEXT", nullable: false),
                    correction_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    previous_edition_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    return_reason = table.Column<string>(type: "TEXT", maxLength: 2100, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: true),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    accepted_at = table.Column<long>(type: "INTEGER", nullable: true),
                    accepted_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    published_at = table.Column<long>(type: "INTEGER", nullable: true),
                    published_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_annual_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_audit_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    module = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    command_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    target_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    unit_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_enforcement_figures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    licensing = table.Column<int>(type: "INTEGER", nullable: false),
                    penalties = table.Column<int>(type: "INTEGER", nullable: false),
                    compulsions = table.Column<int>(type: "INTEGER", nullable: false),
                    administrative_fees_yuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_enforcement_figures", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_inbox_messages",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    handler_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    handled_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_inbox_messages", x => new { x.event_id, x.handler_name });
                });

            migrationBuilder.CreateTable(
                name: "reporting_outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    claim_token = table.Column<Guid>(type: "TEXT", nullable: true),
                    locked_until = table.Column<long>(type: "INTEGER", nullable: true),
                    processed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    failed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_annual_reports_previous_edition_id",
                table: "reporting_annual_reports",
                column: "previous_edition_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_annual_reports_unit_id_year_kind_edition",
                table: "reporting_annual_reports",
                columns: new[] { "unit_id", "year", "kind", "edition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_annual_reports_year_status",
                table: "reporting_annual_reports",
                columns: new[] { "year", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_audit_entries_occurred_at",
                table: "reporting_audit_entries",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_enforcement_figures_unit_id_year",
                table: "reporting_enforcement_figures",
                columns: new[] { "unit_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_enforcement_figures_year",
                table: "reporting_enforcement_figures",
                column: "year");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_outbox_messages_claim_token",
                table: "reporting_outbox_messages",
                column: "claim_token");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_outbox_messages_processed_at_next_attempt_at",
                table: "reporting_outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reporting_annual_reports");

            migrationBuilder.DropTable(
                name: "reporting_audit_entries");

            migrationBuilder.DropTable(
                name: "reporting_enforcement_figures");

            migrationBuilder.DropTable(
                name: "reporting_inbox_messages");

            migrationBuilder.DropTable(
                name: "reporting_outbox_messages");
        }
    }
}
