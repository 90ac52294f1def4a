using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProcurementPlatform.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReleasePlansAndQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PlanEntryId",
                table: "Solicitations",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CallQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SolicitationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    AskedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AskedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    AttachmentFileId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AttachmentName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Answer = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AnsweredBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    AmendmentId = table.Column<int>(type: "int", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallQuestions_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CallQuestions_Solicitations_SolicitationId",
                        column: x => x.SolicitationId,
                        principalTable: "Solicitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CallQuestions_StoredFiles_AttachmentFileId",
                        column: x => x.AttachmentFileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReleasePlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReleasePlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReleasePlans_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SolicitationAmendments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AmendedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Changes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    PreviousClosesAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SolicitationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SolicitationAmendments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SolicitationAmendments_Solicitations_SolicitationId",
                        column: x => x.SolicitationId,
                        principalTable: "Solicitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReleasePlanAmendments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AmendedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Changes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ReleasePlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReleasePlanAmendments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReleasePlanAmendments_ReleasePlans_ReleasePlanId",
                        column: x => x.ReleasePlanId,
                        principalTable: "ReleasePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReleasePlanEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ServiceField = table.Column<int>(type: "int", nullable: false),
                    TargetGroups = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    FundSource = table.Column<int>(type: "int", nullable: false),
                    EstimatedBudget = table.Column<long>(type: "bigint", nullable: false),
                    PlannedQuarter = table.Column<int>(type: "int", nullable: false),
                    Rationale = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ReleasePlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReleasePlanEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReleasePlanEntries_ReleasePlans_ReleasePlanId",
                        column: x => x.ReleasePlanId,
                        principalTable: "ReleasePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Solicitations_PlanEntryId",
                table: "Solicitations",
                column: "PlanEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_CallQuestions_AttachmentFileId",
                table: "CallQuestions",
                column: "AttachmentFileId");

            migrationBuilder.CreateIndex(
                name: "IX_CallQuestions_OrganizationId",
                table: "CallQuestions",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CallQuestions_SolicitationId_Status",
                table: "CallQuestions",
                columns: new[] { "SolicitationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReleasePlanAmendments_ReleasePlanId",
                table: "ReleasePlanAmendments",
                column: "ReleasePlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ReleasePlanEntries_ReleasePlanId",
                table: "ReleasePlanEntries",
                column: "ReleasePlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ReleasePlans_DepartmentId_Year",
                table: "ReleasePlans",
                columns: new[] { "DepartmentId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReleasePlans_Year_Status",
                table: "ReleasePlans",
                columns: new[] { "Year", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SolicitationAmendments_SolicitationId",
                table: "SolicitationAmendments",
                column: "SolicitationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CallQuestions");

            migrationBuilder.DropTable(
                name: "ReleasePlanAmendments");

            migrationBuilder.DropTable(
                name: "ReleasePlanEntries");

            migrationBuilder.DropTable(
                name: "SolicitationAmendments");

            migrationBuilder.DropTable(
                name: "ReleasePlans");

            migrationBuilder.DropIndex(
                name: "IX_Solicitations_PlanEntryId",
                table: "Solicitations");

            migrationBuilder.DropColumn(
                name: "PlanEntryId",
                table: "Solicitations");
        }
    }
}
