import ChisoCore
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The width chiso gives a grapheme is the C library's `wcwidth` (what ncurses and tmux use),
/// and a grapheme that one terminal cell cannot hold, or whose width terminals disagree on, is
/// drawn as the placeholder. One test per class of the corpus, and one sweep of every scalar.
final class DisplayWidthTests: XCTestCase {
    let placeholder = DisplayWidth.Layout.placeholder

    func assertLayout(_ text: String, _ expected: DisplayWidth.Layout, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(text.count, 1, "\(text.debugDescription) is one grapheme", file: file, line: line)
        guard let c = text.first else { return }
        XCTAssertEqual(DisplayWidth.layout(c), expected, "layout of \(scalars(text))", file: file, line: line)
        let width: Int
        switch expected {
        case .invisible: width = 0
        case .itself(let w): width = w
        case .placeholder: width = DisplayWidth.placeholderWidth
        }
        XCTAssertEqual(DisplayWidth.of(c), width, "width of \(scalars(text))", file: file, line: line)
        XCTAssertEqual(DisplayWidth.of(text), width, "width of \(scalars(text)) as a string", file: file, line: line)
    }

    func scalars(_ text: String) -> String {
        text.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
    }

    func testEmojiPresentationCharactersAreTwoColumns() {
        assertLayout("🟠", .itself(2))          // U+1F7E0, counted 1 before
        assertLayout("⌚", .itself(2))          // U+231A
        assertLayout("🀄", .itself(2))
        assertLayout("👍", .itself(2))
        assertLayout("🏽", .itself(2))          // a skin-tone modifier on its own
        // VS16 on a base that is wide anyway changes nothing.
        assertLayout("⌚\u{FE0F}", .itself(2))
        XCTAssertEqual(DisplayWidth.of("Hà Nội 🟠"), 9)
        XCTAssertEqual(DisplayWidth.of("Thanh Hóa ⌚"), 12)
    }

    func testZWJSequencesAreThePlaceholder() {
        assertLayout("👨\u{200D}👩\u{200D}👧", placeholder)
        assertLayout("👩\u{200D}💻", placeholder)
        assertLayout("🏳\u{FE0F}\u{200D}🌈", placeholder)
        XCTAssertEqual(DisplayWidth.of("Cao Bằng 👨\u{200D}👩\u{200D}👧"), 9 + DisplayWidth.placeholderWidth)
    }

    func testFlagsAndRegionalIndicatorsAreThePlaceholder() {
        assertLayout("🇻🇳", placeholder)
        assertLayout("🇻", placeholder)          // a lone regional indicator
        assertLayout("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", placeholder)   // a subdivision flag (tags)
        XCTAssertEqual(DisplayWidth.of("Nghệ An 🇻🇳"), 8 + DisplayWidth.placeholderWidth)
    }

    func testSkinTonesAreThePlaceholder() {
        assertLayout("👍🏽", placeholder)
        assertLayout("👋🏻", placeholder)
    }

    func testPresentationSelectorsOnTheWrongBaseAreThePlaceholder() {
        assertLayout("❤\u{FE0F}", placeholder)   // VS16 on a narrow base
        assertLayout("1\u{FE0F}\u{20E3}", placeholder)   // keycap
        assertLayout("⌚\u{FE0E}", placeholder)   // VS15 on a wide base
        assertLayout("❤", .itself(1))            // the narrow base alone is what wcwidth says
    }

    func testCJKHangulAndFullwidthAreTwoColumns() {
        assertLayout("老", .itself(2))
        assertLayout("한", .itself(2))
        assertLayout("Ａ", .itself(2))
        assertLayout("\u{3000}", .itself(2))
        assertLayout("𠀋", .itself(2))           // CJK extension B, plane 2
        // Conjoining jamo: a leading consonant with its vowel and final, one cell.
        assertLayout("\u{1100}\u{1161}\u{11A8}", .itself(2))
        XCTAssertEqual(DisplayWidth.of("Lai Châu 老街"), 13)
    }

