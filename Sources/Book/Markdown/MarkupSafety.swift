/// What chapter text may hold besides Markdown. The book is opened from disk and trusted like a local file, so a
/// chapter (or a contribution to one) must not be able to run code in the reader's browser: no `<script>` or
/// other element that runs or loads something, no event-handler attribute, and links only to web, mail or
/// relative addresses. Ink copies raw HTML and link addresses into the page as they are, so the rules are
/// checked on the Markdown, where the file and line are known, and again on the HTML Ink makes of it, which is
/// what the browser reads (Ink may take text the Markdown rules call code as HTML, e.g. inside `<details>`).
enum MarkupSafety {
    /// The HTML elements chapter text may use: formatting, lists, tables, links and images, and the markup Ink
    /// itself writes (the HTML it makes is checked before formulas go in, so MathML never needs a place here).
    /// Anything else, `<script>`, `<iframe>`, `<style>` or a `<y` meant as "less than y", is refused: the first
    /// would run or load something, the last would hide the text after it.
    static let allowedElements: Set<String> = [
        "a", "abbr", "aside", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
        "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
        "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "section", "small", "span",
        "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var",
        "wbr",
    ]

    /// Attributes whose value a browser follows or loads as an address.
    static let addressAttributes: Set<String> = [
        "href", "src", "action", "formaction", "xlink:href", "poster", "background", "data", "srcset", "cite",
        "ping", "lowsrc", "dynsrc",
    ]

    /// Schemes a link may use; anything else (`javascript:`, `vbscript:`, `data:`, `file:`) is refused.
    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// Why `address` may not be a link, or nil when it may. The address is read the way a browser reads an
    /// attribute value: character references decoded (with or without their `;`), tabs, newlines and other
    /// control characters dropped, case ignored. Backslashes go too, since Markdown escapes may drop them, and
    /// so does Markdown's `<…>` around an address.
    static func problem(withAddress address: String) -> String? {
        var decoded = ""
        var characters = Array(address)[...]
        while let character = characters.first {
            characters = characters.dropFirst()
            guard character == "&" else {
                decoded.append(character)
                continue
            }
            guard let (replacement, length) = characterReference(in: characters) else {
                return
                    "a link address may not hold the character reference `&\(String(characters.prefix { $0 != ";" }));`; "
                    + "write the character itself"
            }
            decoded += replacement
            characters = characters.dropFirst(length)
        }
        // Markdown may wrap an address in `<…>`.
        let normalised = String(
            decoded.unicodeScalars.filter { $0.value > 0x20 && $0 != "\u{7F}" && $0 != "\\" }
                .map(Character.init)
        ).lowercased().drop { $0 == "<" }
        guard let colon = normalised.firstIndex(of: ":") else { return nil }
        let scheme = normalised[..<colon]
        // A colon after a `/`, `?` or `#` belongs to a path, a query or a fragment, not to a scheme.
        guard let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else {
            return nil
        }
        guard allowedSchemes.contains(String(scheme)) else {
            return "links to `\(scheme):` addresses are not allowed; use http, https, mailto or a relative address"
        }
        return nil
    }

