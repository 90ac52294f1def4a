using FluentValidation;
using Microsoft.Extensions.Options;

namespace ProcurementPlatform.Application.Common.Files;

public sealed record FileUpload(string FileName, string ContentType, byte[] Content);

public sealed class UploadOptions
{
    public const string SectionName = "Uploads";

    /// <summary>Largest accepted file, in megabytes (default 20).</summary>
    public int MaxFileSizeMegabytes { get; set; } = 20;

    public long MaxFileSizeBytes => MaxFileSizeMegabytes * 1024L * 1024L;
}

/// <summary>
/// Accepts only PDF, Word, Excel, JPEG and PNG — by extension and by the file's own signature, so
/// a renamed executable is refused too — and only up to the configured size.
/// </summary>
public sealed class FileUploadValidator : AbstractValidator<FileUpload>
{
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly Dictionary<string, (byte[] Signature, string ContentType)> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = (Pdf, "application/pdf"),
        [".doc"] = (Ole, "application/msword"),
        [".docx"] = (Zip, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        [".xls"] = (Ole, "application/vnd.ms-excel"),
        [".xlsx"] = (Zip, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        [".jpg"] = (Jpeg, "image/jpeg"),
        [".jpeg"] = (Jpeg, "image/jpeg"),
        [".png"] = (Png, "image/png"),
    };

    public const string AllowedDescription = "PDF、Word（doc/docx）、Excel（xls/xlsx）、JPG、PNG";

    public FileUploadValidator(IOptions<UploadOptions> options)
    {
        var max = options.Value.MaxFileSizeBytes;
        RuleFor(f => f.FileName).NotEmpty().WithMessage("文件名不能为空。").MaximumLength(200).WithMessage("文件名不能超过200个字符。");
        RuleFor(f => f).Custom((file, context) =>
        {
            var name = Path.GetFileName(file.FileName);
            var extension = Path.GetExtension(name);
            if (!Allowed.TryGetValue(extension, out var kind))
            {
                context.AddFailure(nameof(FileUpload.FileName), $"文件“{name}”的类型不允许上传，仅支持 {AllowedDescription}。");
                return;
            }
            if (file.Content.Length == 0)
            {
                context.AddFailure(nameof(FileUpload.Content), $"文件“{name}”是空文件。");
                return;
            }
            if (file.Content.LongLength > max)
            {
                context.AddFailure(nameof(FileUpload.Content), $"文件“{name}”大小为 {file.Content.LongLength / 1024d / 1024d:0.0} MB，超过 {options.Value.MaxFileSizeMegabytes} MB 的上限。");
                return;
            }
            if (!file.Content.AsSpan().StartsWith(kind.Signature))
                context.AddFailure(nameof(FileUpload.Content), $"文件“{name}”的内容与其扩展名不符，请上传真实的 {extension.TrimStart('.').ToUpperInvariant()} 文件。");
        });
    }

    /// <summary>The content type we serve a file with, from its extension (never the client's claim).</summary>
    public static string ContentTypeFor(string fileName) =>
        Allowed.TryGetValue(Path.GetExtension(fileName), out var kind) ? kind.ContentType : "application/octet-stream";
}
