using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace OpenGov.Catalogue.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalogue_audit_entries",
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
                    table.PrimaryKey("PK_catalogue_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_domains",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false),
                    is_pilot = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_retired = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_domains", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_inbox_messages",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    handler_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    handled_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_inbox_messages", x => new { x.event_id, x.handler_name });
                });

            migrationBuilder.CreateTable(
                name: "catalogue_negative_list_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    reviewed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    reviewed_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_negative_list_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_outbox_messages",
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
                    table.PrimaryKey("PK_catalogue_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_negative_list_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    domain_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    legal_basis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    released_in_review_year = table.Column<int>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_negative_list_items", x => x.id);
                    table.ForeignKey(
                        name: "FK_catalogue_negative_list_items_catalogue_domains_domain_code",
                        column: x => x.domain_code,
                        principalTable: "catalogue_domains",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_unit_catalogues",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    domain_code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    edition = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    change_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    return_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: true),
                    submitted_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    reviewed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    reviewed_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    published_at = table.Column<long>(type: "INTEGER", nullable: true),
                    published_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    superseded_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_unit_catalogues", x => x.id);
                    table.ForeignKey(
                        name: "FK_catalogue_unit_catalogues_catalogue_domains_domain_code",
                        column: x => x.domain_code,
                        principalTable: "catalogue_domains",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_negative_list_review_decisions",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    item_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    decision = table.Column<int>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    review_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_negative_list_review_decisions", x => x.id);
                    table.ForeignKey(
                        name: "FK_catalogue_negative_list_review_decisions_catalogue_negative_list_reviews_review_id",
                        column: x => x.review_id,
                        principalTable: "catalogue_negative_list_reviews",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_catalogue_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    catalogue_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    item_key = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    first_level = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    second_level = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    basis = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    channels = table.Column<string>(type: "TEXT", nullable: false),
                    other_channel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    audiences = table.Column<string>(type: "TEXT", nullable: false),
                    specific_group = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    methods = table.Column<string>(type: "TEXT", nullable: false),
                    levels = table.Column<string>(type: "TEXT", nullable: false),
                    deadline_count = table.Column<int>(type: "INTEGER", nullable: true),
                    deadline_is_parsed = table.Column<bool>(type: "INTEGER", nullable: false),
                    deadline_qualitative = table.Column<int>(type: "INTEGER", nullable: true),
                    deadline_text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    deadline_trigger = table.Column<int>(type: "INTEGER", nullable: false),
                    deadline_trigger_event = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    deadline_unit = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_catalogue_items", x => x.id);
                    table.ForeignKey(
                        name: "FK_catalogue_catalogue_items_catalogue_unit_catalogues_catalogue_id",
                        column: x => x.catalogue_id,
                        principalTable: "catalogue_unit_catalogues",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "catalogue_domains",
                columns: new[] { "id", "is_pilot", "is_retired", "name", "sort_order", "updated_at", "version" },
                values: new object[,]
                {
                    { "D01", true, false, "国土空间规划", 1, 1308729802752000000L, 1 },
                    { "D02", true, false, "重大建设项目", 2, 1308729802752000000L, 1 },
                    { "D03", true, false, "公共资源交易", 3, 1308729802752000000L, 1 },
                    { "D04", true, false, "财政预决算", 4, 1308729802752000000L, 1 },
                    { "D05", true, false, "安全生产", 5, 1308729802752000000L, 1 },
                    { "D06", true, false, "税收管理", 6, 1308729802752000000L, 1 },
                    { "D07", true, false, "征地补偿", 7, 1308729802752000000L, 1 },
                    { "D08", true, false, "国有土地上房屋征收", 8, 1308729802752000000L, 1 },
                    { "D09", true, false, "保障性住房", 9, 1308729802752000000L, 1 },
                    { "D10", true, false, "农村危房改造", 10, 1308729802752000000L, 1 },
                    { "D11", true, false, "环境保护", 11, 1308729802752000000L, 1 },
                    { "D12", true, false, "公共文化服务", 12, 1308729802752000000L, 1 },
                    { "D13", true, false, "公共法律服务", 13, 1308729802752000000L, 1 },
                    { "D14", true, false, "扶贫", 14, 1308729802752000000L, 1 },
                    { "D15", true, false, "救灾", 15, 1308729802752000000L, 1 },
                    { "D16", true, false, "食品药品监管", 16, 1308729802752000000L, 1 },
                    { "D17", true, false, "城市综合执法", 17, 1308729802752000000L, 1 },
                    { "D18", true, false, "就业创业", 18, 1308729802752000000L, 1 },
                    { "D19", true, false, "社会保险", 19, 1308729802752000000L, 1 },
                    { "D20", true, false, "社会救助", 20, 1308729802752000000L, 1 },
                    { "D21", true, false, "养老服务", 21, 1308729802752000000L, 1 },
                    { "D22", true, false, "户籍管理", 22, 1308729802752000000L, 1 },
                    { "D23", true, false, "涉农补贴", 23, 1308729802752000000L, 1 },
                    { "D24", true, false, "义务教育", 24, 1308729802752000000L, 1 },
                    { "D25", true, false, "医疗卫生", 25, 1308729802752000000L, 1 },
                    { "D26", true, false, "市政服务", 26, 1308729802752000000L, 1 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_audit_entries_occurred_at",
                table: "catalogue_audit_entries",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_catalogue_items_catalogue_id_sequence",
                table: "catalogue_catalogue_items",
                columns: new[] { "catalogue_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_catalogue_items_item_key",
                table: "catalogue_catalogue_items",
                column: "item_key");

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_catalogue_items_second_level",
                table: "catalogue_catalogue_items",
                column: "second_level");

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_domains_name",
                table: "catalogue_domains",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_domains_sort_order",
                table: "catalogue_domains",
                column: "sort_order");

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_negative_list_items_domain_code",
                table: "catalogue_negative_list_items",
                column: "domain_code");

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_negative_list_items_unit_id_status",
                table: "catalogue_negative_list_items",
                columns: new[] { "unit_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_negative_list_review_decisions_review_id",
                table: "catalogue_negative_list_review_decisions",
                column: "review_id");

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_negative_list_reviews_unit_id_year",
                table: "catalogue_negative_list_reviews",
                columns: new[] { "unit_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_outbox_messages_claim_token",
                table: "catalogue_outbox_messages",
                column: "claim_token");

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_outbox_messages_processed_at_next_attempt_at",
                table: "catalogue_outbox_messages",
                columns: new[] { "processed_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_unit_catalogues_domain_code",
                table: "catalogue_unit_catalogues",
                column: "domain_code");

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_unit_catalogues_status_domain_code",
                table: "catalogue_unit_catalogues",
                columns: new[] { "status", "domain_code" });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_unit_catalogues_unit_id_domain_code_edition",
                table: "catalogue_unit_catalogues",
                columns: new[] { "unit_id", "domain_code", "edition" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalogue_audit_entries");

            migrationBuilder.DropTable(
                name: "catalogue_catalogue_items");

            migrationBuilder.DropTable(
                name: "catalogue_inbox_messages");

            migrationBuilder.DropTable(
                name: "catalogue_negative_list_items");

            migrationBuilder.DropTable(
                name: "catalogue_negative_list_review_decisions");

            migrationBuilder.DropTable(
                name: "catalogue_outbox_messages");

            migrationBuilder.DropTable(
                name: "catalogue_unit_catalogues");

            migrationBuilder.DropTable(
                name: "catalogue_negative_list_reviews");

            migrationBuilder.DropTable(
                name: "catalogue_domains");
        }
    }
}
