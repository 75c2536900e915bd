import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who is saving an entry (`entered_by`): the login name, plus the SSH client's key fingerprint
/// when sshd exposes it (`ExposeAuthInfo yes` puts the authentication details in the file named
/// by `$SSH_USER_AUTH`), else the login name alone.
public enum EntryAuthor {
    /// The author of this process's entries, worked out once.
    public static let current: String = describe(environment: ProcessInfo.processInfo.environment)

    /// `login` or `login (SHA256:…)`.
    public static func describe(environment: [String: String]) -> String {
        let login = loginName(environment: environment)
        guard let file = environment["SSH_USER_AUTH"], !file.isEmpty,
              let text = try? String(contentsOfFile: file, encoding: .utf8),
              let fingerprint = fingerprint(authInfo: text) else { return login }
        return "\(login) (\(fingerprint))"
    }

    /// The login name of the real user id, else `$USER`/`$LOGNAME`, else `uid N`.
    static func loginName(environment: [String: String]) -> String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            let text = String(cString: name)
            if !text.isEmpty { return text }
        }
        for key in ["USER", "LOGNAME"] { if let name = environment[key], !name.isEmpty { return name } }
        return "uid \(getuid())"
    }

    /// The SHA-256 fingerprint (as `ssh-keygen -l` prints it: `SHA256:` and unpadded base64) of the
    /// first public key in sshd's authentication details (`publickey ssh-ed25519 AAAA…` lines).
    static func fingerprint(authInfo: String) -> String? {
        for line in authInfo.split(whereSeparator: \.isNewline) {
            let parts = line.split(separator: " ")
            guard parts.count >= 3, parts[0] == "publickey", let blob = Data(base64Encoded: String(parts[2])) else { continue }
            return "SHA256:" + SHA256.digest(Array(blob)).base64EncodedString().replacingOccurrences(of: "=", with: "")
        }
        return nil
    }
}