    /// The character a reference after `&` stands for and how many characters it takes, `;` included when
    /// present; nil for a named reference the book does not know. A lone `&` stands for itself.
    private static func characterReference(in text: ArraySlice<Character>) -> (String, Int)? {
        if text.first == "#" {
            let isHex = text.dropFirst().first.map { $0 == "x" || $0 == "X" } ?? false
            let digits = text.dropFirst(isHex ? 2 : 1).prefix { $0.isHexDigit && (isHex || $0.isNumber) }
            // Browsers accept any run of zeros before the digits; overlong values become U+FFFD.
            let value = UInt32(String(digits.drop { $0 == "0" }.prefix(8)), radix: isHex ? 16 : 10) ?? 0xFFFD
            let length = (isHex ? 2 : 1) + digits.count
            guard !digits.isEmpty else { return ("&", 0) }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            return (String(scalar), length + (text.dropFirst(length).first == ";" ? 1 : 0))
        }
        let name = text.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard !name.isEmpty, text.dropFirst(name.count).first == ";" else { return ("&", 0) }
        let known: [String: String] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "colon": ":",
            "tab": "\t", "newline": "\n", "sol": "/", "num": "#", "quest": "?", "period": ".", "lpar": "(",
            "rpar": ")", "equals": "=", "percnt": "%", "commat": "@",
        ]
        guard let replacement = known[String(name).lowercased()] else { return nil }
        return (replacement, name.count + 1)
    }

    /// Checks the raw HTML tag (or `<scheme:…>` autolink) starting at `start`, which holds `<`. Returns why it is
    /// not allowed, or nil; text such as `a < b` is not a tag and passes.
    static func problem(withTagAt start: Int, in characters: [Character]) -> String? {
        var position = start + 1
        if position < characters.count, characters[position] == "/" { position += 1 }
        let nameStart = position
        while position < characters.count,
            characters[position].isASCII
                && (characters[position].isLetter || characters[position].isNumber
                    || "-+.".contains(characters[position]))
        {
            position += 1
        }
        guard position > nameStart, characters[nameStart].isASCII, characters[nameStart].isLetter else { return nil }
        let name = String(characters[nameStart..<position]).lowercased()
        if position < characters.count, characters[position] == ":" {
            // An autolink, which Ink takes for an HTML element that swallows the text after it.
            return "`<\(name):…>` autolinks are not supported; write `[text](address)`"
        }
        guard allowedElements.contains(name) else {
            return "raw `<\(name)>` is not allowed in chapter text (write `&lt;` for a less-than sign, and show HTML "
                + "as code, in backticks)"
        }
        for (attribute, value) in attributes(from: position, in: characters) {
            if attribute.hasPrefix("on") {
                return "the event-handler attribute `\(attribute)` is not allowed in chapter text"
            }
            if addressAttributes.contains(attribute), let value, let problem = problem(withAddress: value) {
                return problem
            }
        }
        return nil
    }

    /// The attributes of a tag whose name ends at `start`, names lowercased, up to its `>`.
    private static func attributes(from start: Int, in characters: [Character]) -> [(String, String?)] {
        var attributes: [(String, String?)] = []
        var position = start
        func skipSpace() {
            while position < characters.count, characters[position].isWhitespace || characters[position] == "/" {
                position += 1
            }
        }
        while true {
            skipSpace()
            guard position < characters.count, characters[position] != ">" else { return attributes }
            let nameStart = position
            // An HTML parser takes a leading `=` as part of the name; everything up to space, `/`, `>` or `=`.
            position += 1
            while position < characters.count, !characters[position].isWhitespace,
                !"/>=".contains(characters[position])
            {
                position += 1
            }
            let name = String(characters[nameStart..<position]).lowercased()
            while position < characters.count, characters[position].isWhitespace { position += 1 }
            guard position < characters.count, characters[position] == "=" else {
                attributes.append((name, nil))
                continue
            }
            position += 1
            while position < characters.count, characters[position].isWhitespace { position += 1 }
            var value = ""
            if position < characters.count, characters[position] == "\"" || characters[position] == "'" {
                let quote = characters[position]
                position += 1
                while position < characters.count, characters[position] != quote {
                    value.append(characters[position])
                    position += 1
                }
                position += 1
            } else {
                while position < characters.count, !characters[position].isWhitespace, characters[position] != ">" {
                    value.append(characters[position])
                    position += 1
                }
            }
            attributes.append((name, value))
        }
    }

    /// Checks a Markdown link's address, `…` in `[text](…)` or `![alt](…)`, starting at `start`. Ink writes it
    /// into `href="…"` unescaped, so besides the scheme rule a `"` (which would end the attribute) is refused.
    static func problem(withLinkAddressAt start: Int, in characters: [Character]) -> String? {
        // As Ink reads it: up to the `)` that balances the opening one, on this line.
        var depth = 0
        var position = start
        while position < characters.count, characters[position] != "\n" {
            if characters[position] == "(" { depth += 1 }
            if characters[position] == ")" {
                if depth == 0 { break }
                depth -= 1
            }
            position += 1
        }
        let address = String(characters[start..<position])
        if address.contains("\"") {
            return "a link address may not contain `\"` (Markdown link titles are not supported); write %22"
        }
        return problem(withAddress: address)
    }
}
