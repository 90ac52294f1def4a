using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using ProcurementPlatform.Application.Common.Interfaces;

namespace ProcurementPlatform.Infrastructure.Mail;

/// <summary>Mail settings (section "Mail"). Mode Pickup writes .eml files (the embedded default); Smtp sends through a server.</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    public string Mode { get; set; } = "Pickup";

    /// <summary>Where Pickup mode writes .eml files; relative paths are under the web project's content root.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";
    public string FromAddress { get; set; } = "noreply@guandu-sw.example.gov.cn";
    public string FromName { get; set; } = "官渡区社会工作服务项目管理平台";
    public string SmtpHost { get; set; } = "";
    public int SmtpPort { get; set; } = 465;

    /// <summary>SslOnConnect (port 465), StartTls (587) or None.</summary>
    public string SmtpSecurity { get; set; } = "SslOnConnect";
    public string SmtpUserName { get; set; } = "";
    public string SmtpPassword { get; set; } = "";

    public bool IsSmtp => string.Equals(Mode, "Smtp", StringComparison.OrdinalIgnoreCase);
}

internal static class Mime
{
    public static MimeMessage Build(MailMessageData mail, MailOptions options)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Date = DateTimeOffset.UtcNow;
        message.Body = new TextPart("plain") { Text = mail.Body };
        return message;
    }
}

/// <summary>The embedded default: each mail becomes an .eml file in the pickup folder (open it with any mail program).</summary>
public sealed class PickupDirectoryMailSender(IOptions<MailOptions> options, string directory) : IMailSender
{
    public async Task SendAsync(MailMessageData mail, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var message = Mime.Build(mail, options.Value);
        var path = Path.Combine(directory, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path); // a reader never sees half a file
    }
}

/// <summary>SMTP through MailKit: one connection per mail (the outbox sends few, and a broken connection never carries over).</summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options) : IMailSender
{
    public async Task SendAsync(MailMessageData mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(settings.SmtpSecurity, ignoreCase: true, out var s) ? s : SecureSocketOptions.Auto;
        await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName)) await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword, cancellationToken);
        await client.SendAsync(Mime.Build(mail, settings), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
