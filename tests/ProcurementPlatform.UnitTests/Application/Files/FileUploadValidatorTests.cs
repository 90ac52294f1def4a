using ProcurementPlatform.Application.Common.Files;
using ProcurementPlatform.UnitTests.Support;

namespace ProcurementPlatform.UnitTests.Application.Files;

public class FileUploadValidatorTests
{
    private readonly FileUploadValidator _validator = TestFiles.Validator();

    public static TheoryData<string, byte[]> AllowedFiles() => new()
    {
        { "申报指南.pdf", TestFiles.PdfBytes },
        { "申报书模板.docx", TestFiles.ZipBytes },
        { "预算表.xlsx", TestFiles.ZipBytes },
        { "旧版申报书.doc", TestFiles.OleBytes },
        { "旧版预算表.xls", TestFiles.OleBytes },
        { "现场照片.jpg", TestFiles.JpegBytes },
        { "现场照片.jpeg", TestFiles.JpegBytes },
        { "流程图.png", TestFiles.PngBytes },
        { "SCAN.PDF", TestFiles.PdfBytes },            // extension case does not matter
        { "照片.JPG", TestFiles.JpegBytes },
    };

    [Theory]
    [MemberData(nameof(AllowedFiles))]
    public void Allowed_types_with_matching_content_pass(string fileName, byte[] content)
    {
        var result = _validator.Validate(new FileUpload(fileName, "application/octet-stream", content));

        Assert.True(result.IsValid, string.Join(" ", result.Errors.Select(e => e.ErrorMessage)));
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("脚本.bat")]
    [InlineData("page.html")]
    [InlineData("archive.zip")]
    [InlineData("申报书.pdf.exe")]
    [InlineData("没有扩展名")]
    public void Other_types_are_refused_with_the_list_of_allowed_types(string fileName)
    {
        var result = _validator.Validate(new FileUpload(fileName, "application/pdf", TestFiles.PdfBytes));

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(FileUpload.FileName), error.PropertyName);
        Assert.Contains($"“{fileName}”", error.ErrorMessage);
        Assert.Contains("类型不允许上传", error.ErrorMessage);
        Assert.Contains(FileUploadValidator.AllowedDescription, error.ErrorMessage);
        foreach (var kind in new[] { "PDF", "Word", "Excel", "JPG", "PNG" }) Assert.Contains(kind, error.ErrorMessage);
    }

    [Theory]
    [InlineData("申报指南.pdf")]
    [InlineData("申报书.docx")]
    [InlineData("预算表.xlsx")]
    [InlineData("照片.jpg")]
    [InlineData("流程图.png")]
    [InlineData("旧版.doc")]
    public void A_renamed_executable_is_refused(string fileName)
    {
        var result = _validator.Validate(new FileUpload(fileName, "application/pdf", TestFiles.ExeBytes));

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(FileUpload.Content), error.PropertyName);
        Assert.Contains("不符", error.ErrorMessage);
        Assert.Contains($"“{fileName}”", error.ErrorMessage);
    }

    [Fact]
    public void A_pdf_with_png_content_is_refused_naming_the_expected_type()
    {
        var result = _validator.Validate(new FileUpload("申报指南.pdf", "application/pdf", TestFiles.PngBytes));

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(FileUpload.Content), error.PropertyName);
        Assert.Contains("内容与其扩展名不符", error.ErrorMessage);
        Assert.Contains("PDF 文件", error.ErrorMessage);
    }

    [Fact]
    public void Content_shorter_than_the_signature_is_refused()
    {
        var result = _validator.Validate(new FileUpload("a.png", "image/png", [0x89, 0x50]));

        Assert.Contains("不符", Assert.Single(result.Errors).ErrorMessage);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var result = _validator.Validate(new FileUpload("申报指南.pdf", "application/pdf", []));

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(FileUpload.Content), error.PropertyName);
        Assert.Contains("空文件", error.ErrorMessage);
    }

    [Fact]
    public void A_file_over_the_configured_size_is_refused_in_megabytes()
    {
        var validator = TestFiles.Validator(maxMegabytes: 1);
        var content = new byte[2 * 1024 * 1024];
        TestFiles.PdfBytes.CopyTo(content, 0);

        var result = validator.Validate(new FileUpload("大文件.pdf", "application/pdf", content));

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(FileUpload.Content), error.PropertyName);
        Assert.Contains("MB", error.ErrorMessage);
        Assert.Contains("1 MB 的上限", error.ErrorMessage);
        Assert.Matches(@"2[.,]0 MB", error.ErrorMessage); // the actual size
        ChineseText.AssertChinese(error.ErrorMessage);
    }

    [Fact]
    public void A_file_of_exactly_the_maximum_size_passes()
    {
        var validator = TestFiles.Validator(maxMegabytes: 1);
        var content = new byte[1024 * 1024];
        TestFiles.PdfBytes.CopyTo(content, 0);

        Assert.True(validator.Validate(new FileUpload("刚好.pdf", "application/pdf", content)).IsValid);
    }

    [Fact]
    public void The_default_limit_is_20_megabytes()
    {
        var options = new UploadOptions();

        Assert.Equal(20, options.MaxFileSizeMegabytes);
        Assert.Equal(20L * 1024 * 1024, options.MaxFileSizeBytes);
    }

    [Fact]
    public void A_missing_file_name_is_refused()
    {
        var result = _validator.Validate(new FileUpload("", "application/pdf", TestFiles.PdfBytes));

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(FileUpload.FileName) && e.ErrorMessage == "文件名不能为空。");
    }

    [Fact]
    public void A_file_name_over_200_characters_is_refused()
    {
        var result = _validator.Validate(new FileUpload(new string('长', 197) + ".pdf", "application/pdf", TestFiles.PdfBytes));

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(FileUpload.FileName) && e.ErrorMessage == "文件名不能超过200个字符。");
    }

    [Fact]
    public void Only_the_file_name_is_shown_not_the_client_path()
    {
        var result = _validator.Validate(new FileUpload("/home/user/docs/virus.exe", "application/octet-stream", TestFiles.ExeBytes));

        var error = Assert.Single(result.Errors);
        Assert.Contains("“virus.exe”", error.ErrorMessage);
        Assert.DoesNotContain("/home/user", error.ErrorMessage);
    }

    [Theory]
    [InlineData("a.pdf", "application/pdf")]
    [InlineData("a.PDF", "application/pdf")]
    [InlineData("a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("a.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("a.doc", "application/msword")]
    [InlineData("a.xls", "application/vnd.ms-excel")]
    [InlineData("a.jpg", "image/jpeg")]
    [InlineData("a.jpeg", "image/jpeg")]
    [InlineData("a.png", "image/png")]
    [InlineData("a.exe", "application/octet-stream")]
    [InlineData("a", "application/octet-stream")]
    public void ContentTypeFor_comes_from_the_extension(string fileName, string expected)
    {
        Assert.Equal(expected, FileUploadValidator.ContentTypeFor(fileName));
    }
}
