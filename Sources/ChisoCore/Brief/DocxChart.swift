import Foundation

/// A chart of the brief as a native Word chart (DrawingML `c:chartSpace`): columns for the years, a line for a
/// reference such as the year's estimate. The values are kept in the chart's caches (no embedded workbook), which
/// Word and LibreOffice draw from.
struct DocxChart {
    let chart: BriefChart
    let lang: Language

    func esc(_ s: String) -> String { XMLText.escape(s) }

    /// Values are written with a point and no grouping, as XML wants them.
    static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }

    static let colours = ["A6A6A6", "1F4E79", "C00000"]

    func strCache(_ values: [String]) -> String {
        "<c:strCache><c:ptCount val=\"\(values.count)\"/>" + values.enumerated().map { "<c:pt idx=\"\($0)\"><c:v>\(esc($1))</c:v></c:pt>" }.joined() + "</c:strCache>"
    }

    func series(_ s: BriefChart.Series, index: Int) -> String {
        let column = Character(UnicodeScalar(UInt8(66 + index)))
        let colour = Self.colours[index % Self.colours.count]
        let points = s.values.enumerated().compactMap { i, v in v.map { "<c:pt idx=\"\(i)\"><c:v>\(Self.number($0))</c:v></c:pt>" } }.joined()
        let fill = s.isLine
            ? "<c:spPr><a:ln w=\"28575\"><a:solidFill><a:srgbClr val=\"\(colour)\"/></a:solidFill><a:prstDash val=\"dash\"/></a:ln></c:spPr><c:marker><c:symbol val=\"none\"/></c:marker>"
            : "<c:spPr><a:solidFill><a:srgbClr val=\"\(colour)\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>"
        return """
        <c:ser><c:idx val="\(index)"/><c:order val="\(index)"/><c:tx><c:strRef><c:f>Sheet1!$\(column)$1</c:f>\(strCache([s.name]))</c:strRef></c:tx>\(fill)\
        <c:cat><c:strRef><c:f>Sheet1!$A$2:$A$\(chart.categories.count + 1)</c:f>\(strCache(chart.categories))</c:strRef></c:cat>\
        <c:val><c:numRef><c:f>Sheet1!$\(column)$2:$\(column)$\(s.values.count + 1)</c:f><c:numCache><c:formatCode>General</c:formatCode>\
        <c:ptCount val="\(s.values.count)"/>\(points)</c:numCache></c:numRef></c:val>\(s.isLine ? "<c:smooth val=\"0\"/>" : "")</c:ser>
        """
    }

    func xml() -> String {
        let columns = chart.series.enumerated().filter { !$0.element.isLine }.map { series($0.element, index: $0.offset) }.joined()
        let lines = chart.series.enumerated().filter { $0.element.isLine }.map { series($0.element, index: $0.offset) }.joined()
        let tag = Glossary.text(.docLanguageTag, lang)
        // Format codes are written in Excel's invariant syntax; the locale prefix (`[$-42A]`, Vietnamese) makes
        // Word and LibreOffice draw the axis labels with the document language's separators ("12.000", "20,0").
        let format = Glossary.text(.docChartLocale, lang) + (chart.isPercent ? "0.0" : "#,##0")
        var plot = "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>\(columns)"
        plot += "<c:gapWidth val=\"60\"/><c:axId val=\"1001\"/><c:axId val=\"1002\"/></c:barChart>"
        if !lines.isEmpty {
            plot += "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>\(lines)<c:marker val=\"1\"/><c:axId val=\"1001\"/><c:axId val=\"1002\"/></c:lineChart>"
        }
        return DocxParts.xmlHead + """
        <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:lang val="\(tag)"/><c:roundedCorners val="0"/><c:chart>\
        <c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="\(tag)" sz="1200" b="1"/>\
        <a:t>\(esc(chart.title))</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>\
        <c:plotArea><c:layout/>\(plot)\
        <c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>\
        <c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>\
        <c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>\
        <c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>\
        <c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>\
        <c:numFmt formatCode="\(format)" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>\
        <c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>\
        <c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>\
        <c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"><a:latin typeface="Times New Roman"/><a:cs typeface="Times New Roman"/></a:defRPr></a:pPr>\
        <a:endParaRPr lang="\(tag)"/></a:p></c:txPr></c:chartSpace>
        """
    }
}
