import Foundation
import Testing

@testable import WorkbookModel

@Suite struct StubDerivationTests {
    @Test func replacesEachMarkedRegionWithOneLineAtTheMarkersIndentation() throws {
        let solution = """
            import ExerciseSupport

            /// Adds.
            public func add(_ a: UInt64, _ b: UInt64) -> UInt64 {
                // BEGIN SOLUTION
                let sum = a &+ b
                return sum
                // END SOLUTION
            }

            extension Thing {
                func twice() -> Int {
                        // BEGIN SOLUTION
                    return 2 * value
                        // END SOLUTION
                }
            }

            """
        let expected = """
            import ExerciseSupport

            /// Adds.
            public func add(_ a: UInt64, _ b: UInt64) -> UInt64 {
                unimplemented()
            }

            extension Thing {
                func twice() -> Int {
                        unimplemented()
                }
            }

            """
        #expect(try StubDerivation.stub(fromSolution: solution, fileName: "Add.swift") == expected)
    }

    @Test func keepsTabsCarriageReturnsAndAMissingFinalNewline() throws {
        let solution = "func f() {\r\n\t// BEGIN SOLUTION\r\n\treturn\r\n\t// END SOLUTION\r\n}"
        #expect(
            try StubDerivation.stub(fromSolution: solution, fileName: "F.swift")
                == "func f() {\r\n\tunimplemented()\r\n}")
    }

    @Test func leavesMarkerLookalikesAlone() throws {
        // Only a line that is exactly the marker counts; a comment that mentions it is ordinary text.
        let solution = """
            // The learner writes what is between // BEGIN SOLUTION and its end.
            func f() {
                // BEGIN SOLUTION
                g()
                // END SOLUTION
            }
            """
        let stub = try StubDerivation.stub(fromSolution: solution, fileName: "F.swift")
        #expect(stub.hasPrefix("// The learner writes what is between // BEGIN SOLUTION and its end.\n"))
        #expect(!stub.contains("g()"))
    }

    @Test func rejectsABeginWithoutEnd() {
        #expect(throws: StubDerivationError.beginWithoutEnd(file: "F.swift", line: 2)) {
            try StubDerivation.stub(fromSolution: "func f() {\n  // BEGIN SOLUTION\n  g()\n}\n", fileName: "F.swift")
        }
    }

    @Test func rejectsAnEndWithoutBegin() {
        #expect(throws: StubDerivationError.endWithoutBegin(file: "F.swift", line: 3)) {
            try StubDerivation.stub(fromSolution: "func f() {\n  g()\n  // END SOLUTION\n}\n", fileName: "F.swift")
        }
    }

    @Test func rejectsNestedRegions() {
        let solution = "// BEGIN SOLUTION\na\n// BEGIN SOLUTION\nb\n// END SOLUTION\n// END SOLUTION\n"
        #expect(throws: StubDerivationError.nestedBegin(file: "F.swift", line: 3, openedAt: 1)) {
            try StubDerivation.stub(fromSolution: solution, fileName: "F.swift")
        }
    }

    @Test func rejectsASolutionWithNothingToWrite() {
        #expect(throws: StubDerivationError.noMarkedRegion(file: "F.swift")) {
            try StubDerivation.stub(fromSolution: "func f() {}\n", fileName: "F.swift")
        }
    }

    @Test func aGivenFileWithoutRegionsIsItsOwnStub() throws {
        let given = "public struct U256 {\n    var limbs: [UInt64]\n}\n"
        #expect(try StubDerivation.stub(fromSolution: given, fileName: "U256.swift", requiresRegion: false) == given)
    }
}

@Suite struct ConfigurationStubDerivationTests {
    @Test func aConfigurationFilesRegionBecomesAPlaceholderCommentWithItsSign() throws {
        let solution = """
            # Listen on loopback.
            # BEGIN SOLUTION
            http:
              host: 127.0.0.1
            # END SOLUTION

            """
        let stub = try StubDerivation.stub(fromSolution: solution, fileName: "service.yaml")
        #expect(stub == "# Listen on loopback.\n# TODO: not written yet\n")
        #expect(
            StubDerivation.officialText(ofSolution: solution, fileName: "service.yaml")
                == "# Listen on loopback.\nhttp:\n  host: 127.0.0.1\n")
    }

    @Test func aJSONFileUsesSlashMarkersAndItsOfficialTextIsJSON() throws {
        let solution = """
            {
              "panels": [
                // BEGIN SOLUTION
                {"id": 1}
                // END SOLUTION
              ]
            }

            """
        let stub = try StubDerivation.stub(fromSolution: solution, fileName: "dashboard.json")
        #expect(stub == "{\n  \"panels\": [\n    // TODO: not written yet\n  ]\n}\n")
        let official = StubDerivation.officialText(ofSolution: solution, fileName: "dashboard.json")
        #expect((try? JSONSerialization.jsonObject(with: Data(official.utf8))) != nil)
    }

    @Test func aSwiftSolutionKeepsItsMarkersAndAHashLineIsNoMarkerThere() throws {
        let solution = "func f() {\n    // BEGIN SOLUTION\n    g()\n    // END SOLUTION\n}\n"
        #expect(StubDerivation.officialText(ofSolution: solution, fileName: "F.swift") == solution)
        #expect(throws: StubDerivationError.noMarkedRegion(file: "F.swift")) {
            try StubDerivation.stub(fromSolution: "# BEGIN SOLUTION\nx\n# END SOLUTION\n", fileName: "F.swift")
        }
    }

    @Test func unbalancedConfigurationMarkersAreErrors() {
        #expect(throws: StubDerivationError.beginWithoutEnd(file: "a.yaml", line: 1)) {
            try StubDerivation.stub(fromSolution: "# BEGIN SOLUTION\nx: 1\n", fileName: "a.yaml")
        }
        #expect(throws: StubDerivationError.endWithoutBegin(file: "a.yaml", line: 2)) {
            try StubDerivation.stub(fromSolution: "x: 1\n# END SOLUTION\n", fileName: "a.yaml")
        }
    }
}
