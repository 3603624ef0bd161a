using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrderConfirmation.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class Cases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "oc_cases",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    state = table.Column<string>(type: "text", nullable: false),
                    received_at = table.Column<long>(type: "bigint", nullable: false),
                    reply_due_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_oc_cases", x => x.case_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_oc_cases_received_at",
                table: "oc_cases",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_oc_cases_status_reply_due_at",
                table: "oc_cases",
                columns: new[] { "status", "reply_due_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "oc_cases");
        }
    }
}
