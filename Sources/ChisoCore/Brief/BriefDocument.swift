import Foundation

/// A piece of a paragraph of the brief: text, or the mark of a footnote (an index into `BriefDocument.footnotes`).
public enum DocInline: Sendable, Equatable {
    case text(String)
    case note(Int)
}

/// One row of the indicator table; empty cells hold `BriefDocument.noFigure`. A figure cell may have a second line
/// after "\n" (the as-of date of a value that stops before its period ends, "(đến 20/5)"); the writers break the line
/// there (Markdown, whose table cells have one line, writes a space).
public struct BriefTableRow: Sendable, Equatable {
    public var number: String
    public var indicator: String
    public var notes: [Int]
    public var unit: String
    public var plan: String
    public var month: String
    public var ytd: String
    public var change: String
    public var share: String

    /// The cells after the indicator's name, in column order.
    public var figures: [String] { [unit, plan, month, ytd, change, share] }
}

/// A resolution or conclusion with the province's implementation items.
public struct BriefResolution: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var title: String
        public var lead: String
        public var due: String
        public var status: String
        public var notes: [Int]
    }

    public var title: String
    public var items: [Item]
}

/// A chart of the brief: categories along the bottom, one or more series, drawn as columns (or a line for a
/// reference such as the year's estimate).
public struct BriefChart: Sendable, Equatable {
    public struct Series: Sendable, Equatable {
        public var name: String
        public var values: [Double?]
        public var isLine: Bool
    }

    public var title: String
    public var categories: [String]
    public var series: [Series]
    /// The axis unit, said in the title; "%" draws labels with a percent sign.
    public var isPercent: Bool
}

/// The meeting brief as a document: everything the writers (docx, html, md) lay out, already in words of the
/// brief's language. The writers add no words of their own, so the three formats say the same thing.
public struct BriefDocument: Sendable, Equatable {
    /// What an empty table cell holds.
    public static let noFigure = "-"
    /// A visibly empty place for the office to fill in by hand.
    public static let blank = "……………"

    public var lang: Language
    public var layout: OfficeProfile.Layout
    /// Heading, left: the parent body (may be empty), the issuing body, the number line.
    public var parentBody: String?
    public var issuingBody: String
    public var numberLine: String
    /// Heading, right: the Party's name, or the national name and motto.
    public var rightTop: String
    public var rightBottom: String?
    public var dateLine: String
    public var documentType: String
    public var summary: String

    public var resultsHeading: String
    public var results: [[DocInline]]
    public var tableTitle: String
    public var tableHeader: [String]
    public var table: [BriefTableRow]
    public var chartsHeading: String
    public var charts: [BriefChart]
    public var resolutionsHeading: String
    public var itemHeader: [String]
    public var resolutions: [BriefResolution]
    /// Paragraphs under the resolutions heading when no item is known.
    public var resolutionsEmpty: String?
    /// The sections the office writes itself: headings only, left empty.
    public var officeSections: [String]
    public var officeNote: String

    public var recipientsLabel: String
    public var recipients: [String]
    public var signer: [String]
    public var signerName: String

    /// The footnotes, numbered from 1 in order of first mark.
    public var footnotes: [String]
}
