import Chapter10Suites
import Foundation
import Testing

/// The runner of the consensus-spec vectors (`ConsensusVectors` in `Tests/Suites/10-eip-4844`), which the learner's
/// chapter 10 tests and `EIP4844SuiteTests` run every vector through: broken vectors must be reported as harness
/// errors, never pass as expected rejections.
@Suite("EIP-4844 vector runner")
struct EIP4844ConformanceTests {
    /// A function folder with no cases is a harness error, not a pass: a renamed or missing folder must not turn
    /// into silently skipped vectors.
    @Test("a missing function folder is a harness error")
    func missingFunctionFolderFails() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("vectors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        for function in ConsensusVectors.functions {
            let (cases, problems) = ConsensusVectors.load(function, from: empty)
            #expect(cases.isEmpty)
            #expect(problems.count == 1 && problems[0].contains("no cases"))
        }
    }

    /// An input the runner cannot read is reported as a harness error even where the case expects a rejection:
    /// otherwise a typo in a key, or a vector the runner misreads, would pass as "rejected".
    @Test("a harness error is not counted as an expected rejection")
    func harnessErrorIsNotARejection() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vectors-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for function in ConsensusVectors.functions {
            let caseFolder = folder.appendingPathComponent("\(function)/kzg-mainnet/case_0")
            try FileManager.default.createDirectory(at: caseFolder, withIntermediateDirectories: true)
            try Data("input:\n  misspelled_blob: '0x00'\noutput: null\n".utf8)
                .write(to: caseFolder.appendingPathComponent("data.yaml"))
        }
        for function in ConsensusVectors.functions {
            let (cases, problems) = ConsensusVectors.load(function, from: folder)
            #expect(problems.isEmpty)
            #expect(cases.count == 1)
            for vector in cases {
                #expect(vector.expected == .rejected)
                let actual = ConsensusVectors.run(vector, on: ReferenceEIP4844())
                #expect(actual != vector.expected)
                #expect(actual.description.contains("harness error"))
            }
        }
    }

    /// Every one of the seven functions has valid vectors committed, and every one but `compute_challenge` (whose
    /// spec vectors are all valid inputs) invalid ones too.
    @Test("the committed vectors cover the seven functions")
    func committedVectorsCoverEveryFunction() {
        for function in ConsensusVectors.functions {
            let (cases, problems) = ConsensusVectors.load(function)
            #expect(problems.isEmpty, "\(problems)")
            #expect(cases.contains { $0.expected != .rejected }, "\(function) has no valid case")
            if function != "compute_challenge" {
                #expect(cases.contains { $0.expected == .rejected }, "\(function) has no invalid case")
            }
        }
    }
}
