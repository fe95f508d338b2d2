using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace OpenGov.Organization.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "organization_api_clients",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    scopes = table.Column<string>(type: "TEXT", nullable: false),
                    secret_hash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    secret_created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    revoked_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_used_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_api_clients", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organization_audit_entries",
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
                    table.PrimaryKey("PK_organization_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organization_calendar_adjustments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    is_working_day = table.Column<bool>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_calendar_adjustments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organization_calendar_years",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    notice_title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    document_number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    change_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_calendar_years", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "organization_inbox_messages",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    handler_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    handled_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_inbox_messages", x => new { x.event_id, x.handler_name });
                });

            migrationBuilder.CreateTable(
                name: "organization_outbox_messages",
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
                    table.PrimaryKey("PK_organization_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organization_staff_users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    roles = table.Column<string>(type: "TEXT", nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    must_change_password = table.Column<bool>(type: "INTEGER", nullable: false),
                    failed_sign_in_count = table.Column<int>(type: "INTEGER", nullable: false),
                    locked_until = table.Column<long>(type: "INTEGER", nullable: true),
                    is_disabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_sign_in_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_staff_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organization_units",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    short_name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    type = table.Column<int>(type: "INTEGER", nullable: false),
                    parent_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    person = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    postal_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_units", x => x.id);
                });

            migrationBuilder.InsertData(
                table: "organization_calendar_years",
                columns: new[] { "year", "change_reason", "document_number", "notice_title", "text", "updated_at", "version" },
                values: new object[,]
                {
                    { 2023, null, "国办发明电〔2022〕16号", "国务院办公厅关于2023年部分节假日安排的通知", "# 2023: 国务院办公厅关于2023年部分节假日安排的通知 (国办发明电〔2022〕16号, issued 2022-12-08)\n# 元旦\n2023 off 2022-12-31..2023-01-02\n# 春节\n2023 off 2023-01-21..2023-01-27\n2023 work 2023-01-28\n2023 work 2023-01-29\n# 清明节\n2023 off 2023-04-05\n# 劳动节\n2023 off 2023-04-29..2023-05-03\n2023 work 2023-04-23\n2023 work 2023-05-06\n# 端午节\n2023 off 2023-06-22..2023-06-24\n2023 work 2023-06-25\n# 中秋节、国庆节\n2023 off 2023-09-29..2023-10-06\n2023 work 2023-10-07\n2023 work 2023-10-08\n", 1309267722240000000L, 1 },
                    { 2024, null, "国办发明电〔2023〕7号", "国务院办公厅关于2024年部分节假日安排的通知", "# 2024: 国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号, issued 2023-10-25)\n# 元旦\n2024 off 2023-12-30..2024-01-01\n# 春节\n2024 off 2024-02-10..2024-02-17\n2024 work 2024-02-04\n2024 work 2024-02-18\n# 清明节\n2024 off 2024-04-04..2024-04-06\n2024 work 2024-04-07\n# 劳动节\n2024 off 2024-05-01..2024-05-05\n2024 work 2024-04-28\n2024 work 2024-05-11\n# 端午节\n2024 off 2024-06-08..2024-06-10\n# 中秋节\n2024 off 2024-09-15..2024-09-17\n2024 work 2024-09-14\n# 国庆节\n2024 off 2024-10-01..2024-10-07\n2024 work 2024-09-29\n2024 work 2024-10-12\n", 1309267722240000000L, 1 },
                    { 2025, null, "国办发明电〔2024〕12号", "国务院办公厅关于2025年部分节假日安排的通知", "# 2025: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, issued 2024-11-12)\n# 元旦\n2025 off 2025-01-01\n# 春节\n2025 off 2025-01-28..2025-02-04\n2025 work 2025-01-26\n2025 work 2025-02-08\n# 清明节\n2025 off 2025-04-04..2025-04-06\n# 劳动节\n2025 off 2025-05-01..2025-05-05\n2025 work 2025-04-27\n# 端午节\n2025 off 2025-05-31..2025-06-02\n# 国庆节、中秋节\n2025 off 2025-10-01..2025-10-08\n2025 work 2025-09-28\n2025 work 2025-10-11\n", 1309267722240000000L, 1 },
                    { 2026, null, "国办发明电〔2025〕7号", "国务院办公厅关于2026年部分节假日安排的通知", "# 2026: 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号, issued 2025-11-04)\n# 元旦\n2026 off 2026-01-01..2026-01-03\n2026 work 2026-01-04\n# 春节\n2026 off 2026-02-15..2026-02-23\n2026 work 2026-02-14\n2026 work 2026-02-28\n# 清明节\n2026 off 2026-04-04..2026-04-06\n# 劳动节\n2026 off 2026-05-01..2026-05-05\n2026 work 2026-05-09\n# 端午节\n2026 off 2026-06-19..2026-06-21\n# 中秋节\n2026 off 2026-09-25..2026-09-27\n# 国庆节\n2026 off 2026-10-01..2026-10-07\n2026 work 2026-09-20\n2026 work 2026-10-10\n", 1309267722240000000L, 1 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_organization_api_clients_client_id",
                table: "organization_api_clients",
                column: "client_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_api_clients_unit_id",
                table: "organization_api_clients",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "IX_organization_audit_entries_occurred_at",
                table: "organization_audit_entries",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "IX_organization_calendar_adjustments_date",
                table: "organization_calendar_adjustments",
                column: "date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_outbox_messages_claim_token",
                table: "organization_outbox_messages",
                column: "claim_token");

            migrationBuilder.CreateIndex(
                name: "IX_organization_outbox_messages_processed_at_next_attempt_at",
                table: "organization_outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "IX_organization_staff_users_unit_id",
                table: "organization_staff_users",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "IX_organization_staff_users_user_name",
                table: "organization_staff_users",
                column: "user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_units_name",
                table: "organization_units",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_units_parent_id",
                table: "organization_units",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "IX_organization_units_sort_order_name",
                table: "organization_units",
                columns: new[] { "sort_order", "name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "organization_api_clients");

            migrationBuilder.DropTable(
                name: "organization_audit_entries");

            migrationBuilder.DropTable(
                name: "organization_calendar_adjustments");

            migrationBuilder.DropTable(
                name: "organization_calendar_years");

            migrationBuilder.DropTable(
                name: "organization_inbox_messages");

            migrationBuilder.DropTable(
                name: "organization_outbox_messages");

            migrationBuilder.DropTable(
                name: "organization_staff_users");

            migrationBuilder.DropTable(
                name: "organization_units");
        }
    }
}
