/// Writes a `MathNode` as plain Unicode text (`x²`, `a·b ≡ c (mod p)`, `[τ]₁`), for the terminal reader and
/// for the search index, where MathML cannot go.
///
/// On one line (`.inline`) a matrix reads `(a  b; c  d)`. Laid out for a display formula (`.display`), matrices,
/// `cases` and aligned equations take one line per row, their columns aligned and their brackets drawn tall with
/// Unicode's bracket pieces (U+239B to U+23AD); the rest of the formula sits on their middle row.
enum MathTextWriter {
    enum Layout { case inline, display }

    static func text(for node: MathNode, layout: Layout = .inline) -> String {
        let box = Writer(layout: layout).box(node)
        return box.lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }

    /// Lines of text, all as wide as the widest, and the line a neighbour in the same row is written on.
    struct TextBox {
        var lines: [String]
        var baseline: Int

        init(_ text: String) {
            lines = [text]
            baseline = 0
        }

        init(lines: [String], baseline: Int) {
            let width = lines.map(Self.width).max() ?? 0
            self.lines = lines.map { $0 + String(repeating: " ", count: width - Self.width($0)) }
            self.baseline = baseline
        }

        var width: Int { lines.first.map(Self.width) ?? 0 }
        var isSingleLine: Bool { lines.count == 1 }
        var line: String { lines[baseline] }

        /// Columns a line takes in a terminal: combining marks (accents) take none.
        static func width(_ text: String) -> Int {
            text.unicodeScalars.filter { ![.nonspacingMark, .enclosingMark].contains($0.properties.generalCategory) }
                .count
        }

        /// `self` followed by `other` on the same baseline.
        func followed(by other: TextBox) -> TextBox {
            if isSingleLine && other.isSingleLine { return TextBox(line + other.line) }
            let above = max(baseline, other.baseline)
            let below = max(lines.count - baseline, other.lines.count - other.baseline)
            func padded(_ box: TextBox) -> [String] {
                let blank = String(repeating: " ", count: box.width)
                return Array(repeating: blank, count: above - box.baseline) + box.lines
                    + Array(repeating: blank, count: below - (box.lines.count - box.baseline))
            }
            return TextBox(lines: zip(padded(self), padded(other)).map { $0 + $1 }, baseline: above)
        }

        /// The box between delimiters drawn as tall as it is.
        func fenced(open: String?, close: String?) -> TextBox {
            let left = TextBox.delimiter(open, height: lines.count, isOpening: true, baseline: baseline)
            let right = TextBox.delimiter(close, height: lines.count, isOpening: false, baseline: baseline)
            return left.followed(by: self).followed(by: right)
        }

        private static func delimiter(_ symbol: String?, height: Int, isOpening: Bool, baseline: Int) -> TextBox {
            guard let symbol else { return TextBox("") }
            guard height > 1 else { return TextBox(symbol) }
            // Top, middle (for braces), extension and bottom pieces.
            let pieces: (String, String, String, String)? =
                switch symbol {
                case "(": ("⎛", "⎜", "⎜", "⎝")
                case ")": ("⎞", "⎟", "⎟", "⎠")
                case "[": ("⎡", "⎢", "⎢", "⎣")
                case "]": ("⎤", "⎥", "⎥", "⎦")
                case "{": ("⎧", "⎨", "⎪", "⎩")
                case "}": ("⎫", "⎬", "⎪", "⎭")
                case "|", "‖": (symbol, symbol, symbol, symbol)
                default: nil
                }
            guard let pieces else {
                return TextBox(lines: Array(repeating: symbol, count: height), baseline: baseline)
            }
            let lines = (0..<height).map { row in
                row == 0
                    ? pieces.0
                    : row == height - 1
                        ? pieces.3
                        : row == (height - 1) / 2 && height > 2 ? pieces.1 : pieces.2
            }
            return TextBox(lines: lines, baseline: baseline)
        }
    }

