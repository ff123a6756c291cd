/// Writes a `MathNode` as plain Unicode text (`x²`, `a·b ≡ c (mod p)`, `[τ]₁`), for the terminal reader and
/// for the search index, where MathML cannot go.
enum MathTextWriter {
    static func text(for node: MathNode) -> String {
        render(node)
    }

    private static func render(_ node: MathNode) -> String {
        switch node {
        case .identifier(let name, _): return name
        case .number(let digits): return digits
        case .symbol(let symbol, _): return symbol
        case .text(let text): return text
        case .space(let width): return width >= 1.5 ? "  " : width > 0 ? " " : ""
        case .row(let children): return renderRow(children)
        case .scripts(let base, let sub, let sup, _):
            return render(base) + (sub.map { script($0, map: subscripts, marker: "_") } ?? "")
                + (sup.map { script($0, map: superscripts, marker: "^") } ?? "")
        case .fraction(let numerator, let denominator, let hasRule):
            return hasRule
                ? grouped(numerator) + "/" + grouped(denominator)
                : render(numerator) + " " + render(denominator)
        case .root(let radicand, let index):
            return (index.map { script($0, map: superscripts, marker: "^") } ?? "") + "√" + grouped(radicand)
        case .fenced(let open, let close, let body):
            return (open ?? "") + render(body) + (close ?? "")
        case .accent(let base, let mark, let over, _):
            let baseText = render(base)
            guard case .symbol(let symbol, _) = mark, let combining = combiningMarks[symbol + (over ? "" : "under")],
                  baseText.count == 1 || symbol == "‾" || !over else {
                return over ? "\(render(mark))(\(baseText))" : "(\(baseText))\(render(mark))"
            }
            return baseText.map { String($0) + combining }.joined()
        case .table(let rows, _, let open, let close):
            let lines = rows.map { $0.map(render).joined(separator: "  ") }
            if open == nil && close == nil { return lines.joined(separator: "\n") }
            return (open ?? "") + lines.joined(separator: "; ") + (close ?? "")
        case .sizedDelimiter(let symbol, _): return symbol
        case .displayStyle(_, let body): return render(body)
        }
    }

    /// Spaces operators the way TeX does, in characters: relations and most binary operators get a space each
    /// side, a binary operator with nothing on its left is a sign.
    private static func renderRow(_ children: [MathNode]) -> String {
        var text = ""
        var previous: MathNode?
        for child in children {
            let role: OperatorRole? = switch child {
            case .symbol(_, let role): role
            case .scripts(.symbol(_, let role), _, _, _): role
            default: nil
            }
            let rendered = render(child)
            switch role {
            case .binary where rendered == "·":
                text += rendered
            case .binary where previous?.isOperand == true, .relation, .word:
                text = trimmingTrailingSpace(text) + " " + rendered + " "
            case .punctuation:
                text = trimmingTrailingSpace(text) + rendered + " "
            case .largeOperator:
                text += rendered + " "
            default:
                text += rendered
            }
            if case .space = child {} else { previous = child }
        }
        return trimmingTrailingSpace(text)
    }

    private static func trimmingTrailingSpace(_ text: String) -> String {
        var trimmed = text
        while trimmed.last == " " { trimmed.removeLast() }
        return trimmed
    }

    /// A fraction's numerator or a root's radicand, in parentheses unless it is a single term.
    private static func grouped(_ node: MathNode) -> String {
        let text = render(node)
        let isSingleTerm = text.allSatisfy { $0.isLetter || $0.isNumber || superscripts.values.contains($0)
            || subscripts.values.contains($0) || $0 == "′" }
        return isSingleTerm ? text : "(\(text))"
    }

    /// A script in Unicode's super- or subscript characters when it has them all, else `^x` or `^(…)`.
    private static func script(_ node: MathNode, map: [Character: Character], marker: String) -> String {
        let text = render(node)
        let compact = text.filter { $0 != " " }
        if !compact.isEmpty, compact.allSatisfy({ map[$0] != nil }) {
            return String(compact.map { map[$0]! })
        }
        return compact.count == 1 ? marker + compact : marker + "(" + text + ")"
    }

    private static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "−": "⁻", "-": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "′": "′",
        "a": "ᵃ", "b": "ᵇ", "c": "ᶜ", "d": "ᵈ", "e": "ᵉ", "f": "ᶠ", "g": "ᵍ", "h": "ʰ", "i": "ⁱ", "j": "ʲ",
        "k": "ᵏ", "l": "ˡ", "m": "ᵐ", "n": "ⁿ", "o": "ᵒ", "p": "ᵖ", "r": "ʳ", "s": "ˢ", "t": "ᵗ", "u": "ᵘ",
        "v": "ᵛ", "w": "ʷ", "x": "ˣ", "y": "ʸ", "z": "ᶻ", "T": "ᵀ", "∗": "*",
    ]

    private static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "−": "₋", "-": "₋", "=": "₌", "(": "₍", ")": "₎",
        "a": "ₐ", "e": "ₑ", "h": "ₕ", "i": "ᵢ", "j": "ⱼ", "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ", "o": "ₒ",
        "p": "ₚ", "r": "ᵣ", "s": "ₛ", "t": "ₜ", "u": "ᵤ", "v": "ᵥ", "x": "ₓ",
        "β": "ᵦ", "γ": "ᵧ", "ρ": "ᵨ", "φ": "ᵩ", "χ": "ᵪ",
    ]

    /// Combining characters for accents over (or, keyed with "under", beneath) a single letter.
    private static let combiningMarks: [String: String] = [
        "^": "\u{0302}", "‾": "\u{0305}", "~": "\u{0303}", "→": "\u{20D7}", "˙": "\u{0307}", "¨": "\u{0308}",
        "ˇ": "\u{030C}", "_under": "\u{0332}",
    ]
}
