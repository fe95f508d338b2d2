using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGov.Requests.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "requests");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    module = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    command_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    target_id = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    user_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    user_name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    client_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    unit_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "requests",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    handler_name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    handled_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.event_id, x.handler_name });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    type = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    attempts = table.Column<int>(type: "int", nullable: false),
                    last_error = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    claim_token = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    locked_until = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    processed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    failed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "remedy_cases",
                schema: "requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    unit_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    request_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    kind = table.Column<int>(type: "int", nullable: false),
                    after_reconsideration = table.Column<bool>(type: "bit", nullable: false),
                    case_number = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    authority = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    filed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    result = table.Column<int>(type: "int", nullable: false),
                    concluded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_remedy_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "requests",
                schema: "requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    unit_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    tracking_number = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    query_code_hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    channel = table.Column<int>(type: "int", nullable: false),
                    arrived_on = table.Column<DateOnly>(type: "date", nullable: false),
                    confirmed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    information_description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    delivery_form = table.Column<int>(type: "int", nullable: false),
                    delivery_note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    status = table.Column<int>(type: "int", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    registered_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    deadline_problem = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    outcome = table.Column<int>(type: "int", nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decision_details = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    letter_title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    letter_body = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    replied_on = table.Column<DateOnly>(type: "date", nullable: true),
                    delivered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    delivery_method = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    archived_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    released_for_publication_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    fee_mode = table.Column<int>(type: "int", nullable: true),
                    fee_quantity = table.Column<int>(type: "int", nullable: true),
                    fee_amount = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: true),
                    fee_breakdown = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    fee_notice_on = table.Column<DateOnly>(type: "date", nullable: true),
                    fee_paid_on = table.Column<DateOnly>(type: "date", nullable: true),
                    correction_notice_on = table.Column<DateOnly>(type: "date", nullable: true),
                    correction_points = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    correction_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    correction_received_on = table.Column<DateOnly>(type: "date", nullable: true),
                    correction_notice_late = table.Column<bool>(type: "bit", nullable: false),
                    extension_working_days = table.Column<int>(type: "int", nullable: true),
                    extension_reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    extension_approved_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    extension_approved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    applicant_address = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    applicant_contact_person = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    applicant_email = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    applicant_identity = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    applicant_kind = table.Column<int>(type: "int", nullable: false),
                    applicant_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    applicant_phone = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    applicant_postal_code = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "request_consultations",
                schema: "requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    number = table.Column<int>(type: "int", nullable: false),
                    party = table.Column<int>(type: "int", nullable: false),
                    party_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    sent_on = table.Column<DateOnly>(type: "date", nullable: false),
                    delivered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    replied_on = table.Column<DateOnly>(type: "date", nullable: true),
                    opinion = table.Column<int>(type: "int", nullable: true),
                    note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    request_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_request_consultations", x => x.id);
                    table.ForeignKey(
                        name: "FK_request_consultations_requests_request_id",
                        column: x => x.request_id,
                        principalSchema: "requests",
                        principalTable: "requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "request_steps",
                schema: "requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    number = table.Column<int>(type: "int", nullable: false),
                    action = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    actor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    note = table.Column<string>(type: "nvarchar(2200)", maxLength: 2200, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    request_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_request_steps", x => x.id);
                    table.ForeignKey(
                        name: "FK_request_steps_requests_request_id",
                        column: x => x.request_id,
                        principalSchema: "requests",
                        principalTable: "requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_occurred_at",
                schema: "requests",
                table: "audit_entries",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_claim_token",
                schema: "requests",
                table: "outbox_messages",
                column: "claim_token");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_processed_at_next_attempt_at",
                schema: "requests",
                table: "outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "IX_remedy_cases_request_id",
                schema: "requests",
                table: "remedy_cases",
                column: "request_id");

            migrationBuilder.CreateIndex(
                name: "IX_remedy_cases_unit_id_filed_on",
                schema: "requests",
                table: "remedy_cases",
                columns: new[] { "unit_id", "filed_on" });

            migrationBuilder.CreateIndex(
                name: "IX_request_consultations_request_id",
                schema: "requests",
                table: "request_consultations",
                column: "request_id");

            migrationBuilder.CreateIndex(
                name: "IX_request_steps_request_id",
                schema: "requests",
                table: "request_steps",
                column: "request_id");

            migrationBuilder.CreateIndex(
                name: "IX_requests_closed_on_due_on",
                schema: "requests",
                table: "requests",
                columns: new[] { "closed_on", "due_on" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_query_code_hash",
                schema: "requests",
                table: "requests",
                column: "query_code_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_requests_unit_id_closed_on_due_on",
                schema: "requests",
                table: "requests",
                columns: new[] { "unit_id", "closed_on", "due_on" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_unit_id_received_on",
                schema: "requests",
                table: "requests",
                columns: new[] { "unit_id", "received_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "requests");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "requests");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "requests");

            migrationBuilder.DropTable(
                name: "remedy_cases",
                schema: "requests");

            migrationBuilder.DropTable(
                name: "request_consultations",
                schema: "requests");

            migrationBuilder.DropTable(
                name: "request_steps",
                schema: "requests");

            migrationBuilder.DropTable(
                name: "requests",
                schema: "requests");
        }
    }
}