    fileprivate struct Writer {
        let layout: Layout

        /// One line of text, whatever the layout: for scripts, fractions and roots, which stay on one line.
        private func flat(_ node: MathNode) -> String {
            Writer(layout: .inline).box(node).line
        }

        func box(_ node: MathNode) -> TextBox {
            switch node {
            case .row(let children): return row(children)
            case .fenced(let open, let close, let body): return box(body).fenced(open: open, close: close)
            case .table(let rows, let alignments, let open, let close): return table(rows, alignments, open, close)
            case .displayStyle(_, let body): return box(body)
            default: return TextBox(flat(leaf: node))
            }
        }

        private func flat(leaf node: MathNode) -> String {
            switch node {
            case .identifier(let name, _): return name
            case .number(let digits): return digits
            case .symbol(let symbol, _): return symbol
            case .text(let text): return text
            case .space(let width): return width >= 1.5 ? "  " : width > 0 ? " " : ""
            case .scripts(let base, let sub, let sup, _):
                return flat(base) + (sub.map { script($0, map: MathTextWriter.subscripts, marker: "_") } ?? "")
                    + (sup.map { script($0, map: MathTextWriter.superscripts, marker: "^") } ?? "")
            case .fraction(let numerator, let denominator, let hasRule):
                return hasRule
                    ? grouped(numerator) + "/" + grouped(denominator)
                    : flat(numerator) + " " + flat(denominator)
            case .root(let radicand, let index):
                return (index.map { script($0, map: MathTextWriter.superscripts, marker: "^") } ?? "") + "√"
                    + grouped(radicand)
            case .accent(let base, let mark, let over, _):
                let baseText = flat(base)
                guard case .symbol(let symbol, _) = mark else {
                    return over ? "\(flat(mark))(\(baseText))" : "(\(baseText))\(flat(mark))"
                }
                // A brace over or under a term carries a label, which follows it as a script.
                if ["⏞", "⏟"].contains(symbol) { return grouped(base) }
                guard let combining = MathTextWriter.combiningMarks[symbol + (over ? "" : "under")],
                    baseText.count == 1 || symbol == "‾" || !over
                else {
                    return over ? "\(symbol)(\(baseText))" : "(\(baseText))\(symbol)"
                }
                return baseText.map { String($0) + combining }.joined()
            case .sizedDelimiter(let symbol, _): return symbol
            case .row, .fenced, .table, .displayStyle: return box(node).line
            }
        }

        /// Spaces operators the way TeX does, in characters: relations and most binary operators get a space
        /// each side, a binary operator with nothing on its left is a sign.
        private func row(_ children: [MathNode]) -> TextBox {
            var result = TextBox("")
            var pendingSpaces = 0
            var previous: MathNode?
            func append(_ box: TextBox, spaced: Bool) {
                if spaced, pendingSpaces > 0 {
                    result = result.followed(by: TextBox(String(repeating: " ", count: pendingSpaces)))
                }
                result = result.followed(by: box)
            }
            for (index, child) in children.enumerated() {
                if case .space(let width) = child {
                    pendingSpaces += width >= 1.5 ? 2 : width > 0 ? 1 : 0
                    continue
                }
                let role: OperatorRole? =
                    switch child {
                    case .symbol(_, let role): role
                    case .scripts(.symbol(_, let role), _, _, _): role
                    default: nil
                    }
                var rendered = box(child)
                // A fraction on one line before a factor needs brackets: `(b/c)(n + 1)`, not `b/c(n + 1)`.
                if case .fraction(_, _, true) = child, index + 1 < children.count,
                    children[index + 1].startsOperand || children[index + 1].startsWithBracket
                {
                    rendered = TextBox("(" + rendered.line + ")")
                }
                switch role {
                case .binary where rendered.line == "·":
                    append(rendered, spaced: true)
                    pendingSpaces = 0
                case .binary where previous?.isOperand == true, .relation, .word:
                    pendingSpaces = 1
                    append(rendered, spaced: true)
                    pendingSpaces = 1
                case .punctuation:
                    append(rendered, spaced: false)
                    pendingSpaces = 1
                case .largeOperator:
                    // A sum after a factor (`(z^n - 1)/n \sum …`) is set off from it.
                    if previous?.isOperand == true { pendingSpaces = max(pendingSpaces, 1) }
                    append(rendered, spaced: true)
                    pendingSpaces = 1
                default:
                    append(rendered, spaced: true)
                    pendingSpaces = 0
                }
                previous = child
            }
            return result
        }

        /// A table on one line, rows separated by `;`, or, laid out for display, a row a line.
        private func table(
            _ rows: [[MathNode]], _ alignments: [ColumnAlignment], _ open: String?,
            _ close: String?
        ) -> TextBox {
            guard layout == .display else {
                let lines = rows.map { $0.map { flat($0) }.joined(separator: "  ") }
                if open == nil && close == nil { return TextBox(lines.joined(separator: "; ")) }
                return TextBox((open ?? "") + lines.joined(separator: "; ") + (close ?? ""))
            }
            guard !rows.isEmpty else { return TextBox((open ?? "") + (close ?? "")) }
            let cells = rows.map { $0.map(box) }
            let columns = cells.map(\.count).max() ?? 0
            let widths = (0..<columns).map { column in cells.map { column < $0.count ? $0[column].width : 0 }.max() ?? 0
            }
            // In aligned equations the relation opening the second column brings its own space.
            let separator = TextBox(alignments == [.right, .left] ? "" : "  ")
            var lines: [String] = []
            var baseline = 0
            for (index, row) in cells.enumerated() {
                var line = TextBox("")
                for (column, cell) in row.enumerated() {
                    let padding = widths[column] - cell.width
                    let before =
                        switch alignments.isEmpty ? .center : alignments[column % alignments.count] {
                        case .left: 0
                        case .right: padding
                        case .center: padding / 2
                        }
                    if column > 0 { line = line.followed(by: separator) }
                    line = line.followed(by: TextBox(String(repeating: " ", count: before)))
                        .followed(by: cell).followed(by: TextBox(String(repeating: " ", count: padding - before)))
                }
                if index == (cells.count - 1) / 2 { baseline = lines.count + line.baseline }
                lines += line.lines
            }
            // An opening brace alone (`cases`) stands a space away from its rows.
            let body = TextBox(lines: lines.map { (open != nil && close == nil ? " " : "") + $0 }, baseline: baseline)
            return body.fenced(open: open, close: close)
        }

        /// A fraction's numerator or a root's radicand, in parentheses unless it is a single term: a name or a
        /// number with its scripts.
        private func grouped(_ node: MathNode) -> String {
            let text = flat(node)
            let isSingleTerm: Bool =
                switch node {
                case .identifier, .number: true
                case .scripts(let base, _, _, _):
                    { if case .identifier = base { true } else if case .number = base { true } else { false } }()
                default: false
                }
            return isSingleTerm ? text : "(\(text))"
        }

        /// A script in Unicode's super- or subscript characters when it has them all, else `^x` or `^(…)`.
        private func script(_ node: MathNode, map: [Character: Character], marker: String) -> String {
            let text = flat(node)
            let compact = text.filter { $0 != " " }
            if !compact.isEmpty, compact.allSatisfy({ map[$0] != nil }) {
                return String(compact.map { map[$0]! })
            }
            return compact.count == 1 ? marker + compact : marker + "(" + text + ")"
        }
    }

