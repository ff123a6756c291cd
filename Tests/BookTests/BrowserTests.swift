import Foundation
import Testing
import WorkbookModel

@testable import Book

/// The book in a real browser: headless Chromium (Debian's `chromium`, installed here if missing) opens the pages
/// from `file://`, and the test reads the resulting DOM and Chromium's network log.
///
/// It checks the fixture book, which always has formulas and a known search term, and the workbook's committed
/// `docs/` when the workbook has chapters. Without Chromium the test fails; it never passes by skipping.
@Suite(.serialized) struct BrowserTests {
    @Test func fixtureBookRendersMathSearchesAndStaysOffline() throws {
        let browser = try #require(try Chromium.locateOrInstall())
        let fixture = try DocsFixture()
        defer { fixture.remove() }
        let docs = fixture.root.appendingPathComponent("docs")
        try fixture.build().write(to: docs)
        try checkBook(at: docs, catalog: fixture.catalog(), browser: browser)

        let search = try browser.load(docs.appendingPathComponent("search.html"), query: "q=zebrafish")
        #expect(resultLinks(in: search.dom) == ["01-sample-field.html#zebra-section"])
        let byHash = try browser.load(docs.appendingPathComponent("search.html"), fragment: "search=zebrafish")
        #expect(resultLinks(in: byHash.dom) == ["01-sample-field.html#zebra-section"])
        let allWords = try browser.load(docs.appendingPathComponent("search.html"), query: "q=Montgomery+zebrafish")
        #expect(resultLinks(in: allWords.dom).isEmpty, "every word must occur")
        #expect(allWords.dom.contains("Nothing in the book matches"))
        let twoWords = try browser.load(docs.appendingPathComponent("search.html"), query: "q=roots+unity")
        #expect(resultLinks(in: twoWords.dom).first == "02-second-chapter.html")
    }

    @Test func committedBookRendersMathSearchesAndStaysOffline() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("Chapters").path) else { return }
        let catalog = try Catalog(root: root)
        guard !catalog.chapters.isEmpty else { return }
        let browser = try #require(try Chromium.locateOrInstall())
        let docs = root.appendingPathComponent(BookBuilder.outputDirectory)
        try #require(
            FileManager.default.fileExists(atPath: docs.appendingPathComponent("index.html").path),
            "docs/ is missing: run `swift run tutor docs`")
        try checkBook(at: docs, catalog: catalog, browser: browser)
    }

    @Test func networkCheckCatchesAPageThatReachesOut() throws {
        // The control: a page that asks for an image over HTTP (from the discard port on this machine, so nothing
        // is sent anywhere even without the proxy that blocks it) must be reported.
        let browser = try #require(try Chromium.locateOrInstall())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "browser-control-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("control.html")
        try Data("<!DOCTYPE html><p>control</p><img src=\"http://127.0.0.1:9/probe.png\">".utf8).write(to: page)
        let load = try browser.load(page)
        #expect(load.pageRequests.contains("http://127.0.0.1:9/probe.png"))
    }

    /// Every chapter page shows MathML and no TeX, the index links every chapter, searching a word found in only
    /// one chapter links to that chapter, and no page asks for anything that is not a local file.
    private func checkBook(at docs: URL, catalog: Catalog, browser: Chromium) throws {
        let index = try browser.load(docs.appendingPathComponent("index.html"))
        #expect(index.pageRequests.isEmpty, "index.html requested \(index.pageRequests)")
        for chapter in catalog.chapters {
            let pageName = "\(chapter.folderName).html"
            #expect(index.dom.contains("href=\"\(pageName)\""), "index.html links to \(pageName)")

            let page = try browser.load(docs.appendingPathComponent(pageName))
            #expect(page.pageRequests.isEmpty, "\(pageName) requested \(page.pageRequests)")
            let text = Self.visibleText(of: page.dom)
            let leftoverTeX = text.matches(of: /\\[A-Za-z]{2,}|\$\$/).map { String($0.output) }
            #expect(leftoverTeX.isEmpty, "\(pageName) shows raw TeX: \(leftoverTeX.prefix(5))")
            let markdown = try String(
                contentsOf: catalog.root.appendingPathComponent(chapter.textPath), encoding: .utf8)
            if markdown.contains("$") {
                #expect(page.dom.contains("<math"), "\(pageName) has no MathML")
            }
            // Each recall answer sits folded in a <details> control, which works from file:// with no script:
            // closed on the chapter's page, one per question, its summary the only part shown.
            let recall = try ChapterQuestions(chapter: chapter, root: catalog.root).recall
            let folded = page.dom.matches(of: /<details><summary>Answer<\/summary>\s*<div class="recall-answer">/)
            #expect(
                folded.count == recall.count,
                "\(pageName): \(folded.count) folded answers for \(recall.count) questions")
            #expect(!page.dom.contains("<details open"), "\(pageName) shows an answer unfolded")
        }
        let records = try SearchIndex(
            documents: catalog.chapters.map { try ChapterDocument(chapter: $0, root: catalog.root) },
            glossary: []
        ).records
        for chapter in catalog.chapters {
            let place = "\(chapter.number). \(chapter.title)"
            guard let word = Self.wordOnlyIn(place: place, records: records) else {
                Issue.record("no word occurs only in chapter \(chapter.number), so search cannot be checked on it")
                continue
            }
            let search = try browser.load(docs.appendingPathComponent("search.html"), query: "q=\(word)")
            #expect(search.pageRequests.isEmpty, "search.html requested \(search.pageRequests)")
            let links = resultLinks(in: search.dom)
            #expect(
                !links.isEmpty && links.allSatisfy { $0.hasPrefix("\(chapter.folderName).html") },
                "searching \(word) gave \(links)")
        }
    }

    private func resultLinks(in dom: String) -> [String] {
        dom.matches(of: /<a class="search-result-title" href="([^"]*)"/).map { String($0.output.1) }
    }

    /// The longest word of a chapter's text that no other chapter (nor the glossary) contains.
    private static func wordOnlyIn(place: String, records: [SearchIndex.Record]) -> String? {
        func words(_ text: String) -> Set<String> {
            Set(
                text.lowercased().split { !$0.isLetter }.map(String.init).filter {
                    $0.count >= 6 && $0.allSatisfy(\.isASCII)
                })
        }
        let here = records.filter { $0.place == place }.reduce(into: Set<String>()) {
            $0.formUnion(words($1.title + " " + $1.text))
        }
        let elsewhere = records.filter { $0.place != place }.map { ($0.title + " " + $0.text).lowercased() }
        return here.filter { word in !elsewhere.contains { $0.contains(word) } }
            .sorted { ($0.count, $1) > ($1.count, $0) }.first
    }

    /// The text a reader sees, without code (where `$` and backslashes are Swift, not TeX).
    private static func visibleText(of dom: String) -> String {
        dom.replacing(/<(pre|code|script|style)\b.*?<\/\1>/.dotMatchesNewlines(), with: " ")
            .replacing(/<[^>]*>/, with: " ")
    }
}

