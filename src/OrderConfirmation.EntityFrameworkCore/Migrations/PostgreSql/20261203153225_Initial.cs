using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrderConfirmation.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "oc_audit_entries",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<long>(type: "bigint", nullable: false),
                    at_nanoseconds = table.Column<int>(type: "integer", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    role = table.Column<string>(type: "text", nullable: true),
                    order_id = table.Column<string>(type: "text", nullable: true),
                    kind = table.Column<string>(type: "text", nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    previous_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_oc_audit_entries", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "oc_commands",
                columns: table => new
                {
                    command_id = table.Column<string>(type: "text", nullable: false),
                    order_id = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    actor_id = table.Column<string>(type: "text", nullable: false),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    at = table.Column<long>(type: "bigint", nullable: false),
                    at_nanoseconds = table.Column<int>(type: "integer", nullable: false),
                    refusal_reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    refusal_message = table.Column<string>(type: "text", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    fingerprint = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_oc_commands", x => x.command_id);
                });

            migrationBuilder.CreateTable(
                name: "oc_orders",
                columns: table => new
                {
                    order_id = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    state = table.Column<string>(type: "text", nullable: false),
                    entered_at = table.Column<long>(type: "bigint", nullable: false),
                    received_at = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_oc_orders", x => x.order_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_oc_audit_entries_actor",
                table: "oc_audit_entries",
                columns: new[] { "actor", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_oc_audit_entries_at",
                table: "oc_audit_entries",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_oc_audit_entries_order_id",
                table: "oc_audit_entries",
                columns: new[] { "order_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_oc_commands_order_id",
                table: "oc_commands",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_oc_orders_received_at",
                table: "oc_orders",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_oc_orders_status",
                table: "oc_orders",
                column: "status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "oc_audit_entries");

            migrationBuilder.DropTable(
                name: "oc_commands");

            migrationBuilder.DropTable(
                name: "oc_orders");
        }
    }
}
