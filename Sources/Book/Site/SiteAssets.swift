import Foundation

/// The book's stylesheet and search script, kept as files in `Resources/` (edited as CSS and JavaScript, not as
/// Swift strings) and copied into `docs/` unchanged. They use nothing outside the book: system fonts only, no
/// libraries.
enum SiteAssets {
    /// The files, by the name they have in `Resources/` and in `docs/`.
    static let names = ["style.css", "search.js"]

    /// The contents of each asset, read from the module's resource bundle.
    static func load() throws(DocsError) -> [String: String] {
        var assets: [String: String] = [:]
        for name in names {
            let url = URL(fileURLWithPath: name)
            guard
                let location = Bundle.module.url(
                    forResource: url.deletingPathExtension().lastPathComponent,
                    withExtension: url.pathExtension),
                let contents = try? String(contentsOf: location, encoding: .utf8)
            else {
                throw .io(
                    path: "Sources/Book/Resources/\(name)",
                    reason: "is missing from the Book module's resources; rebuild tutor")
            }
            assets[name] = contents
        }
        return assets
    }
}
