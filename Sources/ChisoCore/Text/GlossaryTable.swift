// Longer than the style's ~450 lines by nature: a data table, one row per word of the interface, reports,
// documents and messages. The command line help's rows are in GlossaryTable+Help.swift.
extension Glossary {
    /// Notes printed above the table in Docs/glossary.md: the choices made where two words exist.
    static let notes = """
    Every word chiso shows on screen, in `chiso report`, in exports and in documents comes from this table
    (Sources/ChisoCore/Text/GlossaryTable.swift; the command line's help in GlossaryTable+Help.swift). One column per language; a third language is one more column.
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
    | period.month | tháng {1}/{2} | {3} {2} |
    | period.monthShort | T{1}/{2} | {3} {2} |
    | period.basisMonth | tháng {1} | {2} |
    | period.basisYtd | {1} tháng | Jan–{2} |
    | period.chartMonth | T{1} | {2} |
    | period.fullYear | cả năm | full year |
    | period.months | {1} tháng | {1} months |
    | period.quarter | {1}/{2} | {1} {2} |
    | quarterName.1 | quý I | Q1 |
    | quarterName.2 | quý II | Q2 |
    | quarterName.3 | quý III | Q3 |
    | quarterName.4 | quý IV | Q4 |
    | quarterYtd.1 | quý I | Q1 |
    | quarterYtd.2 | 6 tháng | H1 |
    | quarterYtd.3 | 9 tháng | 9 months |
    | quarterYtd.4 | cả năm | full year |
    | basis.quarter | trong quý | single quarter |
    | growth.revisedOn | điều chỉnh {1}/{2}/{3} | revised {1} {4} {3} |
    | growth.nationalTarget | cả nước {1} | national {1} |
    | report.targetValue | mục tiêu {1} | target {1} |
    | report.targetOfYear | mục tiêu {1} | target {1} |
    | report.quarterYtd | {1} {2} | {1} {2} |
    | basis.month | trong tháng | single month |
    | basis.ytd | lũy kế từ đầu năm | year to date |
    | basis.monthShort | trong tháng | month |
    | basis.ytdShort | lũy kế | year to date |
    | chart.ytd | lũy kế | year to date |
    | chart.month | trong tháng | in the month |
    | chart.ytdShort | lũy kế | YTD |
    | chart.monthShort | trong tháng | month |
    | monthName.1 | tháng 1 | January |
    | monthName.2 | tháng 2 | February |
    | monthName.3 | tháng 3 | March |
    | monthName.4 | tháng 4 | April |
    | monthName.5 | tháng 5 | May |
    | monthName.6 | tháng 6 | June |
    | monthName.7 | tháng 7 | July |
    | monthName.8 | tháng 8 | August |
    | monthName.9 | tháng 9 | September |
    | monthName.10 | tháng 10 | October |
    | monthName.11 | tháng 11 | November |
    | monthName.12 | tháng 12 | December |
    | monthAbbr.1 | tháng 1 | Jan |
    | monthAbbr.2 | tháng 2 | Feb |
    | monthAbbr.3 | tháng 3 | Mar |
    | monthAbbr.4 | tháng 4 | Apr |
    | monthAbbr.5 | tháng 5 | May |
    | monthAbbr.6 | tháng 6 | Jun |
    | monthAbbr.7 | tháng 7 | Jul |
    | monthAbbr.8 | tháng 8 | Aug |
    | monthAbbr.9 | tháng 9 | Sep |
    | monthAbbr.10 | tháng 10 | Oct |
    | monthAbbr.11 | tháng 11 | Nov |
    | monthAbbr.12 | tháng 12 | Dec |
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
    | word.ofEstimate | dự toán | of estimate |
    | word.ofPlanBase | kế hoạch | of plan |
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
    | message.indexing | Đang lập chỉ mục… | Indexing… |
    | message.loading | Đang nạp | Loading |
    | message.exported | Đã xuất: | Exported: |
    | message.and | và | and |
    | message.exportFailed | Không xuất được: | Export failed: |
    | report.brief | Báo cáo | Brief |
    | report.unit | Đơn vị | Unit |
    | report.code | mã | code |
    | report.data | Dữ liệu | Data |
    | report.before1July2025This | Trước 1/7/2025 đơn vị gồm: {1}; số lượng được cộng, tỷ lệ giữ riêng từng đơn vị cũ. | Before 1 July 2025 this unit was: {1}; amounts are summed, rates stay per former unit. |
    | report.warningIncludesSyntheticIllustrativeFigures | CẢNH BÁO: có số liệu minh họa (synthetic), không phải số liệu chính thức. | WARNING: includes SYNTHETIC illustrative figures, not official statistics. |
    | report.indicator | Chỉ số | Indicator |
    | report.period | Kỳ | Period |
    | report.value | Giá trị | Value |
    | report.onLastYear | So cùng kỳ | On last year |
    | report.ofTarget | So kế hoạch | Of target |
    | report.rank | Hạng | Rank |
    | report.n12Months | 12 tháng | 12 months |
    | report.source | Nguồn | Source |
    | report.noFiguresForThisMonth | Không có số liệu cho tháng này. | No figures for this month. |
    | report.noFigures | Không có số liệu: | No figures: |
    | report.derivedOtherPublishedValuesExist | ~ số tính toán · ⚑ có số liệu khác đã công bố · † công bố khác với giá trị cùng dòng · * số liệu minh họa · · tháng không có số liệu | ~ derived · ⚑ other published values exist · † another publication than the row's value · * synthetic · · month without data |
    | report.sources | Nguồn | Sources |
    | report.published | công bố | published |
    | report.also | cùng số liệu: | also: |
    | report.otherValue | số khác: | other value: |
    | report.resolutionImplementation | Thực hiện nghị quyết | Resolution implementation |
    | report.document | Văn bản | Document |
    | report.item | Nội dung | Item |
    | report.lead | Chủ trì | Lead |
    | report.due | Hạn | Due |
    | report.status | Tình trạng | Status |
    | report.overdue | quá hạn | overdue |
    | report.lead2 | chủ trì | lead |
    | report.due2 | hạn | due |
    | message.nothingToGoBackTo | Không còn gì để quay lại | Nothing to go back to |
    | search.nothingMatches1 | Không tìm thấy “{1}” | Nothing matches “{1}” |
    | search.match12NFor | (kết quả {1}/{2}, n tiếp theo) | (match {1}/{2}, n for next) |
    | search.noSearchYetPressTo | Chưa tìm gì — bấm / để tìm | No search yet — press / to search |
    | message.key1IsNotBound | Phím {1} chưa dùng — bấm ? để xem các phím | Key {1} is not bound — press ? for the keys |
    | message.latestMonthWithData | Tháng mới nhất có số liệu: | Latest month with data: |
    | message.sortingWorksOnTheCompare | Sắp xếp dùng ở màn hình So sánh (phím 2) | Sorting works on the Compare screen (key 2) |
    | message.basis | Kỳ: | Basis: |
    | message.communesOpenAndCloseOn | Mở / đóng danh sách xã ở màn hình Tổng quan (phím 1) | Communes open and close on the Overview (key 1) |
    | message.noCommuneCatalogueLoadedCommunes | Chưa nạp danh mục xã (communes.csv) | No commune catalogue loaded (communes.csv) |
    | message.provinceCommuneLevelSwitchesOn | Đổi cấp tỉnh / xã ở màn hình So sánh (phím 2) | Province / commune level switches on the Compare screen (key 2) |
    | message.english | Tiếng Việt | English |
    | message.dataReloaded | Đã nạp lại dữ liệu: | Data reloaded: |
    | message.noData | Không có số liệu | No data |
    | message.before | trước | before |
    | message.after | sau | after |
    | message.indicator | Chỉ tiêu: | Indicator: |
    | overview.noFiguresFor | không có số liệu | no figures for |
    | overview.vsLastYr | so cùng kỳ | vs last yr |
    | overview.noCommunesInTheCatalogue | : không có xã trong danh mục | : no communes in the catalogue |
    | overview.communesClosed | : đã đóng danh sách xã | : communes closed |
    | overview.n1Communes | : {1} xã | : {1} communes |
    | overview.provincesCommunes | Tỉnh, thành › xã | Provinces › communes |
    | overview.provinces | Tỉnh, thành | Provinces |
    | overview.search | tìm | search |
    | overview.noProvinceMatches | không có tỉnh khớp | no province matches |
    | compare.noIndicators | không có chỉ tiêu | no indicators |
    | compare.province | tỉnh, thành | province |
    | compare.commune | xã, phường | commune |
    | compare.rank | hạng | rank |
    | compare.value | giá trị | value |
    | compare.ofPlan | % kế hoạch | % of plan |
    | compare.n1Months | {1} tháng | {1} months |
    | compare.vietnam | Cả nước: | Vietnam: |
    | compare.noFigure | chưa có số liệu | no figure |
    | compare.n12ProvincesWithData | {1}/{2} tỉnh có số liệu | {1}/{2} provinces with data |
    | compare.n12CommunesWithData | {1}/{2} xã có số liệu | {1}/{2} communes with data |
    | compare.tabColumnSSSort | Tab cột · s/S sắp xếp · i chỉ tiêu · b tháng/lũy kế · ↵ chi tiết · | Tab column · s/S sort · i indicator · b month/ytd · ↵ detail · |
    | compare.derived | tính toán | derived |
    | compare.revised | có bản khác | revised |
    | compare.noData | không có số liệu | no data |
    | compare.comparingProvinces1 | So sánh các tỉnh, thành ({1}) | Comparing provinces ({1}) |
    | compare.communesOf12 | xã thuộc {1} ({2}) | communes of {1} ({2}) |
    | compare.allCommunes1 | mọi xã ({1}) | all communes ({1}) |
    | resolutions.resolutions | Nghị quyết | Resolutions |
    | resolutions.noResolutionsInTheData | Không có nghị quyết trong dữ liệu | No resolutions in the data |
    | resolutions.issued | ban hành: | issued: |
    | resolutions.unknown | chưa rõ | unknown |
    | resolutions.implementationIn | Triển khai tại | Implementation in |
    | resolutions.n1Overdue | · {1} quá hạn | · {1} overdue |
    | resolutions.noImplementationStepsRecordedFor | Chưa có văn bản triển khai nào được ghi nhận cho | No implementation steps recorded for |
    | resolutions.document | văn bản | document |
    | resolutions.status | trạng thái | status |
    | resolutions.itemsCount | việc | items |
    | provenance.title | Nguồn số liệu {1} — Esc để đóng | Sources of the figures, {1} — Esc to close |
    | provenance.publisher | nơi công bố: | publisher: |
    | provenance.address | địa chỉ: | address: |
    | provenance.published | ngày công bố: | published: |
    | provenance.asOf | số liệu đến: | figures to: |
    | provenance.note | ghi chú: | note: |
    | provenance.quote | trích dẫn (người nhập): | quote (entered by a user): |
    | provenance.otherValue | giá trị khác: | other value: |
    | provenance.sameValue | cùng giá trị: | same value: |
    | resolutions.source | nguồn: | source: |
    | resolutions.statusAsOf | · tình trạng tại | · status as of |
    | resolutions.trackedBy | Chỉ tiêu theo dõi · | Tracked by · |
    | resolutions.moreTracked | còn {1} chỉ tiêu không đủ chỗ: phóng to cửa sổ để xem | {1} more indicator(s) do not fit: enlarge the window |
    | resolutions.noIndicatorsAttachedTrackedQualitatively | Không gắn chỉ tiêu nào (theo dõi định tính) | No indicators attached (tracked qualitatively) |
    | resolutions.ofPlan | kế hoạch | of plan |
    | export.data | Dữ liệu: | Data: |
    | export.figures | số liệu | figures |
    | problems.dataProblems1EscOr | Vấn đề dữ liệu ({1}) — Esc hoặc p để đóng | Data problems ({1}) — Esc or p to close |
    | problems.theDataLoadedWithoutProblems | Không có lỗi nào khi nạp dữ liệu. | The data loaded without problems. |
    | problems.rowsWithErrorsWereSkipped | Dòng có lỗi đã bị bỏ qua; dòng chỉ có cảnh báo vẫn được dùng. | Rows with errors were skipped; rows with warnings only are used. |
    | problems.warningsOnly | Chỉ có cảnh báo, không có lỗi: mọi dòng vẫn được dùng. | Warnings only, no errors: every row is used. |
    | problems.n1More | ↓ còn {1} | ↓ {1} more |
    | frame.typeAProvinceIndicatorOr | gõ tên tỉnh, chỉ tiêu hoặc nghị quyết (không dấu cũng được) | type a province, indicator or resolution (accents optional) |
    | frame.noMatch | không có kết quả | no match |
    | frame.n1Matches | {1} kết quả: | {1} matches: |
    | frame.go | đến | go |
    | frame.cancel | hủy | cancel |
    | frame.stale | DỮ LIỆU CŨ | STALE |
    | meeting.following | ĐANG THEO: {1} | FOLLOWING: {1} |
    | meeting.lookingAround | TỰ XEM · f: theo lại | LOOKING AROUND · f: follow again |
    | meeting.waiting | chờ người trình bày | waiting for the presenter |
    | meeting.dataDiffers | DỮ LIỆU KHÁC người trình bày | DATA DIFFERS from the presenter's |
    | meeting.dataDiffersAsOf | DỮ LIỆU KHÁC: người trình bày xem số liệu đến {1} | DATA DIFFERS: the presenter shows data as of {1} |
    | meeting.dataDiffersLatest | DỮ LIỆU KHÁC: người trình bày xem số liệu mới nhất | DATA DIFFERS: the presenter shows the latest data |
    | meeting.presenterAsOf | người trình bày xem số liệu đến {1} | the presenter shows data as of {1} |
    | meeting.presenterLatest | người trình bày xem số liệu mới nhất | the presenter shows the latest data |
    | meeting.missing | dữ liệu này không có: {1} | not in this data: {1} |
    | meeting.presenting | ĐANG TRÌNH BÀY: {1} · {2} người theo | PRESENTING: {1} · {2} following |
    | meeting.notFollowing | Không theo cuộc họp nào: f chỉ dùng khi theo (chiso follow TÊN) | Not following a meeting: f works under chiso follow NAME |
    | frame.synthetic | MINH HỌA | SYNTHETIC |
    | frame.illustrativeSyntheticData | dữ liệu minh họa (tổng hợp) | illustrative synthetic data |
    | frame.n1More | (+{1} nguồn khác) | (+{1} more) |
    | help.helpKeysEscOrTo | Trợ giúp — phím tắt (Esc hoặc ? để đóng) | Help — keys (Esc or ? to close) |
    | help.more | ↓ còn nữa | ↓ more |
    | detail.monthlyFigures | Số liệu theo tháng | Monthly figures |
    | detail.month | tháng | month |
    | detail.month2 | trong tháng | month |
    | detail.yearToDate | lũy kế | year to date |
    | detail.source | nguồn | source |
    | detail.quarterlyFigures | Số liệu theo quý | Quarterly figures |
    | detail.quarter | quý | quarter |
    | detail.quarter2 | trong quý | in quarter |
    | detail.yearTarget | mục tiêu năm | year's target |
    | detail.quartersWithoutDataShowAs | — các quý trống hiện là | — quarters without data show as |
    | detail.noFigureFor | Không có số liệu cho | No figure for |
    | detail.sourceCount | {1} nguồn | {1} source(s) |
    | detail.moreSources | ↵ xem đủ nguồn: còn {1} dòng | ↵ the whole provenance: {1} more line(s) |
    | detail.monthsWithoutDataShowAs | — các tháng trống hiện là | — months without data show as |
    | detail.thisIsTheMostDetailed | Đang ở mức chi tiết nhất — Esc để quay lại | This is the most detailed view — Esc goes back |
    | provenance.reported | số liệu công bố | reported |
    | provenance.derived | tính | derived |
    | provenance.sumOfMonths | tính: cộng các tháng {1} | derived: sum of months {1} |
    | provenance.differenceOfYtd | tính: hiệu lũy kế {1} | derived: difference of year-to-date {1} |
    | provenance.sumOfUnits | tính: tổng {1} | derived: sum of {1} |
    | provenance.changeOn | tính: so với cùng kỳ từ {1} | derived: change on {1} |
    | provenance.shareOfTarget | tính: giá trị / {1} | derived: value / {1} |
    | provenance.shareOfImpliedTarget | tính: giá trị / {1} (ước suy) | derived: value / {1} (implied) |
    | provenance.syntheticData | dữ liệu minh họa | synthetic illustrative data |
    | provenance.implied | ước suy | implied |
    | word.onLastYearLong | so cùng kỳ | on last year |
    | report.perFormerUnit | theo từng đơn vị cũ | per former unit |
    | reload.keepingLastGood | vẫn hiện dữ liệu cũ — p xem lỗi | showing the last good data — p lists the problems |
    | reload.fileGone | Không còn tệp {1} | {1} is gone |
    | reload.filesGone | Không còn {1} tệp dữ liệu ({2}, …) | {1} data files are gone ({2}, …) |
    | reload.noFigures | Dữ liệu nạp lại không có số liệu nào | The reloaded data has no figures |
    | reload.failed | Nạp lại lỗi ({1} lỗi): vẫn hiện dữ liệu cũ — p xem lỗi | Reload failed ({1} errors): showing the last good data — p lists them |
    | reload.shownIsLastGood | vẫn hiện dữ liệu của lần nạp tốt trước đó. | the data shown is from the last good load. |
    | reload.aFileIsGone | Tệp dữ liệu đã mất | A data file is gone |
    | reload.foundNoFigures | Lần nạp lại không có số liệu nào | The reload found no figures |
    | reload.hadErrors | Lần nạp lại gần nhất có lỗi | The last reload had errors |
    | frame.tooSmall | Cửa sổ quá nhỏ | Terminal too small |
    | frame.tooSmallSize | hiện {1}, cần {2} | now {1}, needs {2} |
    | frame.tooSmallHint | phóng to cửa sổ · q thoát | enlarge the window · q quits |
    | help.other | Khác | Other |
    | help.markers | Ký hiệu | Markers |
    | marker.publication | nguồn của số liệu khi khung có nhiều nguồn | publication of a figure when a panel has several |
    | key.previousMonth | tháng trước | previous month |
    | key.nextMonth | tháng sau | next month |
    | key.previousYearSameMonth | năm trước (cùng tháng) | previous year (same month) |
    | key.nextYearSameMonth | năm sau (cùng tháng) | next year (same month) |
    | key.latestMonthWithData | tháng mới nhất có số liệu | latest month with data |
    | key.previousProvinceRow | tỉnh / dòng trên | previous province / row |
    | key.nextProvinceRow | tỉnh / dòng dưới | next province / row |
    | key.focusNextPaneColumn | chuyển vùng / cột tiếp theo | focus next pane / column |
    | key.focusPreviousPaneColumn | chuyển vùng / cột trước | focus previous pane / column |
    | key.overviewScreen | màn hình Tổng quan | Overview screen |
    | key.compareProvincesScreen | màn hình So sánh các tỉnh | Compare provinces screen |
    | key.indicatorDetailScreen | màn hình Chi tiết chỉ tiêu | Indicator detail screen |
    | key.resolutionsScreen | màn hình Nghị quyết, kết luận | Resolutions screen |
    | key.drillDown | xem chi tiết (ở Chi tiết: nguồn đầy đủ) | drill down (on Detail: the whole provenance) |
    | key.back | quay lại | back |
    | key.searchProvincesIndicatorsResolutionsAccents | tìm tỉnh, chỉ tiêu, nghị quyết (không dấu cũng được) | search provinces, indicators, resolutions (accents optional) |
    | key.nextMatch | kết quả tìm tiếp theo | next match |
    | key.previousMatch | kết quả tìm trước | previous match |
    | key.sortAscendingByTheFocused | sắp xếp tăng dần theo cột đang chọn | sort ascending by the focused column |
    | key.sortDescendingByTheFocused | sắp xếp giảm dần theo cột đang chọn | sort descending by the focused column |
    | key.firstRow | lên đầu | first row |
    | key.lastRow | xuống cuối | last row |
    | key.pageUp | trang trước | page up |
    | key.pageDown | trang sau | page down |
    | key.nextIndicatorCompareDetail | chỉ tiêu tiếp theo (So sánh, Chi tiết) | next indicator (Compare, Detail) |
    | key.previousIndicator | chỉ tiêu trước | previous indicator |
    | key.switchBasisMonthYearTo | đổi kỳ: tháng / lũy kế từ đầu năm | switch basis: month / year to date |
    | key.openCloseTheCommunesOf | mở / đóng danh sách xã của tỉnh đang chọn (Tổng quan) | open / close the communes of the selected province (Overview) |
    | key.compareProvincesCommunesOfThe | So sánh: tỉnh → xã của tỉnh đang chọn → mọi xã | Compare: provinces → communes of the selected province → all communes |
    | key.switchVietnameseEnglish | chuyển tiếng Việt / English | switch Vietnamese / English |
    | key.exportTheScreenToTxt | xuất màn hình ra tệp .txt và .md | export the screen to .txt and .md files |
    | key.writeTheBrief | viết báo cáo để ký (Word .docx và .md) của đơn vị và tháng đang xem vào thư mục xuất | write the brief to sign (Word .docx and .md) for the unit and month shown to the export folder |
    | message.briefWritten | Đã viết báo cáo: | Brief written: |
    | message.briefFailed | Không viết được báo cáo: | Could not write the brief: |
    | key.reloadDataOnErrorsThe | nạp lại dữ liệu (lỗi thì giữ dữ liệu cũ) | reload data (on errors the last good data stays) |
    | key.listTheDataProblemsOf | danh sách lỗi dữ liệu của lần nạp gần nhất | list the data problems of the last load |
    | key.redrawTheWholeScreenWhen | vẽ lại toàn bộ màn hình (khi màn hình bị lỗi hiển thị) | redraw the whole screen (when it is garbled) |
    | key.helpThisKeyTable | trợ giúp (bảng phím này) | help (this key table) |
    | key.quit | thoát | quit |
    | key.snapBack | theo lại người trình bày (khi đang theo một cuộc họp) | follow the presenter again (when following a meeting) |
    | key.projector | trình chiếu: số liệu chính của đơn vị, chữ lớn | projector: the unit's headline figures in large type |
    | key.goToTheFirstMatch | đến kết quả đầu tiên | go to the first match |
    | key.cancelTheSearch | hủy tìm kiếm | cancel the search |
    | key.deleteTheLastCharacter | xóa ký tự cuối | delete the last character |
    | key.previousMatch2 | kết quả trước | previous match |
    | key.nextMatch2 | kết quả tiếp theo | next match |
    | key.redrawTheWholeScreen | vẽ lại toàn bộ màn hình | redraw the whole screen |
    | bar.month | tháng | month |
    | bar.quarter | quý | quarter |
    | bar.province | tỉnh | province |
    | bar.row | dòng | row |
    | bar.screens | màn hình | screens |
    | bar.detail | chi tiết | detail |
    | bar.items | việc | items |
    | bar.addItem | thêm việc | add item |
    | bar.updateItem | cập nhật | update |
    | bar.history | lịch sử | history |
    | bar.open | mở | open |
    | bar.search | tìm | search |
    | bar.sort | sắp xếp | sort |
    | bar.indicator | chỉ tiêu | indicator |
    | bar.communes | xã | communes |
    | bar.level | tỉnh/xã | level |
    | bar.tiNgViT | English | Tiếng Việt |
    | bar.export | xuất | export |
    | bar.help | trợ giúp | help |
    | bar.quit | thoát | quit |
    | key.modeGlobal | Mọi màn hình | Everywhere |
    | key.modeSearch | Khi đang gõ tìm kiếm (sau /) | While typing a search (after /) |
    | key.otherKeys | ký tự khác | other keys |
    | key.otherKeysTyped | khi tìm: gõ vào ô tìm kiếm; trong biểu mẫu: gõ vào ô đang chọn, tại con trỏ | while searching: typed into the query; in a form: typed into the field, at the cursor |
    | key.mouse | chuột | mouse |
    | key.mouseUse | bấm để chọn, cuộn bánh xe để di chuyển; giữ Shift để bôi đen văn bản | click selects, the wheel scrolls; hold Shift to select text |
    | number.groupSeparator | . | , |
    | number.decimalSeparator | , | . |
    | resolutions.chisoSTranslationFrom | bản dịch của chiso từ | chiso's translation from |
    | ui.lead | chủ trì: | lead: |
    | ui.due | hạn: | due: |
    | ui.asOf | (tại | (as of |
    | ui.status | trạng thái: | status: |
    | ui.note | ghi chú: | note: |
    | ui.published | (công bố | (published |
    | ui.quote | trích: | quote: |
    | ui.sourceLanguage | ngôn ngữ nguồn: | source language: |
    | ui.vietnamese | tiếng Việt | Vietnamese |
    | ui.english | tiếng Anh | English |
    | date.long | ngày {1} tháng {2} năm {3} | {1} {4} {3} |
    | date.monthYear | tháng {1} năm {2} | {3} {2} |
    | date.short | {1}/{2}/{3} | {1} {4} {3} |
    | date.shortMonth | {1}/{2} | {3} {2} |
    | date.until | đến {1}/{2} | to {1} {3} |
    | date.untilWithYear | đến {1}/{2}/{3} | to {1} {4} {3} |
    | vintage.dataAsOf | số liệu đến {1} | data as of {1} |
    | vintage.report | Số liệu đến {1}: chỉ những số đã công bố đến ngày đó | Data as of {1}: only what had been published by that day |
    | vintage.undated | chưa rõ ngày công bố, tính từ {1} | undated, counted from {1} |
    | vintage.undatedShort | chưa rõ ngày | undated |
    | compare.asOf | thời điểm | as of |
    | key.goToATypedMonth | đến tháng gõ vào (2025-05 hoặc 5/2025) | go to a typed month (2025-05 or 5/2025) |
    | key.goToTheTypedMonth | đến tháng đã gõ | go to the typed month |
    | key.monthCancel | thôi, giữ tháng đang xem | cancel, keep the month shown |
    | key.addAFigure | nhập số liệu của đơn vị, tháng đang chọn (Nghị quyết: nhập việc thực hiện) | add a figure for the selected unit and month (Resolutions: an item) |
    | key.modeForm | Biểu mẫu nhập (a: số liệu; ở Nghị quyết: việc thực hiện) | Entry forms (a: a figure; on Resolutions: an item) |
    | key.formNextField | ô tiếp theo | next field |
    | key.formPreviousField | ô trước | previous field |
    | key.formPreviousChoice | lựa chọn trước (chỉ tiêu, kỳ, loại thay đổi, việc, trạng thái); trong ô chữ: con trỏ sang trái | previous choice (indicator, basis, kind of change, item, status); in a text field: cursor left |
    | key.formNextChoice | lựa chọn sau; trong ô chữ: con trỏ sang phải | next choice; in a text field: cursor right |
    | key.formDeleteBackward | xóa ký tự trước con trỏ | delete the character before the cursor |
    | key.formDeleteWord | xóa từ trước con trỏ | delete the word before the cursor |
    | key.formDeleteToStart | xóa từ con trỏ về đầu ô (cả ô khi con trỏ ở cuối) | delete from the cursor to the start of the field (all of it when the cursor is at its end) |
    | key.formHome | con trỏ về đầu ô | cursor to the start of the field |
    | key.formEnd | con trỏ về cuối ô | cursor to the end of the field |
    | key.formSave | lưu (khi không còn lỗi) | save (when nothing is wrong) |
    | key.formCancel | đóng biểu mẫu, không lưu | close the form without saving |
    | form.title | Nhập số liệu · {1} · {2} | Add a figure · {1} · {2} |
    | form.indicator | Chỉ tiêu | Indicator |
    | form.basis | Kỳ | Basis |
    | form.value | Giá trị | Value |
    | form.asOf | Tính đến ngày | As of |
    | form.source | Nguồn (URL) | Source (URL) |
    | form.published | Ngày công bố | Published |
    | form.note | Ghi chú | Note |
    | form.quote | Trích dẫn | Quote |
    | form.savedInto | Lưu vào {1} | Saved into {1} |
    | form.readOnly | Chế độ chỉ đọc (--read-only): không nhập được số liệu | Read-only (--read-only): figures cannot be entered |
    | form.notWritable | Không ghi được vào {1}: không nhập được số liệu | {1} may not be written: figures cannot be entered |
    | form.noEntriesFolder | Chưa có thư mục nhập liệu: không nhập được số liệu | No entries folder: figures cannot be entered |
    | form.keys | Tab ↑↓ ô · ←→ chọn · ↵ lưu · Esc đóng | Tab ↑↓ field · ←→ choose · ↵ save · Esc close |
    | form.editKeys | Sửa chữ: ⌫ xóa · Ctrl-W xóa từ · Ctrl-U xóa về đầu ô · ←→ Home End con trỏ | Editing: ⌫ delete · Ctrl-W word · Ctrl-U to start · ←→ Home End cursor |
    | form.saving | Đang lưu… | Saving… |
    | form.hasErrors | Còn lỗi, chưa lưu: sửa các ô ghi dưới đây | Not saved: fix the fields listed below |
    | form.whichReading | {1} là {2} (nhấn 1) hay {3} (nhấn 2)? | Is {1} {2} (press 1) or {3} (press 2)? |
    | form.valueAmbiguous | {1} có thể là {2} hoặc {3}: nhấn ↵ để chọn | {1} may be {2} or {3}: press ↵ to choose |
    | form.missing | chưa nhập | missing |
    | form.notANumber | không phải là số (viết 11.360 hoặc 64,1) | not a number (write 11,360 or 64.1) |
    | form.notADate | không phải là ngày (viết 10/6/2025 hoặc 2025-06-10) | not a date (write 10/6/2025 or 2025-06-10) |
    | form.notAURL | không phải địa chỉ http:// hoặc https:// | not an http:// or https:// address |
    | form.noIndicatorMatches | không có chỉ tiêu nào khớp | no indicator matches |
    | itemForm.title | Việc thực hiện · {1} · {2} | Implementation item · {1} · {2} |
    | itemForm.action | Thay đổi | Change |
    | itemForm.document | Văn bản | Document |
    | itemForm.itemTitle | Nội dung | Title |
    | itemForm.lead | Chủ trì | Lead |
    | itemForm.status | Trạng thái | Status |
    | itemForm.due | Hạn | Due |
    | itemForm.add | thêm việc mới | add a new item |
    | itemForm.changeStatus | đổi trạng thái | new status |
    | itemForm.changeDue | đổi hạn | new due date |
    | itemForm.changeNote | ghi chú mới | new note |
    | itemForm.changeTitle | đổi nội dung | new title |
    | itemForm.changeLead | đổi đơn vị chủ trì | new lead unit |
    | itemForm.withdraw | rút việc khỏi danh sách | withdraw the item |
    | itemForm.revert | lấy lại trạng thái cũ | earlier state taken back |
    | itemForm.savedShort | {1} · {2} | {1} · {2} |
    | form.stillShown | ; vẫn hiện {1} vì bản công bố ngày {2} muộn hơn (giá trị vừa lưu là một bản sửa đổi) | ; {1} is still shown: its publication of {2} is later (the value saved is a revision) |
    | itemForm.notADue | không phải tháng hay ngày (viết 6/2025 hoặc 30/6/2025) | not a month or a day (write 6/2025 or 30/6/2025) |
    | itemForm.noItem | đơn vị này chưa có việc nào cho văn bản này: chọn "thêm việc mới" | this unit has no item for this document yet: choose "add a new item" |
    | itemForm.noResolution | Chưa có văn bản nào để nhập việc thực hiện | No document to enter implementation items for |
    | itemForm.notApplicable | — | — |
    | itemForm.saved | {1} · {2} · {3} | {1} · {2} · {3} |
    | itemHistory.title | Lịch sử việc · {1} | Item history · {1} |
    | itemHistory.none | Chưa có thay đổi nào được nhập cho việc này (chỉ có trong tệp nghị quyết) | No change entered for this item yet (only the resolutions file) |
    | itemHistory.keys | ↑↓ chọn · ↵ lấy lại trạng thái này (một bản ghi mới) · Esc đóng | ↑↓ choose · ↵ take this state back (a new record) · Esc close |
    | itemHistory.noneForDocument | Chưa có thay đổi nào được nhập cho các việc của văn bản này | No change entered for the items of this document yet |
    | itemHistory.fromFile | theo tệp nghị quyết | as in the resolutions file |
    | itemHistory.current | (hiện tại) | (now) |
    | itemHistory.alreadyCurrent | Đây là trạng thái hiện tại của việc | This is the item's present state |
    | provenance.enteredBy | người nhập: | entered by: |
    | entry.stamp | {1}, lúc {2} | {1}, at {2} |
    | report.enteredBy | người nhập: {1} | entered by: {1} |
    | resolutions.changedBy | cập nhật: | updated by: |
    | key.figureHistory | lịch sử số liệu đang chọn (ai nhập, khi nào, nguồn); ở Nghị quyết: lịch sử việc đang chọn (trên danh sách văn bản: mọi việc của văn bản, cả việc đã rút); ↵ lấy lại giá trị, trạng thái cũ | history of the selected figure (who, when, source); on Resolutions: of the selected item (on the list of documents: all the document's items, withdrawn ones too); ↵ takes an old value or state back |
    | history.title | Lịch sử · {1} · {2} · {3} · {4} | History · {1} · {2} · {3} · {4} |
    | history.shown | (đang hiện) | (shown) |
    | history.enteredBy | {1} nhập lúc {2} | entered by {1} at {2} |
    | history.fromFile | tệp {1}:{2} | file {1}:{2} |
    | history.keys | ↑↓ chọn · ↵ lấy lại giá trị này (một bản sửa mới) · Esc đóng | ↑↓ choose · ↵ take this value back (a new revision) · Esc close |
    | history.alreadyShown | Giá trị này đang được hiện | This value is the one shown |
    | history.noFigure | Không có số liệu nào ở đây để xem lịch sử | No figure here to show the history of |
    | history.revertNote | lấy lại giá trị của {1} ({2}) | takes back the value of {1} ({2}) |
    | message.saved | Đã lưu: | Saved: |
    | message.saveFailed | Không lưu được: | Not saved: |
    | key.modeMonth | Khi đang gõ tháng (sau m) | While typing a month (after m) |
    | message.badMonth | Không hiểu tháng “{1}” — gõ 2025-05 hoặc 5/2025 | “{1}” is not a month — type 2025-05 or 5/2025 |
    | message.monthOutsideData | Không có số liệu {1}: dữ liệu từ {2} đến {3} | No data for {1}: the data runs from {2} to {3} |
    | frame.monthPrompt | tháng: | month: |
    | frame.monthHint | 2025-05 hoặc 5/2025 | 2025-05 or 5/2025 |
    | axis.vndTrillion | nghìn tỷ đồng | VND trillion |
    | axis.usdBillion | tỷ USD | USD bn |
    | axis.thousand | nghìn | thousand |
    | doc.languageTag | vi-VN | en-GB |
    | doc.htmlLanguage | vi | en |
    | doc.chartLocale | [$-42A] | [$-809] |
    | doc.partyName | ĐẢNG CỘNG SẢN VIỆT NAM | COMMUNIST PARTY OF VIET NAM |
    | doc.nationalName | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | SOCIALIST REPUBLIC OF VIET NAM |
    | doc.motto | Độc lập - Tự do - Hạnh phúc | Independence - Freedom - Happiness |
    | doc.numberParty | Số {1} | No. {1} |
    | doc.numberState | Số: {1} | No.: {1} |
    | doc.dateLine | {1}, ngày {2} tháng {3} năm {4} | {1}, {2} {5} {4} |
    | doc.type | BÁO CÁO | REPORT |
    | doc.titleMonth | Tình hình kinh tế - xã hội tháng {1} năm {2} | Socio-economic situation in {3} {2} |
    | doc.titleMonthYtd | Tình hình kinh tế - xã hội tháng {1} và {1} tháng đầu năm {2} | Socio-economic situation in {3} and the first {1} months of {2} |
    | doc.titleYear | Tình hình kinh tế - xã hội tháng 12 và cả năm {1} | Socio-economic situation in December and the whole of {1} |
    | doc.sectionResults | I. KẾT QUẢ ĐẠT ĐƯỢC | I. RESULTS |
    | doc.sectionResolutions | II. THỰC HIỆN CÁC NGHỊ QUYẾT, KẾT LUẬN | II. IMPLEMENTATION OF RESOLUTIONS AND CONCLUSIONS |
    | doc.sectionLimits | III. TỒN TẠI, HẠN CHẾ | III. SHORTCOMINGS AND LIMITATIONS |
    | doc.sectionTasks | IV. NHIỆM VỤ, GIẢI PHÁP THÁNG TỚI | IV. TASKS AND SOLUTIONS FOR THE COMING MONTH |
    | doc.officeNote | (Phần này do cơ quan ban hành viết.) | (This part is written by the issuing office.) |
    | doc.tableTitle | Một số chỉ tiêu chủ yếu | Main indicators |
    | doc.chartsTitle | Biểu đồ | Charts |
    | doc.colNumber | STT | No. |
    | doc.colIndicator | Chỉ tiêu | Indicator |
    | doc.colUnit | ĐVT | Unit |
    | doc.colPlan | Kế hoạch năm | Annual plan |
    | doc.colMonth | Thực hiện tháng | This month |
    | doc.colYtd | Lũy kế | Year to date |
    | doc.colChange | So cùng kỳ (%) | Year on year (%) |
    | doc.colShare | So kế hoạch (%) | % of annual plan |
    | doc.colItem | Nội dung | Item |
    | doc.colLead | Đơn vị chủ trì | Lead unit |
    | doc.colDue | Thời hạn | Due |
    | doc.colStatus | Tình hình thực hiện | Status |
    | doc.noItems | Chưa có nội dung triển khai nào được ghi nhận trong dữ liệu. | The data records no implementation items. |
    | doc.unitCount | dự án | projects |
    | doc.unitVndBillion | tỷ đồng | VND billion |
    | doc.unitUsdMillion | triệu USD | USD million |
    | doc.amountVndBillion | {1} tỷ đồng | VND {1} billion |
    | doc.amountUsdMillion | {1} triệu USD | USD {1} million |
    | doc.recipients | Nơi nhận: | Recipients: |
    | doc.published | công bố ngày {1} | published {1} |
    | doc.asOf | số liệu tính đến ngày {1} | figures as of {1} |
    | doc.revision | Số liệu công bố ngày {1} ({2}): {3}. | Figures published {1} ({2}): {3}. |
    | doc.revisionUndated | Số liệu công bố khác ({1}): {2}. | Other published figures ({1}): {2}. |
    | doc.planSource | Kế hoạch năm {1}: {2} | Annual plan {1}: {2} |
    | doc.planDerived | Số kế hoạch do chiso suy ra từ số thực hiện và tỷ lệ so với kế hoạch (dự toán) cùng nguồn công bố. | The plan figure is implied by chiso from an amount and its share of the plan (estimate) published together. |
    | doc.derived | {1}: {2} | {1}: {2} |
    | doc.monthFromYtd | Số tháng {1} là hiệu của lũy kế {1} tháng ({2}) và lũy kế {3} tháng ({4}). | The figure for {5} is the total for the first {1} months ({2}) less that for the first {3} months ({4}). |
    | doc.shortDate | {1}/{2}/{3} | {1} {4} {3} |
    | doc.up | tăng {1} | up {1} |
    | doc.down | giảm {1} | down {1} |
    | doc.flat | không đổi | unchanged |
    | doc.rose | tăng {1} | rose {1} |
    | doc.fell | giảm {1} | fell {1} |
    | doc.flatVerb | không đổi | was unchanged |
    | doc.estimatedRose | ước tăng {1} | rose an estimated {1} |
    | doc.estimatedFell | ước giảm {1} | fell an estimated {1} |
    | doc.estimatedUp | ước tăng {1} | up an estimated {1} |
    | doc.estimatedDown | ước giảm {1} | down an estimated {1} |
    | doc.rateMonth | {1} tháng {2} {3} so với cùng kỳ | {1} {3} year on year in {4} |
    | doc.rateYtd | lũy kế {1} tháng {2} | in the first {1} months it {2} |
    | doc.rateOnly | {1} {2} {3} so với cùng kỳ | {1} {3} year on year {2} |
    | doc.including | trong đó {1} {2} | with {1} {2} |
    | doc.amount | {1} {2} đạt {3} | {1} {2} reached {3} |
    | doc.estimatedAmount | {1} {2} ước đạt {3} | {1} {2} reached an estimated {3} |
    | doc.shareOf | bằng {1} {2} | {1} {2} |
    | doc.shareAlone | {1} đạt {2} {3} | {1} reached {2} {3} |
    | doc.shareSame | {1} đạt {2} {3} | {1} it reached {2} {3} |
    | doc.changeAlone | {1} {2} so với cùng kỳ | {1} {2} year on year |
    | doc.changeSame | {1} {2} so với cùng kỳ | {1} it {2} year on year |
    | doc.amountSame | {1} đạt {2} | {1} it reached {2} |
    | doc.estimatedAmountSame | {1} ước đạt {2} | {1} it reached an estimated {2} |
    | doc.count | số {1} {2} là {3} | the number of {1} {2} was {3} |
    | doc.estimatedCount | số {1} {2} ước là {3} | the number of {1} {2} was an estimated {3} |
    | doc.ofEstimate | dự toán | of the year's estimate |
    | doc.ofPlan | kế hoạch | of the year's plan |
    | doc.onLastYear | {1} so với cùng kỳ | {1} year on year |
    | doc.asOfPrefix | tính đến ngày {1}, | as of {1}, |
    | doc.periodYtd | {1} tháng | in the first {1} months |
    | doc.periodMonth | tháng {1} | in {2} |
    | doc.periodYear | cả năm | over the year as a whole |
    | doc.asOfTime | tính đến ngày {1} | as of {1} |
    | doc.seriesYear | Năm {1} | {1} |
    | doc.seriesEstimate | Dự toán năm {1} | {1} estimate |
    | doc.chartIip | Chỉ số sản xuất công nghiệp trong tháng, % so với cùng kỳ | Index of industrial production by month, % year on year |
    | doc.chartBudget | Thu ngân sách nhà nước lũy kế so với dự toán, tỷ đồng | Budget revenue to date against the estimate, VND billion |
    | doc.chartBudgetAlone | Thu ngân sách nhà nước lũy kế, tỷ đồng | Budget revenue to date, VND billion |
    | doc.chartDisbursement | Giải ngân vốn đầu tư công lũy kế, % kế hoạch năm | Public investment disbursed to date, % of the annual plan |
    | doc.synthetic | Cảnh báo: có số liệu minh họa tổng hợp, không phải số liệu công bố. | Warning: includes synthetic illustrative figures, not published ones. |
    | doc.noFigures | Không có số liệu cho tháng này. | No figures for this month. |
    | diagnostic.error | lỗi | error |
    | diag.untranslated | {1} | {1} |
    | cli.noSuchDataPath | {1}: không có tệp hay thư mục này (kiểm tra đường dẫn đưa cho --data) | {1}: no such file or folder (check the path given to --data) |
    | cli.noFiguresByVintage | chưa có số liệu nào được công bố đến ngày {1} (--vintage); hãy thử một ngày sau đó | no figures had been published by {1} (--vintage); try a later date |
    | cli.noFiguresLoaded | không nạp được số liệu nào từ {1}: {2} lỗi (`{3}` liệt kê các lỗi) | no figures loaded from {1}: {2} error(s) (`{3}` lists them) |
    | cli.noFiguresIn | không có số liệu nào trong {1} (tệp số liệu cần một dòng tiêu đề và ít nhất một dòng số liệu) | no figures in {1} (an observation file needs a header row and at least one row of figures) |
    | cli.bundledData | dữ liệu kèm theo | the bundled data |
    | cli.noFiguresForUnitReport | không có số liệu cho {1} trong {2}; dùng --month YYYY-MM để có báo cáo không có số liệu | no figures for {1} in {2}; give --month YYYY-MM for a brief without figures |
    | cli.noFiguresForUnit | không có số liệu cho {1} trong {2}; dùng --month YYYY-MM | no figures for {1} in {2}; give --month YYYY-MM |
    | cli.cannotWriteJSON | không ghi được báo cáo dạng JSON: {1} | cannot write the brief as JSON: {1} |
    | cli.cannotWriteDocx | không ghi được văn bản Word: {1} | cannot write the Word document: {1} |
    | cli.needsTerminal | bảng số liệu cần một cửa sổ dòng lệnh; dùng `chiso render --width 120 --height 40` để có khung hình dạng chữ, hoặc `chiso report` để có báo cáo | the dashboard needs a terminal; use `chiso render --width 120 --height 40` for a frame as text, or `chiso report` for a brief |
    | cli.cannotCreateFolder | không tạo được thư mục {1}: {2} | cannot create folder {1}: {2} |
    | cli.cannotCreate | không tạo được {1}: {2} | cannot create {1}: {2} |
    | cli.cannotWrite | không ghi được {1}: {2} | cannot write {1}: {2} |
    | cli.alreadyExists | {1} đã có; dùng --force để ghi đè | {1} already exists; give --force to replace it |
    | cli.cannotSaveEntries | không lưu được số liệu nhập vào {1}: {2} | cannot save entries in {1}: {2} |
    | cli.cannotCheckEntry | không kiểm tra được số liệu nhập: {1} | cannot check the entry: {1} |
    | cli.nothingSaved | {1}; chưa lưu gì | {1}; nothing saved |
    | cli.unknownAction | --action: không có thao tác “{1}” (add, status, due, note, title, lead, withdraw hoặc revert); chưa lưu gì | --action: unknown action '{1}' (add, status, due, note, title, lead, withdraw or revert); nothing saved |
    | cli.errorLine | Lỗi: {1} | Error: {1} |
    | cli.usageLine | Cách dùng: {1} | Usage: {1} |
    | cli.helpLine | Trợ giúp:{1} | Help:{1} |
    | cli.seeHelp | Xem '{1} --help' để biết thêm. | See '{1} --help' for more information. |
    | cli.choiceList | {1} hoặc {2} | {1} or {2} |
    | cli.twoParts | {1} {2} | {1} {2} |
    | cli.unknownValue | không nhận ra {1} '{2}' | unknown {1} '{2}' |
    | cli.didYouMean | (có phải là "{1}"?) | (did you mean "{1}"?) |
    | cli.useChoices | (dùng {1}) | (use {1}) |
    | cli.knownChoices | (các giá trị có: {1}) | (known: {1}) |
    | cli.badMonth | --month '{1}' sai dạng (viết tháng là YYYY-MM, ví dụ 2025-05) | bad --month '{1}' (write the month as YYYY-MM, e.g. 2025-05) |
    | cli.badStart | --start '{1}' sai dạng (viết tháng là YYYY-MM, ví dụ 2025-05) | bad --start '{1}' (write the month as YYYY-MM, e.g. 2025-05) |
    | cli.outNamesNoFolder | --out '' không chỉ thư mục nào | --out '' names no folder |
    | cli.demoUnitsRange | --units phải từ 1 đến {1}, không phải {2} | --units must be between 1 and {1}, not {2} |
    | cli.demoMonthsRange | --months phải từ 1 đến {1}, không phải {2} | --months must be between 1 and {1}, not {2} |
    | cli.demoProvinceUnits | --level province nhận nhiều nhất {1} đơn vị (các tỉnh, thành từ tháng 7/2025), không phải {2}; muốn nhiều hơn thì dùng --level commune | --level province takes at most {1} units (the provincial units since July 2025), not {2}; use --level commune for more |
    | cli.demoYears | --start {1} với --months {2} thì kết thúc ở {3}; số liệu phải nằm trong khoảng {4}–{5} | --start {1} with --months {2} ends in {3}; the data must stay within {4}–{5} |
    | cli.demoWroteFigures | đã ghi {1} số liệu minh họa vào {2} | wrote {1} synthetic figures to {2} |
    | cli.demoWroteCommunes | đã ghi {1} xã minh họa và {2} số liệu minh họa vào {3}, {4} | wrote {1} synthetic communes and {2} synthetic figures to {3}, {4} |
    | cli.monthOutOfRange | --month '{1}' nằm ngoài khoảng (tháng của chiso từ {2}-01 đến {3}-12) | bad --month '{1}' (chiso's months run from {2}-01 to {3}-12) |
    | cli.badVintage | --vintage '{1}' sai dạng (viết ngày là YYYY-MM-DD, ví dụ 2025-06-05) | bad --vintage '{1}' (write the day as YYYY-MM-DD, e.g. 2025-06-05) |
    | cli.vintageOutOfRange | --vintage '{1}' nằm ngoài khoảng (ngày của chiso từ {2}-01-01 đến {3}-12-31) | bad --vintage '{1}' (chiso's days run from {2}-01-01 to {3}-12-31) |
    | cli.badDate | --date '{1}' sai dạng (viết ngày là YYYY-MM-DD, ví dụ 2025-06-10) | bad --date '{1}' (write it as YYYY-MM-DD, e.g. 2025-06-10) |
    | cli.unknownKey | không nhận ra phím '{1}' trong --keys ({2}dùng một ký tự, hoặc một trong các tên: {3}) | unknown key '{1}' in --keys ({2}use single characters, or one of: {3}) |
    | cli.keyHint | có phải là "{1}"?;{2} | did you mean "{1}"?;{2} |
    | cli.dataNamesNothing | --data '' không chỉ tệp hay thư mục nào | --data '' names no file or folder |
    | cli.entriesNamesNothing | --entries '' không chỉ thư mục nào | --entries '' names no folder |
    | cli.entriesHoldsData | --entries {1} là hoặc chứa một thư mục số liệu ({2}); hãy để số liệu nhập trong một thư mục riêng (Docs/entries.md) | --entries {1} is or holds a data folder ({2}); keep entries in a folder of their own (Docs/entries.md) |
    | cli.noVintageHere | --vintage đọc số liệu như đã biết vào một ngày; `{1}` không đọc số liệu nên không nhận --vintage | --vintage reads the data as known on a day; `{1}` does not read the data, so it takes no --vintage |
    | cli.takeOverNeedsPresent | --take-over cần --present NAME | --take-over needs --present NAME |
    | cli.meetingDirNeedsPresent | --meeting-dir cần --present NAME (hoặc dùng chiso follow NAME --meeting-dir DIR) | --meeting-dir needs --present NAME (or use chiso follow NAME --meeting-dir DIR) |
    | cli.formatNeedsOut | --format {1} cần --out TỆP | --format {1} needs --out FILE |
    | cli.sizeOutOfRange | --width và --height phải từ 0 đến 1000 | --width and --height must be between 0 and 1000 |
    | cli.missingArgument | thiếu tham số bắt buộc '{1}' | Missing expected argument '{1}' |
    | cli.missingValue | thiếu giá trị sau '{1}' | Missing value for '{1}' |
    | cli.unknownOption | không có tùy chọn '{1}' | Unknown option '{1}' |
    | cli.unexpectedArgument | thừa tham số '{1}' | Unexpected argument '{1}' |
    | cli.invalidValue | giá trị '{1}' không hợp lệ cho '{2}' | The value '{1}' is invalid for '{2}' |
    | cli.invalidValueChoices | giá trị '{1}' không hợp lệ cho '{2}'; hãy dùng một trong: {3} | The value '{1}' is invalid for '{2}'. Please provide one of {3}. |
    | cli.entryWarning | cảnh báo: {1} | warning: {1} |
    | cli.savedFigure | đã lưu {1} {2} {3} {4} = {5} vào {6} ({7}, {8}) | saved {1} {2} {3} {4} = {5} in {6} ({7}, {8}) |
    | cli.savedItemChange | đã lưu ({1}) cho {2} {3} «{4}» vào {5} ({6}, {7}) | saved the {1} of {2} {3} «{4}» in {5} ({6}, {7}) |
    | itemAction.add | thêm việc | new item |
    | itemAction.status | đổi trạng thái | status change |
    | itemAction.due | đổi thời hạn | due date change |
    | itemAction.note | đổi ghi chú | note change |
    | itemAction.title | đổi nội dung | title change |
    | itemAction.lead | đổi đơn vị chủ trì | lead unit change |
    | itemAction.withdraw | rút việc khỏi danh sách | withdrawal |
    | itemAction.revert | lấy lại trạng thái cũ | revert |
    | entries.readOnlyRequested | chức năng nhập đang tắt (--read-only) | entry is turned off (--read-only) |
    | entries.notAFolder | {1} không phải là thư mục | {1} is not a folder |
    | entries.mayNotWriteIn | bạn không có quyền ghi vào {1} (hãy xin vào nhóm của thư mục, xem Docs/entries.md) | you may not write in {1} (ask for its group, see Docs/entries.md) |
    | entries.mayNotWriteFile | bạn không có quyền ghi {1} (hãy xin vào nhóm của tệp, xem Docs/entries.md) | you may not write {1} (ask for its group, see Docs/entries.md) |
    | entries.mayNotCreate | {1} chưa có và bạn không có quyền tạo nó trong {2} | {1} does not exist and you may not create it in {2} |
    | entries.cannotStepPath | không thể {1} {2}: {3} | cannot {1} {2}: {3} |
    | entries.pathCannotStep | {1}: không thể {2}: {3} | {1}: cannot {2}: {3} |
    | entries.stepOpenAppend | mở để ghi thêm | open for appending |
    | entries.stepLock | khóa | lock |
    | entries.stepReadSize | đọc kích thước của | read the size of |
    | entries.stepFlush | đẩy xuống đĩa (fsync) | flush (fsync) |
    | entries.stepWrite | ghi | write |
    | entries.stepCreateFolder | tạo thư mục | create the folder |
    | terminal.unknownType | không dùng được loại cửa sổ dòng lệnh '{1}'; hãy thử TERM=xterm-256color, hoặc `chiso render` / `chiso report` | cannot use terminal type '{1}'; try TERM=xterm-256color, or `chiso render` / `chiso report` |
    | terminal.noCursorAddressing | bảng số liệu cần cửa sổ dòng lệnh có thể đặt con trỏ, mà TERM={1} thì không; dùng `chiso render` để có khung hình dạng chữ, hoặc `chiso report` để có báo cáo | the dashboard needs a terminal with cursor addressing, and TERM={1} has none; use `chiso render` for a frame as text, or `chiso report` for a brief |
    | pdf.needsLibreOffice | muốn làm PDF cần LibreOffice: hãy cài gói Debian {1} (apt-get install {1}), hoặc dùng --format docx hay html | making a PDF needs LibreOffice: install the Debian package {1} (apt-get install {1}), or write --format docx or html |
    | pdf.noTemporaryFolder | không tạo được thư mục tạm cho LibreOffice: {1} | cannot make a temporary folder for LibreOffice: {1} |
    | pdf.cannotWrite | không ghi được {1} | cannot write {1} |
    | pdf.cannotStart | không chạy được {1}: {2} | cannot start {1}: {2} |
    | pdf.noPDF | LibreOffice không tạo ra PDF (mã thoát {1}){2} | LibreOffice made no PDF (status {1}){2} |
    | meeting.hasPresenter | cuộc họp '{1}' đã có người trình bày ({2}); muốn nhận quyền trình bày: chiso --present {1} --take-over | meeting '{1}' already has a presenter ({2}); to take it over: chiso --present {1} --take-over |
    | meeting.cannotUse | không dùng được {1}: {2} | cannot use {1}: {2} |
    | meeting.cannotPresent | không trình bày được tại {1}: {2} | cannot present at {1}: {2} |
    | meeting.badName | tên cuộc họp '{1}' không hợp lệ: dùng chữ cái, chữ số, '.', '_' hoặc '-' (tối đa 64 ký tự, không bắt đầu bằng '.'), ví dụ hdnd-2025-06 | invalid meeting name '{1}': use letters, digits, '.', '_' or '-' (at most 64, not starting with '.'), e.g. hdnd-2025-06 |
    | meeting.noFolder | thư mục cuộc họp {1} chưa có (hãy tạo nó, hoặc bỏ --meeting-dir để dùng thư mục mặc định) | meeting folder {1} does not exist (make it, or leave out --meeting-dir for the default) |
    | meeting.cannotMakeFolder | không tạo được thư mục cuộc họp {1}: {2} | cannot make the meeting folder {1}: {2} |
    | meeting.cannotReadFolder | không đọc được thư mục cuộc họp {1} | cannot read the meeting folder {1} |
    | meeting.notAFolder | thư mục cuộc họp {1} không phải là thư mục | meeting folder {1} is not a folder |
    | meeting.notAFolderLink | thư mục cuộc họp {1} không phải là thư mục (thư mục mặc định không được là liên kết tượng trưng) | meeting folder {1} is not a folder (a symbolic link is not accepted for the default) |
    | meeting.writableByAnyone | ai cũng ghi được vào thư mục cuộc họp {1} (quyền {2}); hãy dùng thư mục của riêng bạn hoặc của nhóm, ví dụ quyền 2770 | meeting folder {1} may be written by anyone (mode {2}); use a folder of your own or your group's, e.g. mode 2770 |
    | meeting.otherOwner | thư mục cuộc họp {1} thuộc người dùng và nhóm khác; hãy dùng --meeting-dir | meeting folder {1} belongs to another user and group; give --meeting-dir |
    | meeting.pathTooLong | đường dẫn thư mục cuộc họp {1} quá dài cho một socket; hãy dùng đường dẫn ngắn hơn | meeting folder path {1} is too long for a socket; use a shorter one |
    | cli.dataErrorsSkipped | {1} lỗi dữ liệu; các dòng có lỗi đã bị bỏ qua. Chạy `chiso validate` để xem danh sách. | {1} data error(s); rows with errors were skipped. Run `chiso validate` for the list. |
    | cli.notFiniteShownMissing | {1} giá trị làm cho số liệu suy ra không phải là số hữu hạn; các số đó được để trống. Chạy `chiso validate` để xem danh sách. | {1} value(s) make derived figures not finite numbers; those are shown as missing. Run `chiso validate` for the list. |
    | cli.cannotWriteTo | không ghi được ra {1}: {2} | cannot write to {1}: {2} |
    | cli.standardOutput | đầu ra chuẩn | standard output |
    | cli.standardError | đầu ra lỗi chuẩn | standard error |
    | office.failure | {1}: {2} | {1}: {2} |
    | office.cannotRead | không đọc được tệp thông tin cơ quan | cannot read the office file |
    | office.notUTF8 | tệp thông tin cơ quan không phải văn bản UTF-8 | the office file is not UTF-8 text |
    | office.notAMapping | tệp thông tin cơ quan là các cặp khóa: giá trị (parent_body, issuing_body, …) | an office file is a mapping of keys (parent_body, issuing_body, …) |
    | office.takesText | “{1}” cần một đoạn chữ | '{1}' takes a text |
    | office.badDate | “date” cần một ngày dạng YYYY-MM-DD, không phải “{1}” | 'date' takes a date YYYY-MM-DD, not '{1}' |
    | office.badLayout | “layout” là party hoặc state, không phải “{1}” | 'layout' is party or state, not '{1}' |
    | office.recipientsList | “recipients” cần một danh sách (mỗi dòng một mục “- ”) | 'recipients' takes a list (- one per line) |
    | office.signerKeys | “signer” gồm authority, title và name | 'signer' takes authority, title and name |
    | office.unknownSignerKey | không có khóa “signer.{1}” (authority, title, name) | unknown key 'signer.{1}' (authority, title, name) |
    | office.unknownKey | không có khóa “{1}” ({2}) | unknown key '{1}' ({2}) |
    | diag.badScope | scope sai “{1}” | bad scope '{1}' |
    | diag.badScopeHint | dùng former (đơn vị như trước ngày 1/7/2025) hoặc merged (đơn vị từ ngày 1/7/2025), hoặc để trống để kỳ quyết định | use former (the unit as it was before 1 July 2025) or merged (the unit from 1 July 2025), or leave it empty for the period to decide |
    | diag.scopeContradicts | scope “{1}” mâu thuẫn với “{2}”: {3} | scope '{1}' contradicts '{2}': {3} |
    | diag.scopeFormerUnit | {1} là đơn vị trước ngày 1/7/2025 | {1} is a unit before 1 July 2025 |
    | diag.scopeFormerUnitMergedInto | {1} là đơn vị trước ngày 1/7/2025, đã hợp nhất vào {2} | {1} is a unit before 1 July 2025, merged into {2} |
    | diag.scopeFormedFrom | {1} là đơn vị hình thành ngày 1/7/2025 từ {2} | {1} is a unit formed on 1 July 2025 from {2} |
    | diag.scopeWriteFormer | ghi scope former | write scope former |
    | diag.scopeWriteFormerOrMerged | ghi scope former, hoặc ghi đơn vị sau hợp nhất ({1}) để có số liệu theo 34 đơn vị | write scope former, or the merged unit ({1}) for its 34-unit figure |
    | diag.scopeWriteMerged | ghi scope merged, hoặc ghi tên một đơn vị cũ | write scope merged, or name one of the former units |
    | diag.badQuarterHint | viết quý dạng YYYY-Qn với n từ 1 đến 4, ví dụ 2025-Q1 | write a quarter as YYYY-Qn with n from 1 to 4, e.g. 2025-Q1 |
    | diag.badPeriodOrQuarterHint | viết tháng dạng YYYY-MM (ví dụ 2025-05) hoặc quý dạng YYYY-Qn (ví dụ 2025-Q1) | write the month as YYYY-MM (e.g. 2025-05) or a quarter as YYYY-Qn (e.g. 2025-Q1) |
    | diag.quarterBasisHint | dùng quarter hoặc ytd | use quarter or ytd |
    | diag.basisNotQuarter | cơ sở “{1}” không hợp với quý {2} | basis '{1}' does not fit the quarter {2} |
    | diag.basisNotMonth | cơ sở “{1}” không hợp với tháng {2} | basis '{1}' does not fit the month {2} |
    | diag.basisNotQuarterHint | cơ sở của quý là quarter (riêng quý đó) hoặc ytd (từ tháng 1 đến hết quý) | a quarter's basis is quarter (that quarter alone) or ytd (January to the quarter's end) |
    | diag.basisNotMonthHint | cơ sở của tháng là month hoặc ytd; viết kỳ dạng YYYY-Qn cho quý | a month's basis is month or ytd; write the period as YYYY-Qn for a quarter |
    | diagnostic.warning | cảnh báo | warning |
    | entry.noSource | không có nguồn | no source |
    | entry.noSourceHint | ghi URL của bài công bố số liệu | give the URL of the publication the figure comes from |
    | entry.notAURL | nguồn “{1}” không phải URL | source '{1}' is not a URL |
    | entry.notAURLHint | ghi địa chỉ http:// hoặc https:// của bài công bố | give the http:// or https:// address of the publication |
    | entry.noProvince | không có tỉnh | no province |
    | entry.noResolution | không có nghị quyết | no resolution |
    | entry.unknownResolution | nghị quyết không rõ “{1}” | unknown resolution '{1}' |
    | entry.resolutionHint | một mã trong resolutions.yaml, ví dụ 123-KL/TW | an id from resolutions.yaml, such as 123-KL/TW |
    | entry.noDocument | không có văn bản | no document |
    | entry.documentHint | tên văn bản của việc | the item's document name |
    | entry.itemExists | việc “{1}” đã có | the item '{1}' already exists |
    | entry.itemExistsHint | hãy đổi trạng thái, hạn, ghi chú, nội dung hoặc đơn vị chủ trì của nó | change its status, due date, note, title or lead unit instead |
    | entry.itemWithdrawn | việc “{1}” đã bị rút khỏi danh sách | the item '{1}' has been withdrawn |
    | entry.itemWithdrawnHint | lấy lại nó trước: H trên văn bản của nó, hoặc chiso entry item --action revert | take it back first: H on its document, or chiso entry item --action revert |
    | entry.noItem | không có việc “{1}” thuộc {2} của {3} | no item '{1}' under {2} for {3} |
    | entry.noTitle | không có tiêu đề | no title |
    | entry.noStatus | không có trạng thái | no status |
    | entry.noDueDate | không có hạn | no due date |
    | entry.noNote | không có ghi chú | no note |
    | entry.changeSourceHint | ghi URL của bài công bố nêu thay đổi này | give the URL of the publication that states the change |
    | entry.itemChangeSkipped | thay đổi của việc không áp dụng được: {1}: {2} | item change does not apply: {1}: {2} |
    | entry.unknownAction | thao tác không rõ “{1}” | unknown action '{1}' |
    | entry.oneOf | một trong {1} | one of {1} |
    | entry.cannotReadJournal | không đọc được sổ nhập liệu: {1} | cannot read the entries journal: {1} |
    | entry.notAJournal | không phải sổ nhập liệu: dòng tiêu đề thiếu {1} | not an entries journal: the header lacks {1} |
    | entry.notAJournalHint | chiso tự ghi tệp này; đừng để tệp khác trong thư mục nhập liệu | chiso writes this file itself; keep other files out of the entries folder |
    | entry.damagedRecord | bỏ qua bản ghi dở dang hoặc hỏng (một lần lưu bị ngắt để lại) | incomplete or damaged record skipped (an interrupted save leaves one) |
    | entry.lastRecordCut | bỏ qua bản ghi cuối dở dang: một lần lưu bị ngắt | incomplete last record skipped: a save was interrupted |
    | entry.headerCut | bỏ qua dòng tiêu đề dở dang: lần lưu đầu tiên bị ngắt | incomplete header skipped: the first save was interrupted |
    | entry.headerCutHint | các bản ghi sau nó được đọc theo các cột của chiso | the records after it are read with chiso's columns |
    | entry.damagedHint | các bản ghi khác vẫn được đọc; nhập lại số liệu nếu bị thiếu | the other records are read; enter the figure again if it is missing |
    | entry.recordSkipped | bản ghi nhập này bị bỏ qua, các bản ghi khác vẫn được dùng; nhập lại cho đúng nếu còn cần (phím a hoặc chiso entry) | this entry is skipped and the others are used; enter it again, corrected, if it is still needed (a, or chiso entry) |
    | entry.recordSkippedAfter | {1}; bản ghi nhập này bị bỏ qua, các bản ghi khác vẫn được dùng; nhập lại cho đúng nếu còn cần (phím a hoặc chiso entry) | {1}; this entry is skipped and the others are used; enter it again, corrected, if it is still needed (a, or chiso entry) |
    | diag.badPublishedDate | ngày công bố sai “{1}” | bad published date '{1}' |
    | diag.overflow | giá trị {1} của {2} cho {3} {4} làm cho {5} không phải số hữu hạn; chiso hiện các số đó là thiếu | value {1} of {2} for {3} {4} makes {5} not a finite number; chiso shows such figures as missing |
    | diag.checkValueAndUnit | kiểm tra giá trị và đơn vị | check the value and its unit |
    | diag.overflowChange | mức thay đổi so cùng kỳ của {1} | the change on last year for {1} |
    | diag.overflowShare | tỷ lệ so kế hoạch của {1} | the share of target for {1} |
    | diag.overflowMonth | số trong tháng {1} | the month {1} |
    | diag.overflowYtd | số lũy kế năm {1} | the year to date of {1} |
    | diag.overflowTotal | tổng các tỉnh của {1} | the total over provinces for {1} |
    | diag.cannotRead | không đọc được: {1} | cannot read: {1} |
    | diag.permissionDenied | không có quyền đọc | permission denied |
    | diag.symlinkLoop | vòng lặp liên kết tượng trưng | a symbolic link loop |
    | diag.noSuchFileOrFolder | không có tệp hoặc thư mục này | no such file or folder |
    | diag.brokenSymlink | liên kết tượng trưng hỏng | a broken symbolic link |
    | diag.checkDataPath | kiểm tra đường dẫn đã cho ở --data | check the path given to --data |
    | diag.isAFolder | là thư mục, cần một tệp | is a folder where a file is expected |
    | diag.notRegularFile | không phải tệp thường (FIFO, socket hay thiết bị) | not a regular file (a FIFO, socket or device) |
    | diag.giveRegularFile | hãy cho chiso một tệp CSV hoặc YAML thường | give chiso a regular CSV or YAML file |
    | diag.fileTooLarge | tệp quá lớn ({1} byte; giới hạn là {2}) | file is too large ({1} bytes; the limit is {2}) |
    | diag.splitFile | chia thành nhiều tệp | split it into several files |
    | diag.readFailed | đọc lỗi: {1} | read failed: {1} |
    | diag.emptyFile | tệp rỗng | empty file |
    | diag.dataFileNeedsRows | tệp số liệu cần một dòng tiêu đề và ít nhất một dòng | a data file needs a header row and at least one row |
    | diag.invalidUTF8 | UTF-8 không hợp lệ ở byte thứ {1} | invalid UTF-8 at byte offset {1} |
    | diag.saveAsUTF8 | lưu tệp ở dạng UTF-8 | save the file as UTF-8 |
    | diag.unterminatedQuote | dấu ngoặc kép không đóng: trường này không bao giờ kết thúc | unterminated quote: this field never closes |
    | diag.unterminatedQuoteHint | thêm dấu " đóng, hoặc viết đôi dấu ngoặc kép bên trong trường ("") | add the closing " or double the quote inside the field ("") |
    | diag.quoteInUnquoted | dấu ngoặc kép trong trường không được bao được giữ như chữ | quote inside an unquoted field is kept as text |
    | diag.quoteInUnquotedHint | bao cả trường trong ngoặc kép và viết đôi dấu bên trong: "a \"\"b\"\"\" | quote the whole field and double inner quotes: "a \"\"b\"\"\" |
    | diag.textAfterQuote | chữ sau dấu ngoặc kép đóng được giữ lại | text after a closing quote is kept |
    | diag.textAfterQuoteHint | đặt dấu phẩy sau dấu ngoặc kép đóng | put a comma after the closing quote |
    | diag.fieldTooLong | trường dài hơn {1} byte; bỏ qua dòng | field longer than {1} bytes; row skipped |
    | diag.tooManyFields | hơn {1} cột; bỏ qua dòng | more than {1} columns; row skipped |
    | diag.didYouMean | có phải “{1}”? | did you mean "{1}"? |
    | diag.missingColumn | thiếu cột bắt buộc “{1}” | missing required column '{1}' |
    | diag.headerMustName | dòng tiêu đề phải có: {1} | the header must name: {1} |
    | diag.emptyID | mã trống | empty id |
    | diag.unitIDNotSlug | mã đơn vị “{1}” không phải mã ASCII; bỏ qua dòng | unit id '{1}' is not an ASCII slug; row skipped |
    | diag.slugHint | mã chỉ gồm chữ thường a–z, chữ số, “-” và “_” (ví dụ nghe-an, budget_revenue), tối đa 64 ký tự | an id is an ASCII slug: lowercase letters a–z, digits, '-' and '_' (e.g. nghe-an, budget_revenue), at most 64 characters |
    | diag.documentHint | mã văn bản là số hiệu như khi viết: chữ, chữ số, “-”, “/”, “.” và “_” (ví dụ 57-NQ/TW, 202/2025/QH15), tối đa 64 ký tự | a document id is its number as written: letters, digits, '-', '/', '.' and '_' (e.g. 57-NQ/TW, 202/2025/QH15), at most 64 characters |
    | diag.unknownLevel | cấp không rõ “{1}” | unknown level '{1}' |
    | diag.levelHint | dùng national, province, former hoặc commune | use national, province, former or commune |
    | diag.duplicateID | mã “{1}” trùng (dòng {2} đã có trước) | duplicate id '{1}' (line {2} gave it first) |
    | diag.mergedFromUnknown | “{1}” được hợp nhất từ đơn vị không rõ “{2}” | '{1}' is merged from unknown unit '{2}' |
    | diag.unknownSuccessor | “{1}” có đơn vị kế thừa không rõ “{2}” | '{1}' has unknown successor '{2}' |
    | diag.regionIDNotSlug | mã vùng “{1}” không phải mã ASCII; bỏ qua dòng | region id '{1}' is not an ASCII slug; row skipped |
    | diag.indicatorIDNotSlug | mã chỉ tiêu “{1}” không phải mã ASCII; bỏ qua dòng | indicator id '{1}' is not an ASCII slug; row skipped |
    | diag.unknownKind | loại không rõ “{1}” của chỉ tiêu “{2}” | unknown kind '{1}' for indicator '{2}' |
    | diag.kindHint | dùng rate, flow, share hoặc count | use rate, flow, share or count |
    | diag.duplicateIndicator | chỉ tiêu “{1}” trùng (dòng {2} đã có trước) | duplicate indicator '{1}' (line {2} gave it first) |
    | diag.badYear | năm sai “{1}” | bad year '{1}' |
    | diag.unknownProvince | tỉnh không rõ “{1}” | unknown province '{1}' |
    | diag.badValue | giá trị sai “{1}” | bad value '{1}' |
    | diag.yamlTooDeep | YAML lồng {1} cấp; giới hạn là 64 | YAML nested {1} levels deep; the limit is 64 |
    | diag.yaml | lỗi cú pháp YAML (bộ đọc YAML báo: “{1}”) | YAML: {1} |
    | diag.expectedDocumentsItems | cần một ánh xạ có “documents:” và “items:” | expected a mapping with 'documents:' and 'items:' |
    | diag.documentWithoutID | văn bản không có mã | document without an id |
    | diag.documentIDForm | mã văn bản “{1}” không đúng dạng quy định; bỏ qua văn bản | document id '{1}' is not of the documented form; document skipped |
    | diag.trackedByUnknownIndicator | văn bản {1} được theo dõi bằng chỉ tiêu không rõ “{2}” | document {1} is tracked by unknown indicator '{2}' |
    | diag.noDocumentsList | không có danh sách “documents:” | no 'documents:' list |
    | diag.unknownDocument | việc dẫn tới văn bản không rõ “{1}” | item refers to unknown document '{1}' |
    | diag.unknownDocumentHint | thêm văn bản vào documents: hoặc sửa mã | add it under documents: or fix the id |
    | diag.unknownStatus | trạng thái không rõ “{1}” | unknown status '{1}' |
    | diag.statusHint | dùng planned, drafting, in_progress, issued hoặc done | use planned, drafting, in_progress, issued or done |
    | diag.badDueDate | hạn sai “{1}” | bad due date '{1}' |
    | diag.writeMonthOrDay | viết YYYY-MM hoặc YYYY-MM-DD | write YYYY-MM or YYYY-MM-DD |
    | diag.controlCharacter | ký tự điều khiển U+{1} trong YAML | control character U+{1} in YAML |
    | diag.controlCharacterHint | YAML không chứa được ký tự điều khiển; xóa nó, hoặc viết dạng thoát trong chuỗi ngoặc kép ("\\\\e", "\\\\x1B") | YAML cannot hold control characters; remove it, or write it as an escape inside a double-quoted string ("\\\\e", "\\\\x1B") |
    | diag.duplicateKey | khóa “{1}” trùng: nó thay khóa ở dòng {2} | duplicate key '{1}': it replaces the one at line {2} |
    | diag.mergeTheTwo | gộp hai khóa làm một | merge the two into one |
    | diag.asOfIsStatusDate | “as_of” của một việc nay là “status_date”; đọc như status_date | 'as_of' of an item is now 'status_date'; read as status_date |
    | diag.asOfIsStatusDateHint | đổi tên thành status_date (as_of là ngày cuối cùng số liệu bao quát, trong tệp số liệu) | rename it to status_date (as_of is the last day a figure covers, in observation files) |
    | diag.badStatusDate | status_date sai “{1}” | bad status_date '{1}' |
    | diag.writeDay | viết YYYY-MM-DD | write YYYY-MM-DD |
    | diag.whatDocument | văn bản {1} | document {1} |
    | diag.whatItem | việc | item |
    | diag.noLanguageForm | “{1}” không có dạng theo ngôn ngữ trong {2} | '{1}' has no language form in {2} |
    | diag.noLanguageFormHint | viết thành {1}_vi (tiếng Việt) và {1}_en (tiếng Anh) | write it as {1}_vi (Vietnamese) and {1}_en (English) |
    | diag.hasNoField | {1} không có {2} | {1} has no {2} |
    | diag.addBothForms | thêm {1}_vi và {1}_en | add {1}_vi and {1}_en |
    | diag.noEnglishForm | {1}_vi không có dạng tiếng Anh trong {2} | {1}_vi has no English form in {2} |
    | diag.addEnBeside | thêm {1}_en bên cạnh {1}_vi | add {1}_en beside {1}_vi |
    | diag.noVietnameseForm | {1}_en không có dạng tiếng Việt trong {2} | {1}_en has no Vietnamese form in {2} |
    | diag.addViBeside | thêm {1}_vi bên cạnh {1}_en | add {1}_vi beside {1}_en |
    | diag.unknownSourceLang | source_lang không rõ “{1}” trong {2} | unknown source_lang '{1}' in {2} |
    | diag.writeViOrEn | viết vi hoặc en | write vi or en |
    | diag.emptyPanelID | mã bảng trống | empty panel id |
    | diag.unknownIndicatorInPanel | chỉ tiêu không rõ “{1}” trong bảng “{2}” | unknown indicator '{1}' in panel '{2}' |
    | diag.useIndicatorID | dùng một mã trong indicators.csv | use an id from indicators.csv |
    | diag.secondPrimary | bảng “{1}” có chỉ tiêu chính thứ hai (“{2}” có trước) | panel '{1}' has a second primary indicator ('{2}' came first) |
    | diag.unknownRole | vai trò không rõ “{1}” trong bảng “{2}” | unknown role '{1}' in panel '{2}' |
    | diag.roleHint | dùng primary, companion hoặc quarterly | use primary, companion or quarterly |
    | diag.noPrimary | bảng “{1}” không có chỉ tiêu chính | panel '{1}' has no primary indicator |
    | diag.cannotListFolder | không liệt kê được thư mục | cannot list folder |
    | diag.cannotReadFolder | không đọc được thư mục: không có quyền | cannot read folder: permission denied |
    | diag.filesNotLoaded | các tệp trong đó chưa được nạp | its files were not loaded |
    | diag.bundledDataNotFound | không tìm thấy thư mục dữ liệu kèm theo | bundled data folder not found |
    | diag.bundledDataHint | đặt CHISO_DATA là thư mục Data/ hoặc dùng --data | set CHISO_DATA to the Data/ folder or use --data |
    | diag.noProvincesCatalogue | không tìm thấy danh mục tỉnh | no provinces catalogue found |
    | diag.unknownParent | xã “{1}” có đơn vị cấp trên không rõ “{2}” | commune '{1}' has unknown parent '{2}' |
    | diag.noIndicatorCatalogue | không tìm thấy danh mục chỉ tiêu | no indicator catalogue found |
    | diag.rowTooLong | dòng dài hơn {1} MB; bỏ qua | row longer than {1} MB; skipped |
    | diag.rowTooLongHint | kiểm tra dấu ngoặc kép không đóng ở phía trên dòng này | check for an unterminated quote above this line |
    | diag.noFiguresIn | không có số liệu trong {1} | no figures in {1} |
    | diag.headerOnly | tệp có dòng tiêu đề nhưng không có dòng nào dưới nó | the file has a header row and no row under it |
    | diag.missingColumns | thiếu cột bắt buộc {1} | missing required columns {1} |
    | diag.observationHeaderHint | dòng tiêu đề phải có province, period, indicator và value, theo thứ tự bất kỳ, chữ hoa hay thường | the header must name province, period, indicator and value, in any order and any case |
    | diag.unknownColumnIgnored | bỏ qua cột không rõ: {1} | unknown column ignored: {1} |
    | diag.unknownColumnsIgnored | bỏ qua các cột không rõ: {1} | unknown columns ignored: {1} |
    | diag.rowFieldCount | dòng có {1} trường, dòng tiêu đề có {2} | row has {1} fields, the header has {2} |
    | diag.rowFieldCountHint | kiểm tra dấu phẩy bị thiếu hoặc trường chưa được bao ngoặc kép | check for a missing comma or an unquoted field |
    | diag.rowExtraFields | dòng có {1} trường, dòng tiêu đề có {2}; bỏ qua các trường thừa | row has {1} fields, the header has {2}; extra fields ignored |
    | diag.quoteCommaFields | bao trong ngoặc kép các trường có dấu phẩy | quote fields that contain commas |
    | diag.badPeriod | kỳ sai “{1}” | bad period '{1}' |
    | diag.badPeriodHint | viết tháng dạng YYYY-MM, ví dụ 2025-05 | write the month as YYYY-MM, e.g. 2025-05 |
    | diag.periodOutside | kỳ {1} nằm ngoài {2}–{3} | period {1} is outside {2}–{3} |
    | diag.checkYear | kiểm tra năm | check the year |
    | diag.emptyProvince | tỉnh trống | empty province |
    | diag.useProvinceName | dùng mã, tên chính thức hoặc tên không dấu trong provinces.csv | use an id, official or ASCII name from provinces.csv |
    | diag.emptyIndicator | chỉ tiêu trống | empty indicator |
    | diag.unknownIndicator | chỉ tiêu không rõ “{1}” | unknown indicator '{1}' |
    | diag.addToIndicators | thêm vào indicators.csv | add it to indicators.csv |
    | diag.badBasis | cơ sở sai “{1}” | bad basis '{1}' |
    | diag.basisHint | dùng month hoặc ytd | use month or ytd |
    | diag.emptyValue | giá trị trống | empty value |
    | diag.emptyValueHint | bỏ dòng khi thiếu số liệu: chiso không bao giờ coi chỗ trống là số 0 | leave the row out when the figure is missing: chiso never treats a gap as zero |
    | diag.notFinite | giá trị “{1}” không phải số hữu hạn | value '{1}' is not a finite number |
    | diag.notANumber | giá trị “{1}” không phải là số | value '{1}' is not a number |
    | diag.countNegative | số đếm không thể âm: {1} | a count cannot be negative: {1} |
    | diag.countWhole | số đếm phải là số nguyên: {1} | a count must be a whole number: {1} |
    | diag.negativeAmount | số tiền âm {1} của {2} | negative amount {1} for {2} |
    | diag.unitDisagrees | đơn vị “{1}” khác đơn vị “{2}” của danh mục cho {3}; bỏ qua dòng | unit '{1}' disagrees with the catalogue's '{2}' for {3}; row skipped |
    | diag.unitDisagreesHint | đổi giá trị sang {1} hoặc sửa đơn vị | convert the value to {1} or fix the unit |
    | diag.badPublished | bỏ qua ngày công bố sai “{1}” | bad published date '{1}' ignored |
    | diag.badAsOf | ngày as_of sai “{1}” | bad as_of date '{1}' |
    | diag.badAsOfHint | viết YYYY-MM-DD: ngày cuối cùng số liệu bao quát | write YYYY-MM-DD: the last day the figure covers |
    | diag.asOfBefore | as_of {1} trước khi kỳ {2} bắt đầu | as_of {1} is before the period {2} starts |
    | diag.asOfBeforeHint | as_of là ngày cuối cùng số liệu bao quát; ghi số liệu vào tháng của ngày đó | as_of is the last day the figure covers; file the figure under the month of that day |
    | diag.asOfAfter | as_of {1} sau khi kỳ {2} kết thúc, và không có ghi chú giải thích | as_of {1} is after the period {2} ends, and no note says why |
    | diag.asOfAfterHint | ghi lý do ở cột note (ví dụ kế hoạch vốn đầu tư công của một năm được giải ngân đến 31 tháng 1 năm sau) | say why in the note column (a year's public-investment plan, for example, is disbursed until 31 January of the next year) |
    | diag.tooManyUnits | danh mục có quá nhiều đơn vị hoặc chỉ tiêu | too many units or indicators in the catalogue |
    | diag.moreProblemsHidden | còn {1} lỗi khác trong tệp này không hiện (chỉ liệt kê {2} lỗi đầu) | {1} more problem(s) in this file not shown (the first {2} are listed) |
    | diag.fixThoseFirst | sửa các lỗi đó trước; các dòng lỗi đã bị bỏ qua | fix those first; the rows with problems were skipped |
    | diag.rowsWithoutSource | {1} dòng không có nguồn | {1} row(s) have no source |
    | diag.rowsWithoutSourceHint | thêm cột source có URL hoặc trích dẫn cho mỗi số liệu | add a source column with a URL or citation for every figure |
    | diag.dropUnit | bỏ đơn vị khỏi giá trị | drop the unit from the value |
    | diag.plainNumber | viết số thường, ví dụ 11360.5 | write a plain number such as 11360.5 |
    | diag.decimalMark | dùng “.” làm dấu thập phân: {1} | use '.' as the decimal mark: {1} |
    | diag.noThousands | không dùng dấu phân cách hàng nghìn: {1} | no thousands separators: {1} |
    | diag.writeNumber | viết {1} | write {1} |
    | diag.twoHints | {1}; {2} | {1}; {2} |
    | diag.duplicateFigure | số liệu trùng với giá trị mâu thuẫn: {1} {2} {3} ({4}) ở đây là {5} nhưng là {6} tại {7}dòng {8}, nơi có trước | duplicate figure with a conflicting value: {1} {2} {3} ({4}) is {5} here but {6} at {7}line {8}, which gave it first |
    | diag.duplicateFigureHint | xóa một dòng, hoặc cho mỗi dòng nguồn và ngày công bố riêng để giữ cả hai làm bản sửa đổi | delete one row, or give each its own source and published date to keep both as revisions |
    | diag.anotherValue | {1} {2} {3} ({4}) có giá trị khác, {5} tại {6}dòng {7}; dòng này được dùng vì {8}; giá trị kia được giữ làm bản sửa đổi | {1} {2} {3} ({4}) has another value, {5} at {6}line {7}; this row wins because {8}; the other is kept as a revision |
    | diag.winsPublished | dòng này có ngày công bố còn dòng kia không có | it has a published date and the other has none |
    | diag.winsAsOf | dòng này có ngày as_of muộn hơn (không có nghĩa là cả kỳ) | it has the later as-of date (none means the whole period) |
    | diag.winsLoadedLater | dòng này được nạp sau (cả hai đều không có ngày công bố) | it was loaded later (neither row has a published date) |
    | diag.addPublishedToBoth | thêm ngày công bố (YYYY-MM-DD) cho cả hai dòng để bản công bố sau được dùng | add a published date (YYYY-MM-DD) to both rows so the later publication wins |
    | diag.ytdFalls | {1} lũy kế của {2} giảm từ {3} ở {4} (dòng {5}) xuống {6} ở {7} | year-to-date {1} for {2} falls from {3} in {4} (line {5}) to {6} in {7} |
    | diag.ytdFallsHint | số lũy kế không thể giảm; kiểm tra cơ sở (month hoặc ytd) và giá trị | a year-to-date amount cannot fall; check the basis (month or ytd) and the value |
    | diag.fileGone | tệp đã mất kể từ lần nạp tốt gần nhất | file gone since the last good load |
    | diag.fileGoneHint | đặt lại tệp rồi bấm r, hoặc mở lại chiso để tiếp tục không có nó | put it back and press r, or start chiso again to go on without it |
    | diag.noFigures | không có số liệu | no figures |
    | diag.noFiguresHint | lần nạp lại sẽ mất cả {1} số liệu đang hiện; giữ dữ liệu tốt gần nhất | the reload would lose all {1} figures shown; the last good data stays |
    | validate.summary | {1} tệp, {2} số liệu đã nạp; {3} lỗi, {4} cảnh báo | {1} file(s), {2} figure(s) loaded; {3} error(s), {4} warning(s) |
    | diag.noFiguresLoaded | không nạp được số liệu nào | no figures loaded |
    | diag.observationFileNeedsRows | tệp số liệu cần một dòng tiêu đề và ít nhất một dòng số liệu | an observation file needs a header row and at least one row of figures |
    """
}
