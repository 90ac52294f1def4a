using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProcurementPlatform.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ObjectionAttachmentsAndSupplementaryNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AwardNotices_SolicitationId",
                table: "AwardNotices");

            migrationBuilder.AddColumn<Guid>(
                name: "AttachmentFileId",
                table: "Objections",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttachmentName",
                table: "Objections",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupplementsNoticeId",
                table: "AwardNotices",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Objections_AttachmentFileId",
                table: "Objections",
                column: "AttachmentFileId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardNotices_SolicitationId",
                table: "AwardNotices",
                column: "SolicitationId",
                unique: true,
                filter: "[SupplementsNoticeId] IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AwardNotices_SupplementsNoticeId",
                table: "AwardNotices",
                column: "SupplementsNoticeId");

            migrationBuilder.AddForeignKey(
                name: "FK_AwardNotices_AwardNotices_SupplementsNoticeId",
                table: "AwardNotices",
                column: "SupplementsNoticeId",
                principalTable: "AwardNotices",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Objections_StoredFiles_AttachmentFileId",
                table: "Objections",
                column: "AttachmentFileId",
                principalTable: "StoredFiles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AwardNotices_AwardNotices_SupplementsNoticeId",
                table: "AwardNotices");

            migrationBuilder.DropForeignKey(
                name: "FK_Objections_StoredFiles_AttachmentFileId",
                table: "Objections");

            migrationBuilder.DropIndex(
                name: "IX_Objections_AttachmentFileId",
                table: "Objections");

            migrationBuilder.DropIndex(
                name: "IX_AwardNotices_SolicitationId",
                table: "AwardNotices");

            migrationBuilder.DropIndex(
                name: "IX_AwardNotices_SupplementsNoticeId",
                table: "AwardNotices");

            migrationBuilder.DropColumn(
                name: "AttachmentFileId",
                table: "Objections");

            migrationBuilder.DropColumn(
                name: "AttachmentName",
                table: "Objections");

            migrationBuilder.DropColumn(
                name: "SupplementsNoticeId",
                table: "AwardNotices");

            migrationBuilder.CreateIndex(
                name: "IX_AwardNotices_SolicitationId",
                table: "AwardNotices",
                column: "SolicitationId",
                unique: true);
        }
    }
}