/// Headless Chromium, run once per page load with a fresh profile, its network log on, and a proxy that
/// refuses every connection, so that whatever a page asks for, nothing leaves the machine.
struct Chromium {
    let executable: URL

    struct Load {
        /// The DOM after scripts ran.
        let dom: String
        /// URLs the page asked for that are not local files (nor `data:`, `about:`, `blob:`).
        let pageRequests: [String]
    }

    /// Chromium from `PATH`, or installed with apt-get; nil, with the reason recorded, when neither works.
    static func locateOrInstall() throws -> Chromium? {
        if let found = locate() { return Chromium(executable: found) }
        let install =
            "apt-get install -y --no-install-recommends chromium || (apt-get update && apt-get install -y --no-install-recommends chromium)"
        let result = try run(
            URL(fileURLWithPath: "/bin/sh"), ["-c", install],
            environment: ["DEBIAN_FRONTEND": "noninteractive"], timeout: 900)
        if let found = locate() { return Chromium(executable: found) }
        Issue.record(
            """
            Chromium is needed for this test and could not be installed (apt-get exit \(result.status)). \
            Install Debian's `chromium` package. \(result.output.suffix(600))
            """)
        return nil
    }

    private static func locate() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":").map(String.init) + ["/usr/bin"] {
            for name in ["chromium", "chromium-browser"] {
                let candidate = URL(fileURLWithPath: directory).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    func load(_ page: URL, query: String? = nil, fragment: String? = nil) throws -> Load {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let netLog = scratch.appendingPathComponent("net-log.json")
        var address = page.absoluteString
        if let query { address += "?" + query }
        if let fragment { address += "#" + fragment }
        let arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-extensions",
            "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
            "--user-data-dir=\(scratch.appendingPathComponent("profile").path)",
            "--log-net-log=\(netLog.path)", "--net-log-capture-mode=Default",
            "--virtual-time-budget=5000", "--dump-dom", address,
        ]
        let result = try Self.run(executable, arguments, environment: [:], timeout: 120, stdoutOnly: true)
        guard result.status == 0, result.output.contains("<html") else {
            throw BrowserError.failed("chromium exited \(result.status) on \(address): \(result.output.suffix(400))")
        }
        return Load(dom: result.output, pageRequests: try Self.pageRequests(inNetLog: netLog))
    }

    /// Requests a page started (Chromium's own background requests have no initiating origin) for anything
    /// other than a local file.
    static func pageRequests(inNetLog url: URL) throws -> [String] {
        let data = try Data(contentsOf: url)
        guard let log = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let constants = log["constants"] as? [String: Any],
            let eventTypes = constants["logEventTypes"] as? [String: Int],
            let startJob = eventTypes["URL_REQUEST_START_JOB"],
            let events = log["events"] as? [[String: Any]]
        else {
            throw BrowserError.failed("the network log at \(url.path) is not in the expected shape")
        }
        var requests: [String] = []
        for event in events where event["type"] as? Int == startJob {
            guard let parameters = event["params"] as? [String: Any],
                let address = parameters["url"] as? String
            else { continue }
            let initiator = parameters["initiator"] as? String ?? ""
            let isLocal = ["file:", "data:", "about:", "blob:"].contains { address.hasPrefix($0) }
            if !isLocal && initiator != "not an origin" { requests.append(address) }
        }
        return requests
    }

    private static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String],
        timeout: TimeInterval, stdoutOnly: Bool = false
    ) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("process-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = stdoutOnly ? FileHandle.nullDevice : handle
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw BrowserError.failed("\(executable.lastPathComponent) did not finish within \(Int(timeout)) s")
        }
        try handle.close()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: output), as: UTF8.self))
    }
}

enum BrowserError: Error, CustomStringConvertible {
    case failed(String)

    var description: String {
        switch self {
        case .failed(let reason): reason
        }
    }
}
