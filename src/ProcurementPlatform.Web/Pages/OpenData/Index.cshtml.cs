using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.OpenData;

/// <summary>开放数据: what the public can download and read by machine, and where.</summary>
public sealed class IndexModel : PlatformPageModel
{
    public void OnGet()
    {
    }
}
