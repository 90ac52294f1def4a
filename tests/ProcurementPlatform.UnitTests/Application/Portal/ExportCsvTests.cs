using System.Text;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Portal.Exports;
using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.UnitTests.Application.Portal;

public sealed class ExportCsvTests
{
    [Fact]
    public void Writes_RFC_4180_with_a_BOM_and_neutralises_formulas()
    {
        var table = new ExportTable("t", ["名称", "金额（元）", "备注"],
        [
            ["心桥, \"社工\"", ExportCells.Yuan(new Money(123450)), "第一行\n第二行"],
            ["=1+1", 7, "@SUM(A1)"],
            ["+86 138", ExportCells.Yuan(new Money(-5)), "-2"],
            [null, ExportCells.Yuan(Money.FromYuan(1000)), ""],
        ]);
        var bytes = ExportCsv.Write(table);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(
            "名称,金额（元）,备注\r\n" +
            "\"心桥, \"\"社工\"\"\",1234.50,\"第一行\n第二行\"\r\n" +
            "'=1+1,7,'@SUM(A1)\r\n" +
            "'+86 138,-0.05,'-2\r\n" +
            ",1000.00,\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Yuan_has_exactly_two_decimals_from_fen()
    {
        Assert.Equal("0.01", ExportCells.Yuan(new Money(1)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("1234.00", ExportCells.Yuan(new Money(123400)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("92233720368547758.07", ExportCells.Yuan(new Money(long.MaxValue)).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_year_is_bounded_in_China_time()
    {
        var (from, to) = ChinaTime.YearUtc(2026);
        Assert.Equal(new DateTime(2025, 12, 31, 16, 0, 0, DateTimeKind.Utc), from);
        Assert.Equal(new DateTime(2026, 12, 31, 16, 0, 0, DateTimeKind.Utc), to);
    }
}
