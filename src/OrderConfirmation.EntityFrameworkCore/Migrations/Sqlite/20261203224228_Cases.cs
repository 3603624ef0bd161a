using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrderConfirmation.EntityFrameworkCore.Migrations.Sqlite
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
                    case_id = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    state = table.Column<string>(type: "TEXT", nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    reply_due_at = table.Column<long>(type: "INTEGER", nullable: false)
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
