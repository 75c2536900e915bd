/// A diagnostic's phrase in a store snapshot: its term's key and its arguments (text, a phrase of
/// its own, a number, a list), so a snapshot hit renders its diagnostics in any language, as a fresh load does.
extension BinaryEncoder {
    mutating func phrase(_ p: Phrase) {
        string(p.term.rawValue)
        int(p.arguments.count)
        for a in p.arguments {
            switch a {
            case .text(let s): int(0); string(s)
            case .phrase(let inner): int(1); phrase(inner)
            case .number(let v): int(2); double(v)
            case .list(let items): int(3); int(items.count); for item in items { phrase(item) }
            }
        }
    }

    mutating func optionalPhrase(_ p: Phrase?) {
        if let p { int(1); phrase(p) } else { int(0) }
    }
}

extension BinaryDecoder {
    mutating func phrase() throws -> Phrase {
        guard let term = Term(rawValue: try string()) else { throw SnapshotRejection.malformed("term") }
        var arguments: [Phrase.Argument] = []
        for _ in 0..<(try count(minimum: 8)) {
            switch try int() {
            case 0: arguments.append(.text(try string()))
            case 1: arguments.append(.phrase(try phrase()))
            case 2: arguments.append(.number(try double()))
            case 3:
                var items: [Phrase] = []
                for _ in 0..<(try count(minimum: 8)) { items.append(try phrase()) }
                arguments.append(.list(items))
            default: throw SnapshotRejection.malformed("argument")
            }
        }
        return Phrase(term, arguments: arguments)
    }

    mutating func optionalPhrase() throws -> Phrase? {
        try int() == 0 ? nil : try phrase()
    }
}
