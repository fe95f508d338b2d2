using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGov.Publication.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "publication_audit_entries",
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
                    table.PrimaryKey("PK_publication_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "publication_catalogue_items",
                columns: table => new
                {
                    item_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    domain_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    edition = table.Column<int>(type: "INTEGER", nullable: false),
                    first_level = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    second_level = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    working_days = table.Column<int>(type: "INTEGER", nullable: true),
                    calendar_days = table.Column<int>(type: "INTEGER", nullable: true),
                    deadline_text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    retired = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publication_catalogue_items", x => x.item_id);
                });

            migrationBuilder.CreateTable(
                name: "publication_idempotency_entries",
                columns: table => new
                {
                    caller = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    operation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    request_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    result_json = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publication_idempotency_entries", x => new { x.caller, x.operation, x.key });
                });

            migrationBuilder.CreateTable(
                name: "publication_inbox_messages",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    handler_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    handled_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publication_inbox_messages", x => new { x.event_id, x.handler_name });
                });

            migrationBuilder.CreateTable(
                name: "publication_index_sequences",
                columns: table => new
                {
                    unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publication_index_sequences", x => new { x.unit_id, x.year });
                });

            migrationBuilder.CreateTable(
                name: "publication_outbox_messages",
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
                    table.PrimaryKey("PK_publication_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "publication_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    index_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    review_plan = table.Column<string>(type: "TEXT", nullable: false),
                    review_round = table.Column<int>(type: "INTEGER", nullable: false),
                    return_reason = table.Column<string>(type: "TEXT", maxLength: 1020, nullable: true),
                    correction_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    published_revisions = table.Column<int>(type: "INTEGER", nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: true),
                    withdrawn_at = table.Column<long>(type: "INTEGER", nullable: true),
                    withdraw_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    clock_starts_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    deadline_basis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    overdue_since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    source_client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    attribute = table.Column<int>(type: "INTEGER", nullable: false),
                    attribute_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    catalogue_item_ids = table.Column<string>(type: "TEXT", nullable: false),
                    document_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    five_disclosure = table.Column<int>(type: "INTEGER", nullable: true),
                    formed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    grounds = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    redacted_body = table.Column<string>(type: "TEXT", nullable: true),
                    subject_category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publication_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "publication_published_revisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    record_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    index_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    document_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    formed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    subject_category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    five_disclosure = table.Column<int>(type: "INTEGER", nullable: true),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    attribute = table.Column<int>(type: "INTEGER", nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    search_text = table.Column<string>(type: "TEXT", nullable: false),
                    catalogue_item_ids = table.Column<string>(type: "TEXT", nullable: false),
                    channels = table.Column<string>(type: "TEXT", nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: false),
                    correction_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    is_current = table.Column<bool>(type: "INTEGER", nullable: false),
                    withdrawn_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publication_published_revisions", x => x.id);
                    table.ForeignKey(
                        name: "FK_publication_published_revisions_publication_records_record_id",
                        column: x => x.record_id,
                        principalTable: "publication_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "publication_registrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    record_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    publisher_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    publisher_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    reviewers = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    channels = table.Column<string>(type: "TEXT", nullable: false),
                    channel_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    content_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publication_registrations", x => x.id);
                    table.ForeignKey(
                        name: "FK_publication_registrations_publication_records_record_id",
                        column: x => x.record_id,
                        principalTable: "publication_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "publication_review_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    record_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    round = table.Column<int>(type: "INTEGER", nullable: false),
                    stage = table.Column<int>(type: "INTEGER", nullable: false),
                    approved = table.Column<bool>(type: "INTEGER", nullable: false),
                    reviewer_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    reviewer_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: false),
                    opinion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publication_review_steps", x => x.id);
                    table.ForeignKey(
                        name: "FK_publication_review_steps_publication_records_record_id",
                        column: x => x.record_id,
                        principalTable: "publication_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_publication_audit_entries_occurred_at",
                table: "publication_audit_entries",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "IX_publication_catalogue_items_unit_id_domain_code",
                table: "publication_catalogue_items",
                columns: new[] { "unit_id", "domain_code" });

            migrationBuilder.CreateIndex(
                name: "IX_publication_outbox_messages_claim_token",
                table: "publication_outbox_messages",
                column: "claim_token");

            migrationBuilder.CreateIndex(
                name: "IX_publication_outbox_messages_processed_at_next_attempt_at",
                table: "publication_outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "IX_publication_published_revisions_is_current_published_at",
                table: "publication_published_revisions",
                columns: new[] { "is_current", "published_at" });

            migrationBuilder.CreateIndex(
                name: "IX_publication_published_revisions_record_id_revision",
                table: "publication_published_revisions",
                columns: new[] { "record_id", "revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_publication_published_revisions_unit_id_year",
                table: "publication_published_revisions",
                columns: new[] { "unit_id", "year" });

            migrationBuilder.CreateIndex(
                name: "IX_publication_records_index_number",
                table: "publication_records",
                column: "index_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_publication_records_source_client_id_external_id",
                table: "publication_records",
                columns: new[] { "source_client_id", "external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_publication_records_status_due_on",
                table: "publication_records",
                columns: new[] { "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "IX_publication_records_unit_id_status",
                table: "publication_records",
                columns: new[] { "unit_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_publication_registrations_record_id",
                table: "publication_registrations",
                column: "record_id");

            migrationBuilder.CreateIndex(
                name: "IX_publication_registrations_unit_id_at",
                table: "publication_registrations",
                columns: new[] { "unit_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_publication_review_steps_record_id",
                table: "publication_review_steps",
                column: "record_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "publication_audit_entries");

            migrationBuilder.DropTable(
                name: "publication_catalogue_items");

            migrationBuilder.DropTable(
                name: "publication_idempotency_entries");

            migrationBuilder.DropTable(
                name: "publication_inbox_messages");

            migrationBuilder.DropTable(
                name: "publication_index_sequences");

            migrationBuilder.DropTable(
                name: "publication_outbox_messages");

            migrationBuilder.DropTable(
                name: "publication_published_revisions");

            migrationBuilder.DropTable(
                name: "publication_registrations");

            migrationBuilder.DropTable(
                name: "publication_review_steps");

            migrationBuilder.DropTable(
                name: "publication_records");
        }
    }
}
