/// Writes a `MathNode` as MathML Core (W3C, 2023), the subset browsers render natively, so the book needs no
/// script and no web font to show its formulas.
enum MathMLWriter {
    static func markup(for node: MathNode, display: Bool) -> String {
        var output = display ? "<math display=\"block\">" : "<math>"
        write(node, into: &output)
        output += "</math>"
        return output
    }

    private static func write(_ node: MathNode, into output: inout String) {
        switch node {
        case .identifier(let name, let upright):
            // A one-letter <mi> is italic by default; longer names are upright by default.
            let variant = upright && name.count == 1 ? " mathvariant=\"normal\"" : ""
            output += "<mi\(variant)>\(escape(name))</mi>"
        case .number(let digits):
            output += "<mn>\(escape(digits))</mn>"
        case .symbol(let symbol, let role):
            output += operatorMarkup(symbol, role: role)
        case .text(let text):
            // Spaces at the edges of <mtext> collapse; keep them as no-break spaces.
            var protected = text
            if protected.hasPrefix(" ") { protected = "\u{00A0}" + protected.dropFirst() }
            if protected.hasSuffix(" ") { protected = protected.dropLast() + "\u{00A0}" }
            output += "<mtext>\(escape(protected))</mtext>"
        case .space(let width):
            output += "<mspace width=\"\(format(width))em\"/>"
        case .row(let children):
            output += "<mrow>"
            var previous: MathNode?
            for child in children {
                // A minus with nothing to subtract from is a sign: MathML must be told, or it spaces it as an
                // infix operator.
                if case .symbol(let symbol, .binary) = child, !(previous?.isOperand ?? false) {
                    output += "<mo form=\"prefix\">\(escape(symbol))</mo>"
                } else {
                    write(child, into: &output)
                }
                if case .space = child {} else { previous = child }
            }
            output += "</mrow>"
        case .scripts(let base, let sub, let sup, let limits):
            let element =
                switch (sub, sup) {
                case (_?, _?): limits ? "munderover" : "msubsup"
                case (_?, nil): limits ? "munder" : "msub"
                default: limits ? "mover" : "msup"
                }
            output += "<\(element)>"
            write(base, into: &output)
            if let sub { write(sub, into: &output) }
            if let sup { write(sup, into: &output) }
            output += "</\(element)>"
        case .fraction(let numerator, let denominator, let hasRule):
            output += hasRule ? "<mfrac>" : "<mfrac linethickness=\"0\">"
            write(numerator, into: &output)
            write(denominator, into: &output)
            output += "</mfrac>"
        case .root(let radicand, nil):
            output += "<msqrt>"
            write(radicand, into: &output)
            output += "</msqrt>"
        case .root(let radicand, let index?):
            output += "<mroot>"
            write(radicand, into: &output)
            write(index, into: &output)
            output += "</mroot>"
        case .fenced(let open, let close, let body):
            output += "<mrow>"
            if let open { output += "<mo fence=\"true\" form=\"prefix\">\(escape(open))</mo>" }
            write(body, into: &output)
            if let close { output += "<mo fence=\"true\" form=\"postfix\">\(escape(close))</mo>" }
            output += "</mrow>"
        case .accent(let base, let mark, let over, let stretchy):
            let element = over ? "mover" : "munder"
            let attribute = over ? "accent" : "accentunder"
            output += "<\(element) \(attribute)=\"true\">"
            write(base, into: &output)
            if case .symbol(let symbol, _) = mark {
                output += "<mo stretchy=\"\(stretchy)\">\(escape(symbol))</mo>"
            } else {
                write(mark, into: &output)
            }
            output += "</\(element)>"
        case .table(let rows, let alignments, let open, let close):
            output += "<mrow>"
            if let open { output += "<mo fence=\"true\" form=\"prefix\">\(escape(open))</mo>" }
            output += "<mtable>"
            for row in rows {
                output += "<mtr>"
                for (column, cell) in row.enumerated() {
                    // MathML Core has no columnalign; the stylesheet aligns cells by class.
                    let alignment = alignments.isEmpty ? .center : alignments[column % alignments.count]
                    output += alignment == .center ? "<mtd>" : "<mtd class=\"align-\(alignment)\">"
                    write(cell, into: &output)
                    output += "</mtd>"
                }
                output += "</mtr>"
            }
            output += "</mtable>"
            if let close { output += "<mo fence=\"true\" form=\"postfix\">\(escape(close))</mo>" }
            output += "</mrow>"
        case .sizedDelimiter(let symbol, let size):
            let height = format(size) + "em"
            output +=
                "<mo stretchy=\"true\" symmetric=\"true\" minsize=\"\(height)\" maxsize=\"\(height)\">"
                + "\(escape(symbol))</mo>"
        case .displayStyle(let on, let body):
            output += "<mrow displaystyle=\"\(on)\">"
            write(body, into: &output)
            output += "</mrow>"
        }
    }

    private static func operatorMarkup(_ symbol: String, role: OperatorRole) -> String {
        switch role {
        case .word:
            // "mod" is not in the operator dictionary, so it gets TeX's \bmod spacing explicitly.
            "<mo lspace=\"0.2222em\" rspace=\"0.2222em\">\(escape(symbol))</mo>"
        case .relation where symbol == "∣":
            "<mo lspace=\"0.2778em\" rspace=\"0.2778em\">∣</mo>"
        case .opening, .closing:
            // A bare bracket keeps its natural size, as in TeX; only \left…\right and \big stretch.
            "<mo stretchy=\"false\">\(escape(symbol))</mo>"
        default:
            "<mo>\(escape(symbol))</mo>"
        }
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 10_000).rounded() / 10_000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
