extension Glossary {
    /// The rows of the command line's help (`chiso --help`, `chiso SUBCOMMAND --help`): each command's abstract and
    /// discussion (`cmd.*`), each option's help (`opt.*`), the value names in usage lines (`val.*`) and
    /// ArgumentParser's own labels (`helpLabel.*`). Rows of the same table as `table` (GlossaryTable.swift), kept in a
    /// file of their own for its length; `parsed` reads `table` and then these, and `Scripts/gen-terms.py` reads both
    /// files in that order.
    static let helpRows = """
    | cmd.chisoAbstract | Chỉ số kinh tế – xã hội của các tỉnh, thành Việt Nam: bảng số liệu trên cửa sổ dòng lệnh, báo cáo phục vụ họp và kiểm tra số liệu. | Socio-economic indicators of Vietnam's provinces: a terminal dashboard, meeting briefs and data checks. |
    | cmd.chisoDiscussion | Không có lệnh con thì chiso mở bảng số liệu với dữ liệu kèm theo (số liệu thật, có nguồn); các tùy chọn của bảng số liệu liệt kê ở cuối, mục TÙY CHỌN CỦA BẢNG SỐ LIỆU. | With no subcommand, chiso opens the dashboard on the bundled data (real, cited figures); its options are listed below, under DASHBOARD OPTIONS. |
    | cmd.example | Ví dụ: | Example: |
    | cmd.examples | Ví dụ: | Examples: |
    | cmd.dashboardAbstract | Mở bảng số liệu toàn màn hình (lệnh mặc định). | Open the full-screen dashboard (the default). |
    | cmd.dashboardDiscussion | Phím: bấm ? trong bảng số liệu, hoặc xem Docs/keys.md. | Keys: ? in the dashboard, or Docs/keys.md. |
    | cmd.followAbstract | Theo một cuộc họp: hiện những gì người trình bày (chiso --present TÊN) đang hiện, với dữ liệu, cỡ cửa sổ, ngôn ngữ và bảng màu của bạn. | Follow a meeting: draw what its presenter (chiso --present NAME) shows, with your own data, size, language and theme. |
    | cmd.followDiscussion | Dải tiêu đề ghi ĐANG THEO: TÊN. Phím nào chuyển đi (tháng, đơn vị, màn hình) thì bạn tự xem riêng, dải tiêu đề ghi TỰ XEM; phím f để theo lại người trình bày. Thao tác của bạn không đến được người trình bày. Khi dữ liệu của bạn khác của người trình bày, dải tiêu đề cũng báo. Xem Docs/meeting.md. | The banner says FOLLOWING: NAME (ĐANG THEO: NAME). Any key that moves (a month, a unit, a screen) looks around on your own, and the banner says so; f follows the presenter again. Nothing you do reaches the presenter. If your data differs from the presenter's, the banner says so. See Docs/meeting.md. |
    | cmd.reportAbstract | In báo cáo phục vụ họp của một tỉnh, thành trong một tháng. | Print the meeting brief for one province and month. |
    | cmd.reportDiscussion | Từng số liệu chính với kỳ (trong tháng / lũy kế từ đầu năm), so cùng kỳ, so kế hoạch, hạng trong các đơn vị có số liệu, diễn biến 12 tháng, nguồn và các giá trị khác đã công bố; sau đó là các việc thực hiện nghị quyết. | Every headline figure with its basis (month / year to date), change on last year, share of target, rank among units with data, a 12-month trend, its source and other published values; then the implementation items of the resolutions. |
    | cmd.briefAbstract | Viết báo cáo phục vụ họp thành văn bản để ký: Word, PDF, HTML hoặc Markdown. | Write the meeting brief as a document to sign: Word, PDF, HTML or Markdown. |
    | cmd.briefDiscussion | Báo cáo theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP; mặc định theo thể thức văn bản của Đảng): phần đầu, số, địa danh và ngày tháng, I. kết quả viết từ số liệu kèm bảng và biểu đồ, II. các việc thực hiện nghị quyết, các phần do cơ quan tự viết để trống, nguồn ghi ở chú thích cuối trang. Cơ quan ban hành, số, địa danh, người ký, nơi nhận và thể thức lấy từ tệp thông tin cơ quan: --office TỆP, nếu không có thì $XDG_CONFIG_HOME/chiso/office.yaml (~/.config/chiso/office.yaml); phần nào tệp không có thì để dòng chấm. Ngày là --date, nếu không có thì ngày trong tệp thông tin cơ quan, rồi đến ngày của --vintage; không bao giờ tự lấy ngày hôm nay. | The report in the administrative layout (Decree 30/2020/NĐ-CP; the Party's layout by default): heading, number, place and date, I. results written from the figures with a table and charts, II. the resolutions' implementation items, the sections the office writes left empty, sources as footnotes. The issuing body, number, place, signer, recipients and layout come from the office file: --office FILE, else $XDG_CONFIG_HOME/chiso/office.yaml (~/.config/chiso/office.yaml); what it lacks stays dotted. The date is --date, else the office file's, else the --vintage day; never today's. |
    | cmd.validateAbstract | Kiểm tra tệp số liệu; in mỗi vấn đề thành TỆP:DÒNG:CỘT: lỗi\\|cảnh báo: nội dung (theo --lang). | Check data files; print each problem as FILE:LINE:COLUMN: error\\|warning: message (in --lang). |
    | cmd.validateDiscussion | Mã thoát: 1 khi có lỗi, 0 khi không có lỗi (chỉ có cảnh báo thì vẫn đạt). Mỗi vấn đề một dòng: tệp:dòng:cột, lỗi hay cảnh báo, sai gì và cách sửa, theo ngôn ngữ của --lang (mặc định tiếng Việt: "lỗi"/"cảnh báo"; --lang en: "error"/"warning"). | Exit status: 1 when any error is found, 0 otherwise (warnings alone pass). Each problem is one line: file:line:column, error or warning, what is wrong and how to fix it, in the language of --lang (Vietnamese by default: "lỗi"/"cảnh báo"; --lang en: "error"/"warning"). |
    | cmd.demoDataAbstract | Ghi ra một thư mục bộ số liệu minh họa tổng hợp, cùng tùy chọn thì ra cùng số liệu (mỗi dòng ghi nguồn 'synthetic'). | Write the deterministic synthetic dataset (every row cites 'synthetic') to a folder. |
    | cmd.demoDataDiscussion | Nạp bằng `chiso --data THƯ_MỤC`; các danh mục kèm theo được dùng. Cùng tùy chọn thì ra cùng một tệp. | Load it with `chiso --data DIR`; the bundled catalogues apply. Same options, same file. |
    | cmd.demoDataLimits | Tối đa {1} đơn vị và {2} tháng, trong khoảng {3}–{4}; tệp đã có chỉ bị ghi đè khi có --force. | At most {1} units and {2} months, within {3}–{4}; an existing file is replaced only with --force. |
    | cmd.renderAbstract | In khung hình mà bảng số liệu sẽ hiện, dạng chữ, không cần cửa sổ dòng lệnh. | Print the frame the dashboard would show, as text, without a terminal. |
    | cmd.renderDiscussion | Cùng đường xử lý với màn hình thật. --keys nhận các phím cách nhau bằng dấu cách: một ký tự là chính phím đó (q ? / L j); các phím khác viết bằng tên: left right up down enter esc tab backtab home end pgup pgdn space backspace. Gõ vào ô tìm kiếm: --keys "/ t h a n h space h o a enter". | Same code path as the live screen. --keys takes space-separated keys: a single character stands for itself (q ? / L j), and left right up down enter esc tab backtab home end pgup pgdn space backspace name the others. Typing into the search prompt: --keys "/ t h a n h space h o a enter". |
    | cmd.entryAbstract | Thêm số liệu vào sổ nhập liệu, hoặc liệt kê những gì đã nhập (ai nhập gì, khi nào). | Add a figure to the entries journal, or list the entries (who entered what, and when). |
    | cmd.entryDiscussion | Số liệu nhập được ghi nối tiếp (không sửa, không xóa) vào sổ nhập liệu trong thư mục nhập liệu (--entries; Docs/entries.md) và được mọi lệnh nạp bổ sung lên dữ liệu. | Entries are kept in an append-only journal in the entries folder (--entries; Docs/entries.md) and are loaded on top of the data by every command. |
    | cmd.entryAddAbstract | Kiểm tra một số liệu như khi nạp dữ liệu rồi ghi thêm vào sổ nhập liệu. | Check one figure as the loader would and append it to the entries journal. |
    | cmd.entryAddDiscussion | Mã thoát 0 khi đã lưu (một dòng trên stderr cho biết lưu ở đâu); 1 kèm thông báo nêu trường sai khi kiểm tra không đạt hoặc không được ghi vào thư mục, khi đó không lưu gì. --value viết số như trong CSV: dấu '.' trước phần thập phân, không có dấu phân cách hàng nghìn (11360, 64.1). | Exit status 0 when saved (one line on stderr says where); 1 with a message naming the bad field when a check fails or the folder may not be written; nothing is saved then. --value takes the CSV's number form: '.' for decimals, no thousands separators (11360, 64.1). |
    | cmd.entryItemAbstract | Thêm một việc thực hiện nghị quyết; đổi trạng thái, hạn, ghi chú, nội dung hay đơn vị chủ trì của một việc; rút một việc hoặc lấy lại trạng thái cũ của nó, trong sổ theo dõi việc. | Add an implementation item; change one's status, due date, note, title or lead unit; withdraw one or take back an earlier state, in the item journal. |
    | cmd.entryItemDiscussion | Việc được xác định bằng tỉnh, nghị quyết và văn bản (việc đã có: bằng tên văn bản tiếng Việt hoặc tiếng Anh). add cần --title và --status; status cần --status; due cần --due; note cần --note; title cần --title; lead nhận --lead (để trống: không có đơn vị chủ trì); withdraw không cần gì thêm (việc rời khỏi màn hình, báo cáo và văn bản báo cáo; lịch sử của nó vẫn giữ). revert đặt lại toàn bộ trạng thái của việc: --title, --lead, --status, --due, --note và --published (ngày của trạng thái), tùy chọn nào không ghi thì lấy theo việc hiện tại (hoặc lúc bị rút); việc đã rút được lấy lại. Mỗi thay đổi là một bản ghi mới; resolutions.yaml không bao giờ bị sửa. Mã thoát 1 kèm thông báo nêu tùy chọn sai, khi đó không lưu gì. | The item is named by its province, resolution and document (an existing item by its Vietnamese or English document name). add needs --title and --status; status needs --status; due needs --due; note needs --note; title needs --title; lead takes --lead (empty: no lead unit); withdraw needs nothing more (the item leaves the screens, reports and briefs; its history stays). revert sets the item's whole state: --title, --lead, --status, --due, --note and --published (its status date), each taken from the item as it is (or as it was when withdrawn) when not given; a withdrawn item comes back. Every change is a new record; resolutions.yaml is never written. Exit status 1 with a message naming the bad option; nothing is saved then. |
    | cmd.entryLogAbstract | Liệt kê số liệu đã nhập: ai nhập gì, khi nào. | List the entries: who entered what, and when. |
    | cmd.entryLogDiscussion | text: mỗi lần nhập một dòng, cũ trước. csv và json: các cột của số liệu (province, period, basis, indicator, value, unit, source, published, as_of, note, quote) cùng entered_by và entered_at. Với --items: thay đổi về việc thực hiện nghị quyết. Lỗi trong sổ (một lần lưu bị ngắt giữa chừng) in ra stderr. | text: one line per entry, oldest first. csv and json: the figure's columns (province, period, basis, indicator, value, unit, source, published, as_of, note, quote) plus entered_by and entered_at. With --items, the changes to implementation items instead. Problems in the journal (an interrupted save) are listed on stderr. |
    | opt.data | Tệp hoặc thư mục số liệu; nhắc lại để dùng nhiều. Danh mục nào không có thì lấy từ thư mục Data/ kèm theo. | A data file or folder; repeat for several. Catalogues not given come from the bundled Data/. |
    | opt.demo | Thêm bộ số liệu minh họa tổng hợp (34 tỉnh, thành, theo tháng 2024-01…2025-12); số liệu thật luôn được dùng trước số liệu minh họa. | Add the synthetic illustrative dataset (34 provinces, monthly 2024-01…2025-12); real figures always win over synthetic ones. |
    | opt.entries | Thư mục nhập liệu: số liệu và thay đổi về việc đã nhập bằng `chiso entry add` hoặc biểu mẫu của bảng số liệu, nạp bổ sung lên dữ liệu. Mặc định: $CHISO_ENTRIES, nếu không có thì $XDG_DATA_HOME/chiso/entries, rồi đến ~/.local/share/chiso/entries (Docs/entries.md: cả nhóm dùng chung một thư mục). | The entries folder: figures and item changes entered with the dashboard's form or `chiso entry add`, loaded on top of the data. Default: $CHISO_ENTRIES, else $XDG_DATA_HOME/chiso/entries, else ~/.local/share/chiso/entries (Docs/entries.md: sharing one folder among a team). |
    | opt.readOnly | Tắt nhập liệu: số liệu đã nhập vẫn hiện, không lưu được gì. | Turn entry off: the entries are shown, nothing can be saved. |
    | opt.noCache | Đọc dữ liệu từ các tệp kể cả khi đã có bản lưu đệm, và không lưu bản nào (nơi lưu đệm: $XDG_CACHE_HOME/chiso, nếu không có thì ~/.cache/chiso; Docs/performance.md). | Build the store from the files even when a snapshot of them is cached, and save none (the cache: $XDG_CACHE_HOME/chiso, else ~/.cache/chiso; Docs/performance.md). |
    | opt.vintage | Số liệu như đã biết vào một ngày: chỉ những số liệu công bố đến ngày đó (dòng chưa rõ ngày công bố được tính từ cuối tháng sau kỳ của nó). Xem Docs/data-format.md, mục Vintages. | The data as known on a day: only figures published by then (undated rows count from the end of the month after their period). See Docs/data-format.md, Vintages. |
    | opt.viewProvince | Tỉnh, thành mở ra đầu tiên (mã hoặc tên, có dấu hay không dấu: nghe-an, "Nghệ An", nghe an). | Province to open at (id or name, accents optional: nghe-an, "Nghệ An", nghe an). |
    | opt.viewMonth | Tháng mở ra đầu tiên, YYYY-MM (mặc định: tháng mới nhất có số liệu). | Month to open at, YYYY-MM (default: the latest month with data). |
    | opt.viewScreen | Màn hình: overview (Tổng quan), compare (So sánh), detail (Chi tiết), resolutions (Nghị quyết) hoặc help (Trợ giúp). | Screen: overview, compare, detail, resolutions or help. |
    | opt.viewIndicator | Mã chỉ tiêu cho màn hình So sánh và Chi tiết (ví dụ budget_revenue). | Indicator id for Compare and Detail (e.g. budget_revenue). |
    | opt.viewResolution | Số hiệu nghị quyết cho màn hình Nghị quyết (ví dụ 57-NQ/TW). | Resolution id for the Resolutions screen (e.g. 57-NQ/TW). |
    | opt.viewLang | Ngôn ngữ giao diện: vi (tiếng Việt) hoặc en (tiếng Anh). | Interface language: vi or en. |
    | opt.ascii | Khung, biểu đồ nhỏ và thanh tiến độ bằng ký tự ASCII (tự bật khi môi trường không dùng UTF-8). | ASCII borders, sparklines and gauges (automatic in a non-UTF-8 locale). |
    | opt.theme | Bảng màu: default hoặc mono (đơn sắc; tự bật khi có NO_COLOR). | Colour theme: default or mono (mono is automatic with NO_COLOR). |
    | opt.big | Trình chiếu: số liệu chính của đơn vị trong tháng, chữ lớn, kèm nguồn (phím P). | Projector layout: the unit's headline figures for the month in large type, with their sources (the P key). |
    | opt.watch | Nạp lại khi tệp số liệu thay đổi (nhân hệ điều hành báo qua inotify, không dò định kỳ; tệp được đọc khi đã không đổi trong 500 ms, hoặc ngay khi được thay bằng cách đổi tên); dữ liệu có lỗi, không có số liệu hoặc thiếu tệp thì không nhận, dữ liệu tốt gần nhất vẫn hiện, ghi là dữ liệu cũ. | Reload when the data files change (woken by the kernel, inotify, no polling; a file is read once unchanged for 500 ms, or at once when replaced by a rename); data with errors, without figures or missing a file is not taken, the last good data stays, marked stale. |
    | opt.present | Trình bày một cuộc họp dưới tên này: người theo (chiso follow TÊN) thấy những gì bảng số liệu này hiện, mỗi người với cỡ cửa sổ và ngôn ngữ của mình. Xem Docs/meeting.md. | Present a meeting under this name: followers (chiso follow NAME) draw what this dashboard shows, each at its own size and language. See Docs/meeting.md. |
    | opt.takeOver | Dùng với --present: nhận việc trình bày cuộc họp từ người đang trình bày; người đó trở thành người theo. | With --present: take the meeting over from its presenter, who becomes a follower. |
    | opt.meetingDir | Thư mục chứa socket của cuộc họp (mặc định: $CHISO_MEETING_DIR, nếu không có thì /tmp/chiso-meetings-GROUP theo nhóm chính của bạn). | Folder of the meeting sockets (default: $CHISO_MEETING_DIR, else /tmp/chiso-meetings-GROUP for your primary group). |
    | opt.meetingDirPermissions | Quyền của thư mục quyết định ai được theo. | Who may follow is decided by its permissions. |
    | opt.meetingName | Tên cuộc họp, như đã đặt cho --present. | The meeting's name, as given to --present. |
    | opt.unitProvince | Tỉnh, thành: mã, tên chính thức hoặc tên không dấu (nghe-an, "Nghệ An", vietnam). | Province: id, official or ASCII name (nghe-an, "Nghệ An", vietnam). |
    | opt.briefProvince | Tỉnh, thành: mã, tên chính thức hoặc tên không dấu (nghe-an, "Nghệ An"). | Province: id, official or ASCII name (nghe-an, "Nghệ An"). |
    | opt.briefMonth | Tháng, dạng YYYY-MM. Mặc định: tháng mới nhất có số liệu của tỉnh, thành đó. | Month as YYYY-MM. Default: the latest month with data for the province. |
    | opt.reportIndicators | Chỉ các mã chỉ tiêu này (có thể nhắc lại). | Only these indicator ids (repeatable). |
    | opt.language | Ngôn ngữ: vi hoặc en. | Language: vi or en. |
    | opt.reportFormat | Dạng kết quả: text, markdown, csv hoặc json. | Output format: text, markdown, csv or json. |
    | opt.errorsOnly | Chỉ in lỗi (bỏ qua cảnh báo). | Print errors only. |
    | opt.messagesLanguage | Ngôn ngữ của thông báo: vi hoặc en. | Language of the messages: vi or en. |
    | opt.briefDate | Ngày của văn bản, YYYY-MM-DD. Mặc định: ngày trong tệp thông tin cơ quan; nếu không có thì ngày của --vintage; không có nữa thì để trống. | The document's date, YYYY-MM-DD. Default: the office file's date; else the --vintage day; else left blank. |
    | opt.briefOffice | Tệp thông tin cơ quan (cơ quan ban hành, số, địa danh, người ký, nơi nhận, thể thức). | The office file (issuing body, number, place, signer, recipients, layout). |
    | opt.briefFormat | Dạng văn bản: docx, pdf, html hoặc md. | Output format: docx, pdf, html or md. |
    | opt.briefOut | Tệp sẽ ghi; không có thì html và md in ra đầu ra chuẩn. | The file to write; html and md go to standard output without it. |
    | opt.briefForce | Ghi đè --out nếu tệp đã có. | Replace --out if it exists. |
    | opt.renderWidth | Chiều rộng khung hình, tính bằng cột. | Frame width in columns. |
    | opt.renderHeight | Chiều cao khung hình, tính bằng dòng. | Frame height in rows. |
    | opt.renderKeys | Các phím bấm trước khi in (xem ở trên). | Keys to press before printing (see above). |
    | opt.renderColor | Thêm màu ANSI (theo bảng màu; --theme mono chỉ dùng chữ đậm, đảo màu, gạch chân). | Add ANSI colours (the theme's; --theme mono gives bold/reverse/underline only). |
    | opt.demoOut | Thư mục để ghi vào (chưa có thì tạo). | Folder to write into (created when missing). |
    | opt.demoUnits | Số đơn vị: 1–34 tỉnh, thành (mỗi tỉnh kèm các đơn vị cũ trước tháng 7/2025), hoặc đến 100000 xã. | Number of units: 1–34 provinces (each with its former units before July 2025), or up to 100000 communes. |
    | opt.demoLevel | province (tỉnh) hoặc commune (xã); mặc định: province khi đến 34 đơn vị, commune khi nhiều hơn. | province or commune; default: province up to 34 units, commune above. |
    | opt.demoMonths | Số tháng tính từ --start, 1–600. | Number of months from --start, 1–600. |
    | opt.demoStart | Tháng đầu (mặc định 2024-01 với tỉnh; với xã thì chọn để số liệu kết thúc ở 2025-12). | First month (default 2024-01 for provinces; for communes, so that the data ends in 2025-12). |
    | opt.demoSeed | Số khởi tạo cho bộ sinh số ngẫu nhiên. | Random seed. |
    | opt.demoForce | Ghi đè các tệp đã có trong thư mục. | Replace files that already exist in the folder. |
    | opt.entryProvince | Đơn vị: mã, tên chính thức hoặc tên không dấu (nghe-an). | Unit: id, official or ASCII name (nghe-an). |
    | opt.entryMonth | Tháng, dạng YYYY-MM. | Month as YYYY-MM. |
    | opt.entryBasis | month (riêng tháng đó) hoặc ytd (lũy kế từ đầu năm). | month (the month alone) or ytd (year to date). |
    | opt.entryIndicator | Mã chỉ tiêu trong indicators.csv. | Indicator id from indicators.csv. |
    | opt.entryValue | Giá trị theo đơn vị tính của chỉ tiêu, viết như trong CSV: 11360, 64.1, -3.5. | The value in the indicator's unit, CSV form: 11360, 64.1, -3.5. |
    | opt.entrySource | URL của bài công bố. | URL of the publication. |
    | opt.entryQuote | Câu trong nguồn nêu số liệu. | The sentence of the source that gives the figure. |
    | opt.entryNote | Ghi chú bằng lời của bạn. | A note in your words. |
    | opt.entryPublished | Ngày nguồn công bố số liệu. | Day the source published the figure. |
    | opt.entryAsOf | Ngày cuối cùng số liệu bao quát, khi chưa hết tháng. | Last day the figure covers, when it stops before the month ends. |
    | opt.problemsLanguage | Ngôn ngữ của các lỗi được báo: vi hoặc en. | Language of the problems reported: vi or en. |
    | opt.itemAction | add (thêm), status (trạng thái), due (hạn), note (ghi chú), title (nội dung), lead (đơn vị chủ trì), withdraw (rút việc) hoặc revert (lấy lại trạng thái cũ). | add, status, due, note, title, lead, withdraw or revert. |
    | opt.itemProvince | Mã đơn vị. | Unit id. |
    | opt.itemResolution | Số hiệu nghị quyết (123-KL/TW). | Resolution id (123-KL/TW). |
    | opt.itemDocument | Tên văn bản của việc. | The item's document name. |
    | opt.itemTitle | Nội dung của việc (add, title, revert). | The item's title (add, title, revert). |
    | opt.itemLead | Đơn vị chủ trì của việc (add, lead, revert). | The item's lead unit (add, lead, revert). |
    | opt.itemStatus | planned (chưa triển khai), drafting (đang xây dựng), in_progress (đang triển khai), issued (đã ban hành) hoặc done (hoàn thành). | planned, drafting, in_progress, issued or done. |
    | opt.itemDue | Thời hạn. | Due date. |
    | opt.itemSource | URL của bài công bố nêu thay đổi. | URL of the publication that states the change. |
    | opt.itemQuote | Câu trích từ nguồn. | The sentence of the source. |
    | opt.itemPublished | Ngày nguồn nêu thay đổi (ngày của trạng thái). | Day the source stated it (the item's status date). |
    | opt.logFormat | Dạng kết quả: text, csv hoặc json. | Output format: text, csv or json. |
    | opt.logItems | Liệt kê thay đổi về việc thực hiện nghị quyết thay cho số liệu. | List the changes to implementation items instead of the figures. |
    | val.path | đường_dẫn | path |
    | val.folder | thư_mục | folder |
    | val.dir | thư_mục | dir |
    | val.province | tỉnh | province |
    | val.screen | màn_hình | screen |
    | val.id | mã | id |
    | val.name | tên | name |
    | val.keys | phím | keys |
    | val.width | số_cột | width |
    | val.height | số_dòng | height |
    | val.indicator | chỉ_tiêu | indicator |
    | val.format | dạng | format |
    | val.file | tệp | FILE |
    | val.units | số_đơn_vị | units |
    | val.months | số_tháng | months |
    | val.seed | số | seed |
    | val.value | giá_trị | V |
    | val.text | nội_dung | text |
    | val.action | thao_tác | action |
    | val.status | trạng_thái | status |
    | helpLabel.overview | TÓM TẮT: | OVERVIEW: |
    | helpLabel.usage | CÁCH DÙNG: | USAGE: |
    | helpLabel.arguments | ĐỐI SỐ: | ARGUMENTS: |
    | helpLabel.options | TÙY CHỌN: | OPTIONS: |
    | helpLabel.subcommands | LỆNH CON: | SUBCOMMANDS: |
    | helpLabel.default | (mặc định | (default: |
    | helpLabel.defaultAfterValues | ; mặc định | ; default: |
    | helpLabel.values | (chọn: | (values: |
    | helpLabel.defaultSubcommand | (mặc định) | (default) |
    | helpLabel.showVersion | Hiện số phiên bản. | Show the version. |
    | helpLabel.showHelp | Hiện trợ giúp. | Show help information. |
    | helpLabel.showSubcommandHelp | Hiện trợ giúp của một lệnh con. | Show subcommand help information. |
    | helpLabel.seeHelp | Xem '{1} <lệnh_con>' để có trợ giúp chi tiết. | See '{1} <subcommand>' for detailed help. |
    | helpLabel.optionsPlaceholder | [<tùy_chọn>] | [<options>] |
    | helpLabel.optionsShortPlaceholder | <tùy_chọn> | <options> |
    | helpLabel.subcommandsPlaceholder | <lệnh_con> | <subcommands> |
    | helpLabel.subcommandPlaceholder | <lệnh_con> | <subcommand> |
    | helpLabel.dashboardOptions | TÙY CHỌN CỦA BẢNG SỐ LIỆU (chiso [tùy_chọn] hoặc chiso dashboard [tùy_chọn]): | DASHBOARD OPTIONS (chiso [options] or chiso dashboard [options]): |
    """
}
