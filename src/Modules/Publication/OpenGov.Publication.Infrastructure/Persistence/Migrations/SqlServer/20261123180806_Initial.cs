using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGov.Publication.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "publication");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "publication",
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
                name: "catalogue_items",
                schema: "publication",
                columns: table => new
                {
                    item_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    unit_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    domain_code = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    edition = table.Column<int>(type: "int", nullable: false),
                    first_level = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    second_level = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    working_days = table.Column<int>(type: "int", nullable: true),
                    calendar_days = table.Column<int>(type: "int", nullable: true),
                    deadline_text = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    retired = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_items", x => x.item_id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_entries",
                schema: "publication",
                columns: table => new
                {
                    caller = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    operation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    request_hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    result_json = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency_entries", x => new { x.caller, x.operation, x.key });
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "publication",
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
                name: "index_sequences",
                schema: "publication",
                columns: table => new
                {
                    unit_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    year = table.Column<int>(type: "int", nullable: false),
                    last = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_index_sequences", x => new { x.unit_id, x.year });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "publication",
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
                name: "records",
                schema: "publication",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    unit_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    index_number = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    status = table.Column<int>(type: "int", nullable: false),
                    review_plan = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    review_round = table.Column<int>(type: "int", nullable: false),
                    return_reason = table.Column<string>(type: "nvarchar(1020)", maxLength: 1020, nullable: true),
                    correction_reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    published_revisions = table.Column<int>(type: "int", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    withdraw_reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    clock_starts_on = table.Column<DateOnly>(type: "date", nullable: true),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    deadline_basis = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    overdue_since = table.Column<DateOnly>(type: "date", nullable: true),
                    source_client_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    external_id = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    created_by = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    attribute = table.Column<int>(type: "int", nullable: false),
                    attribute_reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    body = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    catalogue_item_ids = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    document_number = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    five_disclosure = table.Column<int>(type: "int", nullable: true),
                    formed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    grounds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    kind = table.Column<int>(type: "int", nullable: false),
                    redacted_body = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    subject_category = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "published_revisions",
                schema: "publication",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    record_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    revision = table.Column<int>(type: "int", nullable: false),
                    unit_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    index_number = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    document_number = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    formed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    year = table.Column<int>(type: "int", nullable: false),
                    subject_category = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    five_disclosure = table.Column<int>(type: "int", nullable: true),
                    kind = table.Column<int>(type: "int", nullable: false),
                    attribute = table.Column<int>(type: "int", nullable: false),
                    body = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    search_text = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    catalogue_item_ids = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    channels = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    correction_reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    is_current = table.Column<bool>(type: "bit", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_published_revisions", x => x.id);
                    table.ForeignKey(
                        name: "FK_published_revisions_records_record_id",
                        column: x => x.record_id,
                        principalSchema: "publication",
                        principalTable: "records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registrations",
                schema: "publication",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    record_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    kind = table.Column<int>(type: "int", nullable: false),
                    revision = table.Column<int>(type: "int", nullable: false),
                    unit_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    publisher_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    publisher_name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    reviewers = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    channels = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    channel_note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    content_sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registrations", x => x.id);
                    table.ForeignKey(
                        name: "FK_registrations_records_record_id",
                        column: x => x.record_id,
                        principalSchema: "publication",
                        principalTable: "records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "review_steps",
                schema: "publication",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    record_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    round = table.Column<int>(type: "int", nullable: false),
                    stage = table.Column<int>(type: "int", nullable: false),
                    approved = table.Column<bool>(type: "bit", nullable: false),
                    reviewer_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    reviewer_name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    opinion = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_steps", x => x.id);
                    table.ForeignKey(
                        name: "FK_review_steps_records_record_id",
                        column: x => x.record_id,
                        principalSchema: "publication",
                        principalTable: "records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_occurred_at",
                schema: "publication",
                table: "audit_entries",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_items_unit_id_domain_code",
                schema: "publication",
                table: "catalogue_items",
                columns: new[] { "unit_id", "domain_code" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_claim_token",
                schema: "publication",
                table: "outbox_messages",
                column: "claim_token");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_processed_at_next_attempt_at",
                schema: "publication",
                table: "outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "IX_published_revisions_is_current_published_at",
                schema: "publication",
                table: "published_revisions",
                columns: new[] { "is_current", "published_at" });

            migrationBuilder.CreateIndex(
                name: "IX_published_revisions_record_id_revision",
                schema: "publication",
                table: "published_revisions",
                columns: new[] { "record_id", "revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_published_revisions_unit_id_year",
                schema: "publication",
                table: "published_revisions",
                columns: new[] { "unit_id", "year" });

            migrationBuilder.CreateIndex(
                name: "IX_records_index_number",
                schema: "publication",
                table: "records",
                column: "index_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_records_source_client_id_external_id",
                schema: "publication",
                table: "records",
                columns: new[] { "source_client_id", "external_id" },
                unique: true,
                filter: "[source_client_id] IS NOT NULL AND [external_id] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_records_status_due_on",
                schema: "publication",
                table: "records",
                columns: new[] { "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "IX_records_unit_id_status",
                schema: "publication",
                table: "records",
                columns: new[] { "unit_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_registrations_record_id",
                schema: "publication",
                table: "registrations",
                column: "record_id");

            migrationBuilder.CreateIndex(
                name: "IX_registrations_unit_id_at",
                schema: "publication",
                table: "registrations",
                columns: new[] { "unit_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_review_steps_record_id",
                schema: "publication",
                table: "review_steps",
                column: "record_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "publication");

            migrationBuilder.DropTable(
                name: "catalogue_items",
                schema: "publication");

            migrationBuilder.DropTable(
                name: "idempotency_entries",
                schema: "publication");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "publication");

            migrationBuilder.DropTable(
                name: "index_sequences",
                schema: "publication");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "publication");

            migrationBuilder.DropTable(
                name: "published_revisions",
                schema: "publication");

            migrationBuilder.DropTable(
                name: "registrations",
                schema: "publication");

            migrationBuilder.DropTable(
                name: "review_steps",
                schema: "publication");

            migrationBuilder.DropTable(
                name: "records",
                schema: "publication");
        }
    }
}
