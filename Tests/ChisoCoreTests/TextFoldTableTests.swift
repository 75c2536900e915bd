import XCTest
@testable import ChisoCore

/// The written-out table of Latin base letters (`TextFold.latinBases`) is what Unicode's canonical
/// decomposition gives: for each precomposed letter, the ASCII letter its decomposition starts with.
final class TextFoldTableTests: XCTestCase {
    func testTheTableOfBaseLettersIsTheDecompositions() {
        var checked = 0, letters = 0
        for range in [UInt32(0x00C0)...0x024F, UInt32(0x1E00)...0x1EFF] {
            for v in range {
                guard let scalar = Unicode.Scalar(v) else { continue }
                var expected: UInt8?
                if let first = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic {
                    expected = UInt8(String(first).lowercased().utf8.first ?? 0)
                }
                if v == 0x0110 || v == 0x0111 { expected = UInt8(ascii: "d") }
                XCTAssertEqual(TextFold.baseLetter(v), expected, "U+\(String(v, radix: 16))")
                if expected != nil {
                    letters += 1
                    XCTAssertEqual(TextFold.key("Ab " + String(scalar) + "x"), TextFold.foundationKey("Ab " + String(scalar) + "x"))
                }
                checked += 1
            }
        }
        XCTAssertEqual(checked, 656)
        XCTAssertGreaterThan(letters, 400)
    }
}