    func testEastAsianAmbiguousCharactersAreOneColumnAsInTheCLibrary() {
        for text in ["±", "①", "Ω", "·", "…", "§", "─", "│", "▸", "░", "※", "¿"] {
            assertLayout(text, .itself(1))
        }
    }

    func testCombiningStacksUpToFourMarksFitOneCellLongerOnesAreThePlaceholder() {
        assertLayout("x\u{301}\u{302}\u{303}\u{304}", .itself(1))
        assertLayout("x\u{301}\u{302}\u{303}\u{304}\u{305}", placeholder)
        assertLayout("a" + String(repeating: "\u{0301}", count: 300), placeholder)
        assertLayout("老\u{301}", .itself(2))
        XCTAssertEqual(DisplayWidth.of("Nghe\u{0323}\u{0302} An"), 7)
        // A mark with nothing to sit on would land on the neighbouring cell.
        assertLayout("\u{301}", placeholder)
    }

    func testInvisibleAndUnprintableScalars() {
        assertLayout("\u{200B}", .invisible)
        assertLayout("\u{2060}", .invisible)
        assertLayout("\u{0378}", placeholder)    // unassigned
        assertLayout("\u{FFFF}", placeholder)    // a noncharacter
        assertLayout("\u{1B}", placeholder)      // a control: the sanitiser shows it before it gets here
    }

    func testPlaceholderIsItselfOneNarrowCell() {
        XCTAssertEqual(DisplayWidth.layout(DisplayWidth.placeholder), .itself(DisplayWidth.placeholderWidth))
    }

    func testTruncateAndPadMeasureTheSameWay() {
        XCTAssertEqual(DisplayWidth.truncate("ab🟠cd", to: 4), "ab…")
        XCTAssertEqual(DisplayWidth.of(DisplayWidth.pad("🇻🇳👍🏽x", to: 6)), 6)
        XCTAssertEqual(DisplayWidth.of(DisplayWidth.pad("Cao Bằng 👨\u{200D}👩\u{200D}👧 🟠", to: 12)), 12)
    }

    #if canImport(Glibc)
    /// Every scalar of every plane: its width as one grapheme is the C library's `wcwidth` under
    /// a UTF-8 locale, or, where `wcwidth` has no answer or the cell cannot be trusted, the
    /// placeholder.
    func testEveryScalarFollowsTheCLibrary() throws {
        // The C library's own wcwidth, looked up directly (Glibc's Swift module hides it without _XOPEN_SOURCE).
        let symbol = try XCTUnwrap(dlsym(nil, "wcwidth"))
        let wcwidth = unsafeBitCast(symbol, to: (@convention(c) (wchar_t) -> Int32).self)
        let locale = try XCTUnwrap(newlocale(LC_CTYPE_MASK, "C.UTF-8", nil), "C.UTF-8 is built into glibc 2.35+")
        defer { freelocale(locale) }
        let old = uselocale(locale)
        defer { uselocale(old) }
        var checked = 0
        var wrong: [String] = []
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let c = wcwidth(wchar_t(bitPattern: v))
            let got = DisplayWidth.layout(Character(s))
            let expected: DisplayWidth.Layout
            if (0x1F1E6...0x1F1FF).contains(v) || c < 0 {
                expected = .placeholder
            } else if c == 0 {
                let category = s.properties.generalCategory
                expected = category == .nonspacingMark || category == .enclosingMark || category == .spacingMark ? .placeholder : .invisible
            } else {
                expected = .itself(Int(c))
            }
            if got != expected, wrong.count < 20 { wrong.append("U+\(String(v, radix: 16)): wcwidth \(c), chiso \(got)") }
            checked += 1
        }
        XCTAssertEqual(wrong, [])
        XCTAssertGreaterThan(checked, 1_100_000)
    }
    #endif
}
