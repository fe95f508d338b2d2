using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGov.Requests.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "requests_audit_entries",
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
                    table.PrimaryKey("PK_requests_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "requests_inbox_messages",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    handler_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    handled_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_requests_inbox_messages", x => new { x.event_id, x.handler_name });
                });

            migrationBuilder.CreateTable(
                name: "requests_outbox_messages",
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
                    table.PrimaryKey("PK_requests_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "requests_remedy_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    request_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    after_reconsideration = table.Column<bool>(type: "INTEGER", nullable: false),
                    case_number = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    authority = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    filed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    result = table.Column<int>(type: "INTEGER", nullable: false),
                    concluded_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_requests_remedy_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "requests_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tracking_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    query_code_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    channel = table.Column<int>(type: "INTEGER", nullable: false),
                    arrived_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    confirmed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    received_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    information_description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    delivery_form = table.Column<int>(type: "INTEGER", nullable: false),
                    delivery_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    registered_at = table.Column<long>(type: "INTEGER", nullable: false),
                    registered_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    deadline_problem = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decision_details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    letter_title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    letter_body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    replied_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    delivered_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    delivery_method = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    archived_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    released_for_publication_at = table.Column<long>(type: "INTEGER", nullable: true),
                    fee_mode = table.Column<int>(type: "INTEGER", nullable: true),
                    fee_quantity = table.Column<int>(type: "INTEGER", nullable: true),
                    fee_amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    fee_breakdown = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    fee_notice_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    fee_paid_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    correction_notice_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    correction_points = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    correction_due_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    correction_received_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    correction_notice_late = table.Column<bool>(type: "INTEGER", nullable: false),
                    extension_working_days = table.Column<int>(type: "INTEGER", nullable: true),
                    extension_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    extension_approved_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    extension_approved_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    applicant_address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    applicant_contact_person = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    applicant_email = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    applicant_identity = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    applicant_kind = table.Column<int>(type: "INTEGER", nullable: false),
                    applicant_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    applicant_phone = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    applicant_postal_code = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_requests_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "requests_request_consultations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    party = table.Column<int>(type: "INTEGER", nullable: false),
                    party_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sent_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    delivered_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    replied_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    opinion = table.Column<int>(type: "INTEGER", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    request_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_requests_request_consultations", x => x.id);
                    table.ForeignKey(
                        name: "FK_requests_request_consultations_requests_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "requests_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "requests_request_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2200, nullable: true),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    request_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_requests_request_steps", x => x.id);
                    table.ForeignKey(
                        name: "FK_requests_request_steps_requests_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "requests_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_requests_audit_entries_occurred_at",
                table: "requests_audit_entries",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "IX_requests_outbox_messages_claim_token",
                table: "requests_outbox_messages",
                column: "claim_token");

            migrationBuilder.CreateIndex(
                name: "IX_requests_outbox_messages_processed_at_next_attempt_at",
                table: "requests_outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_remedy_cases_request_id",
                table: "requests_remedy_cases",
                column: "request_id");

            migrationBuilder.CreateIndex(
                name: "IX_requests_remedy_cases_unit_id_filed_on",
                table: "requests_remedy_cases",
                columns: new[] { "unit_id", "filed_on" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_request_consultations_request_id",
                table: "requests_request_consultations",
                column: "request_id");

            migrationBuilder.CreateIndex(
                name: "IX_requests_request_steps_request_id",
                table: "requests_request_steps",
                column: "request_id");

            migrationBuilder.CreateIndex(
                name: "IX_requests_requests_closed_on_due_on",
                table: "requests_requests",
                columns: new[] { "closed_on", "due_on" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_requests_query_code_hash",
                table: "requests_requests",
                column: "query_code_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_requests_requests_unit_id_closed_on_due_on",
                table: "requests_requests",
                columns: new[] { "unit_id", "closed_on", "due_on" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_requests_unit_id_received_on",
                table: "requests_requests",
                columns: new[] { "unit_id", "received_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "requests_audit_entries");

            migrationBuilder.DropTable(
                name: "requests_inbox_messages");

            migrationBuilder.DropTable(
                name: "requests_outbox_messages");

            migrationBuilder.DropTable(
                name: "requests_remedy_cases");

            migrationBuilder.DropTable(
                name: "requests_request_consultations");

            migrationBuilder.DropTable(
                name: "requests_request_steps");

            migrationBuilder.DropTable(
                name: "requests_requests");
        }
    }
}
