using Microsoft.Extensions.Options;
using ProcurementPlatform.Application.Common.Files;

namespace ProcurementPlatform.UnitTests.Support;

/// <summary>Small files that start with the real signature of their type.</summary>
public static class TestFiles
{
    public static readonly byte[] PdfBytes = [.. "%PDF-1.7\n"u8, .. Filler];
    public static readonly byte[] ZipBytes = [0x50, 0x4B, 0x03, 0x04, .. Filler];
    public static readonly byte[] OleBytes = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Filler];
    public static readonly byte[] JpegBytes = [0xFF, 0xD8, 0xFF, 0xE0, .. Filler];
    public static readonly byte[] PngBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Filler];
    public static readonly byte[] ExeBytes = [0x4D, 0x5A, 0x90, 0x00, .. Filler];

    private static byte[] Filler => [1, 2, 3, 4, 5, 6, 7, 8];

    public static FileUpload Pdf(string name = "申报指南.pdf") => new(name, "application/pdf", PdfBytes);

    public static FileUploadValidator Validator(int maxMegabytes = 20) =>
        new(Options.Create(new UploadOptions { MaxFileSizeMegabytes = maxMegabytes }));
}
