import CSV
import Foundation

/// Why a CSV file was refused. Line numbers count from 1, the header being line 1.
public enum CSVProblem: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String)
    case noHeader(path: String)
    /// A record with another number of fields than the header.
    case fieldCount(line: Int, found: Int, expected: Int)
    /// Bytes that are not UTF-8, in the record that starts on `line`.
    case notText(line: Int)

    public var description: String {
        switch self {
        case .unreadable(let path): "cannot read \(path)"
        case .noHeader(let path): "\(path) has no header row"
        case .fieldCount(let line, let found, let expected):
            "malformed CSV at line \(line): \(found) fields where the header has \(expected)"
        case .notText(let line): "malformed CSV at line \(line): the bytes are not UTF-8 text"
        }
    }
}

/// The records of a CSV file, read one at a time through yaslab/CSV.swift from a stream: the file is never held
/// in memory whole. The first record is the header; every other record must have as many fields.
public final class CSVRows {
    public let header: [String]
    private let reader: CSVReader
    private let stream: InputStream
    /// The line the next record starts on.
    public private(set) var line = 2
    /// Records returned so far (the header not counted).
    public private(set) var count = 0
    /// An estimate of the bytes consumed, for the progress bar.
    public private(set) var bytesRead = 0

    public init(path: String) throws {
        // The notary's own line numbers are what errors name; CSV.swift's parser does the quoting rules.
        guard FileManager.default.isReadableFile(atPath: path), let stream = InputStream(fileAtPath: path) else {
            throw CSVProblem.unreadable(path: path)
        }
        self.stream = stream
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: true)
        } catch CSVError.unicodeDecoding {
            throw CSVProblem.notText(line: 1)
        } catch {
            throw CSVProblem.noHeader(path: path)
        }
        guard let header = reader.headerRow, !header.isEmpty else { throw CSVProblem.noHeader(path: path) }
        self.header = header
        line = 2 + Self.newlines(in: header)
    }

    deinit { stream.close() }

    /// The next record, nil at the end of the file.
    public func next() throws -> [String]? {
        // CSV.swift reports problems through `error`. Undecodable bytes are the only one about the file's content;
        // on Linux the end of the stream also shows up there, as `cannotReadFile`, and is not a problem.
        let record = reader.next()
        if case CSVError.unicodeDecoding? = reader.error { throw CSVProblem.notText(line: line) }
        guard let record else { return nil }
        // CSV.swift reads a blank last line as a record with one empty field.
        if record.count == 1 && record[0].isEmpty && header.count > 1 {
            if reader.next() == nil {
                if case CSVError.unicodeDecoding? = reader.error { throw CSVProblem.notText(line: line) }
                return nil
            }
            throw CSVProblem.fieldCount(line: line, found: 1, expected: header.count)
        }
        guard record.count == header.count else {
            throw CSVProblem.fieldCount(line: line, found: record.count, expected: header.count)
        }
        line += 1 + Self.newlines(in: record)
        count += 1
        for field in record { bytesRead += field.utf8.count + 1 }
        return record
    }

    /// Line ends inside quoted fields: a record spans that many more lines.
    private static func newlines(in record: [String]) -> Int {
        record.reduce(0) { $0 + $1.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
    }

    /// The bytes a row is committed as, the leaf data of its Merkle leaf: each field as a 4-byte big-endian length
    /// and its UTF-8 bytes, so that no two different rows (`a,bc` and `ab,c`) give the same bytes.
    public static func leafData(_ record: [String]) -> [UInt8] {
        var bytes = [UInt8]()
        bytes.reserveCapacity(record.reduce(0) { $0 + 4 + $1.utf8.count })
        for field in record {
            let length = UInt32(field.utf8.count)
            bytes.append(contentsOf: [
                UInt8(length >> 24), UInt8((length >> 16) & 0xff), UInt8((length >> 8) & 0xff), UInt8(length & 0xff),
            ])
            bytes.append(contentsOf: field.utf8)
        }
        return bytes
    }
}
