import ChisoCore
import Foundation

/// Why a meeting could not start.
public struct MeetingError: Error, CustomStringConvertible {
    /// What went wrong, as a glossary phrase (the command words it in its language).
    public let phrase: Phrase
    public init(_ phrase: Phrase) { self.phrase = phrase }

    public var description: String { phrase.text(.en) }
}

/// The folder that holds meeting sockets (`NAME.sock`). Who may follow or present is decided by
/// this folder's owner, group and mode, and the sockets' (group read-write): see Docs/meeting.md.
///
/// The default, when `--meeting-dir` is not given, is `$CHISO_MEETING_DIR`, else
/// `/tmp/chiso-meetings-GROUP` for the user's primary group: every member of that group shares it.
/// A folder that anyone may write into (mode o+w, like /tmp itself) is refused, as is a default
/// folder that is a symbolic link or belongs to neither the user nor the group: anyone else could
/// have put a false presenter in it.
public struct MeetingFolder: Sendable {
    public let path: String
    /// True for the default folder (created when missing, mode 2770).
    public let isDefault: Bool

    public init(path: String?) {
        if let path {
            self.path = path
            isDefault = false
        } else {
            self.path = MeetingFolder.defaultPath()
            isDefault = true
        }
    }

    /// `$CHISO_MEETING_DIR`, else `/tmp/chiso-meetings-GROUP`.
    public static func defaultPath() -> String {
        if let dir = ProcessInfo.processInfo.environment["CHISO_MEETING_DIR"], !dir.isEmpty { return dir }
        let gid = getgid()
        let group = getgrgid(gid).flatMap { $0.pointee.gr_name.map { String(cString: $0) } } ?? String(gid)
        return "/tmp/chiso-meetings-" + group
    }

    /// A meeting name: letters, digits, `.`, `_`, `-`, at most 64 characters, not starting with `.`.
    public static func check(name: String) throws {
        let allowed = name.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
        guard !name.isEmpty, name.count <= 64, allowed, !name.hasPrefix(".") else {
            throw MeetingError(Phrase(.meetingBadName, "\(name)"))
        }
    }

    public func socketPath(_ name: String) -> String { (path as NSString).appendingPathComponent(name + ".sock") }

    /// Makes the default folder when it is missing and checks the folder may be trusted.
    public func prepare() throws {
        var st = stat()
        if lstat(path, &st) != 0 {
            guard isDefault else { throw MeetingError(Phrase(.meetingNoFolder, "\(path)")) }
            let old = umask(0)
            defer { umask(old) }
            if mkdir(path, 0o2770) != 0 && errno != EEXIST {
                throw MeetingError(Phrase(.meetingCannotMakeFolder, "\(path)", "\(String(cString: strerror(errno)))"))
            }
            guard lstat(path, &st) == 0 else { throw MeetingError(Phrase(.meetingCannotReadFolder, "\(path)")) }
        }
        guard (st.st_mode & S_IFMT) == S_IFDIR else {
            throw MeetingError(Phrase(isDefault ? .meetingNotAFolderLink : .meetingNotAFolder, "\(path)"))
        }
        guard st.st_mode & 0o002 == 0 else {
            throw MeetingError(Phrase(.meetingWritableByAnyone, "\(path)", "\(String(st.st_mode & 0o7777, radix: 8))"))
        }
        if isDefault, st.st_uid != getuid(), st.st_gid != getgid() {
            throw MeetingError(Phrase(.meetingOtherOwner, "\(path)"))
        }
        let socket = socketPath("x")
        guard socket.utf8.count < 100 else { throw MeetingError(Phrase(.meetingPathTooLong, "\(path)")) }
    }
}
