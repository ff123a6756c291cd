import FuzzSupport

// The parser and the writers are internal to Book; this target reaches them as its tests do.
@testable import Book

/// The book's TeX parser, `TeXParser.parse(_:display:)`, which reads every formula of the chapter text, and the two
/// writers of what it returns.
///
/// The input is a formula without its `$` delimiters (as UTF-8, invalid sequences replaced), parsed as inline and
/// as display math. Properties:
/// - an error points inside the formula (its offset is at most the formula's length in characters);
/// - a parsed formula renders to the terminal, and to MathML that is well-formed XML: every tag closed in order,
///   one `<math>` element, text and attribute values escaped, so no formula can inject markup into the book.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    check(inputBytes(data, size))
    return 0
}

func check(_ input: [UInt8]) {
    let source = String(decoding: input, as: UTF8.self)
    for display in [false, true] {
        do {
            let node = try TeXParser.parse(source, display: display)
            _ = MathTextWriter.text(for: node)
            let markup = MathMLWriter.markup(for: node, display: display)
            if let problem = xmlProblem(in: Array(markup.utf8)) {
                fatalError("the MathML of `\(source)` is not well-formed (\(problem)): \(markup)")
            }
        } catch {
            require(
                error.offset >= 0 && error.offset <= source.count,
                "an error at offset \(error.offset) in a formula of \(source.count) characters: \(error.message)")
        }
    }
}

/// Why `markup` is not a single well-formed XML element, or nil if it is. Enough of XML for what MathMLWriter
/// writes: elements with double-quoted attributes, text, and character references; no comments, CDATA or
/// declarations.
func xmlProblem(in markup: [UInt8]) -> String? {
    var openElements: [ArraySlice<UInt8>] = []
    var index = 0
    var elementsClosedAtTop = 0
    while index < markup.count {
        let byte = markup[index]
        if byte == UInt8(ascii: "<") {
            guard let end = markup[index...].firstIndex(of: UInt8(ascii: ">")) else { return "a tag is not closed" }
            let tag = markup[(index + 1)..<end]
            if tag.first == UInt8(ascii: "/") {
                let name = tag.dropFirst()
                guard let open = openElements.popLast(), open.elementsEqual(name) else {
                    return "`</\(String(decoding: name, as: UTF8.self))>` closes the wrong element"
                }
                if openElements.isEmpty { elementsClosedAtTop += 1 }
            } else {
                let selfClosing = tag.last == UInt8(ascii: "/")
                let body = selfClosing ? tag.dropLast() : tag
                let name = body.prefix { isNameByte($0) }
                guard !name.isEmpty else { return "a tag without a name" }
                if let problem = attributeProblem(in: body.dropFirst(name.count)) { return problem }
                if openElements.isEmpty && elementsClosedAtTop > 0 { return "more than one top-level element" }
                if selfClosing {
                    if openElements.isEmpty { elementsClosedAtTop += 1 }
                } else {
                    openElements.append(name)
                }
            }
            index = end + 1
        } else {
            if openElements.isEmpty { return "text outside the top-level element" }
            if byte == UInt8(ascii: ">") { return "an unescaped `>` in text" }
            if byte == UInt8(ascii: "&") {
                guard let length = referenceLength(markup[index...]) else { return "a bare `&` in text" }
                index += length
            } else {
                index += 1
            }
        }
    }
    if let open = openElements.last { return "`<\(String(decoding: open, as: UTF8.self))>` is never closed" }
    return elementsClosedAtTop == 1 ? nil : "no top-level element"
}

/// Checks ` name="value"` repeated, with escaped values.
private func attributeProblem(in attributes: ArraySlice<UInt8>) -> String? {
    var rest = attributes
    while !rest.isEmpty {
        guard rest.first == UInt8(ascii: " ") else { return "attributes not separated by a space" }
        rest = rest.dropFirst()
        let name = rest.prefix { isNameByte($0) }
        guard !name.isEmpty else { return "an attribute without a name" }
        rest = rest.dropFirst(name.count)
        guard rest.starts(with: "=\"".utf8) else { return "an attribute value not in double quotes" }
        rest = rest.dropFirst(2)
        guard let close = rest.firstIndex(of: UInt8(ascii: "\"")) else { return "an attribute value is not closed" }
        var value = rest[..<close]
        while let byte = value.first {
            if byte == UInt8(ascii: "<") { return "an unescaped `<` in an attribute value" }
            if byte == UInt8(ascii: "&") {
                guard let length = referenceLength(value) else { return "a bare `&` in an attribute value" }
                value = value.dropFirst(length)
            } else {
                value = value.dropFirst()
            }
        }
        rest = rest[(close + 1)...]
    }
    return nil
}

/// The length of the character reference (`&amp;`, `&#8722;`) at the start of `text`, or nil if there is none.
private func referenceLength(_ text: ArraySlice<UInt8>) -> Int? {
    for entity in ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"] where text.starts(with: entity.utf8) {
        return entity.utf8.count
    }
    guard text.dropFirst().first == UInt8(ascii: "#") else { return nil }
    let digits = text.dropFirst(2).prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    guard !digits.isEmpty, text.dropFirst(2 + digits.count).first == UInt8(ascii: ";") else { return nil }
    return 3 + digits.count
}

private func isNameByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: ":"):
        true
    default: false
    }
}

#if !FUZZING
    @main enum Replay {
        static func main() { replay(check) }
    }
#endif