    fileprivate static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "−": "⁻", "-": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "′": "′",
        "a": "ᵃ", "b": "ᵇ", "c": "ᶜ", "d": "ᵈ", "e": "ᵉ", "f": "ᶠ", "g": "ᵍ", "h": "ʰ", "i": "ⁱ", "j": "ʲ",
        "k": "ᵏ", "l": "ˡ", "m": "ᵐ", "n": "ⁿ", "o": "ᵒ", "p": "ᵖ", "r": "ʳ", "s": "ˢ", "t": "ᵗ", "u": "ᵘ",
        "v": "ᵛ", "w": "ʷ", "x": "ˣ", "y": "ʸ", "z": "ᶻ", "T": "ᵀ", "∗": "*",
    ]

    fileprivate static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "−": "₋", "-": "₋", "=": "₌", "(": "₍", ")": "₎",
        "a": "ₐ", "e": "ₑ", "h": "ₕ", "i": "ᵢ", "j": "ⱼ", "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ", "o": "ₒ",
        "p": "ₚ", "r": "ᵣ", "s": "ₛ", "t": "ₜ", "u": "ᵤ", "v": "ᵥ", "x": "ₓ",
        "β": "ᵦ", "γ": "ᵧ", "ρ": "ᵨ", "φ": "ᵩ", "χ": "ᵪ",
    ]

    /// Combining characters for accents over (or, keyed with "under", beneath) a single letter.
    fileprivate static let combiningMarks: [String: String] = [
        "^": "\u{0302}", "‾": "\u{0305}", "~": "\u{0303}", "→": "\u{20D7}", "˙": "\u{0307}", "¨": "\u{0308}",
        "ˇ": "\u{030C}", "_under": "\u{0332}",
    ]
}

extension MathNode {
    fileprivate var startsWithBracket: Bool {
        switch self {
        case .symbol(_, .opening), .fenced: true
        case .row(let children): children.first?.startsWithBracket ?? false
        default: false
        }
    }
}
