extension Glossary {
    /// Notes printed above the table in Docs/glossary.md: the choices made where two words exist.
    static let notes = """
    Every word chiso shows on screen, in `chiso report`, in exports and in documents comes from this table
    (Sources/ChisoCore/Text/GlossaryTable.swift). One column per language; a third language is one more column.
    `{1}`, `{2}` are filled in by the program (a month, a count, a name).

    Choices, following the wording of Vietnamese administrative reports:
    * the full year is "cả năm" (not "12 tháng");
    * item statuses: "chưa triển khai" (planned, nothing started), "đang xây dựng" (a plan or programme being
      drafted; preferred to "đang soạn"/"đang dự thảo", which reports use for the text only), "đang triển khai"
      (under way; preferred to "đang thực hiện"/"đang làm"), "đã ban hành" (issued), "hoàn thành" (completed;
      preferred to "xong");
    * "so cùng kỳ" for the change on the same period of the previous year.
    """

    /// The table: `| key | vi | en |`; `\|` for a bar inside a cell.
    static let table = """
    | key | vi | en |
    |---|---|---|
    | app.name | chỉ số | chỉ số |
    | screen.overview | Tổng quan | Overview |
    | screen.compare | So sánh | Compare |
    | screen.detail | Chi tiết | Detail |
    | screen.resolutions | Nghị quyết | Resolutions |
    | screen.help | Trợ giúp | Help |
    | status.planned | chưa triển khai | not started |
    | status.drafting | đang xây dựng | being drafted |
    | status.inProgress | đang triển khai | under way |
    | status.issued | đã ban hành | issued |
    | status.done | hoàn thành | completed |
    | status.overdue | quá hạn | overdue |
    | period.month | tháng {1}/{2} | {1} {2} |
    | period.monthShort | T{1}/{2} | {1} {2} |
    | period.basisMonth | tháng {1} | {1} |
    | period.basisYtd | {1} tháng | Jan–{1} |
    | period.basisJanuary | tháng 1 | Jan |
    | period.fullYear | cả năm | full year |
    | period.months | {1} tháng | {1} months |
    | basis.month | trong tháng | single month |
    | basis.ytd | lũy kế từ đầu năm | year to date |
    | basis.monthShort | trong tháng | month |
    | basis.ytdShort | lũy kế | year to date |
    | month.1 | tháng 1 | Jan |
    | month.2 | tháng 2 | Feb |
    | month.3 | tháng 3 | Mar |
    | month.4 | tháng 4 | Apr |
    | month.5 | tháng 5 | May |
    | month.6 | tháng 6 | Jun |
    | month.7 | tháng 7 | Jul |
    | month.8 | tháng 8 | Aug |
    | month.9 | tháng 9 | Sep |
    | month.10 | tháng 10 | Oct |
    | month.11 | tháng 11 | Nov |
    | month.12 | tháng 12 | Dec |
    | unit.vndBillion | tỷ đồng | VND bn |
    | unit.usdMillion | triệu USD | USD m |
    | word.figures | số liệu | figures |
    | word.province | tỉnh | province |
    | word.provinces | Tỉnh, thành | Provinces |
    | word.commune | xã, phường | commune |
    | word.communes | xã | communes |
    | word.indicator | chỉ tiêu | indicator |
    | word.value | giá trị | value |
    | word.rank | hạng | rank |
    | word.source | nguồn | source |
    | word.sources | Nguồn | Sources |
    | word.month | tháng | month |
    | word.row | dòng | row |
    | word.plan | kế hoạch | plan |
    | word.estimate | dự toán | estimate |
    | word.onLastYear | so cùng kỳ | vs last yr |
    | word.ofPlan | % kế hoạch | % of plan |
    | word.unknown | chưa rõ | unknown |
    | word.document | văn bản | document |
    | word.lead | chủ trì | lead |
    | word.due | hạn | due |
    | word.status | trạng thái | status |
    | word.search | tìm | search |
    | word.sort | sắp xếp | sort |
    | word.level | tỉnh/xã | level |
    | word.go | đến | go |
    | word.cancel | hủy | cancel |
    | word.more | ↓ còn nữa | ↓ more |
    | word.vietnam | Cả nước | Vietnam |
    | marker.synthetic | MINH HỌA | SYNTHETIC |
    | marker.stale | DỮ LIỆU CŨ | STALE |
    | marker.derived | số liệu tính toán từ số liệu khác | derived from other figures |
    | marker.revised | có giá trị khác được công bố (xem Chi tiết) | other published values exist (see Detail) |
    | marker.syntheticFigure | số liệu minh họa, không có thật | synthetic illustrative figure |
    | marker.gap | tháng không có số liệu (không phải số 0) | month without data (not zero) |
    | marker.upDown | tăng / giảm so cùng kỳ; xanh là tốt, đỏ là xấu | up / down on last year; green good, red bad |
    | language.name | Tiếng Việt | English |
    """
}
