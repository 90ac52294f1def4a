using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProcurementPlatform.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReviewResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAt",
                table: "ReviewSessions",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeviationReason",
                table: "ReviewSessions",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RecommendedAt",
                table: "ReviewSessions",
                type: "datetime2",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "ReviewSessions");

            migrationBuilder.DropColumn(
                name: "DeviationReason",
                table: "ReviewSessions");

            migrationBuilder.DropColumn(
                name: "RecommendedAt",
                table: "ReviewSessions");
        }
    }
}
