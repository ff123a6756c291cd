/// A recursive-descent parser for the math-mode TeX the chapters write, producing a `MathNode` tree.
///
/// It follows TeX's grammar where the chapters need it (a script takes one token or one group, `\frac12` works,
/// `\displaystyle` runs to the end of its group) and reports anything it does not know, with the offset of the
/// offending token, instead of guessing.
struct TeXParser {
    private var scanner: TeXScanner
    private let display: Bool
    /// How many groups, commands and environments enclose the token being parsed.
    private var depth = 0

    /// The deepest nesting a formula may have. The chapters' formulas stay under ten levels; the bound keeps this
    /// recursive parser (and the writers that walk its tree) from overflowing the stack on a broken or hostile
    /// formula such as `{{{{…}}}}` thousands deep, and turns it into an error naming the place.
    static let maximumDepth = 50

    /// Parses `source`, a formula without its `$` delimiters. `display` decides where `\sum`'s limits go.
    static func parse(_ source: String, display: Bool) throws(TeXError) -> MathNode {
        var parser = TeXParser(scanner: TeXScanner(source), display: display)
        let (nodes, _) = try parser.parseList(in: .formula)
        return nodes.count == 1 ? nodes[0] : .row(nodes)
    }

    /// Where a list of atoms sits, which decides the tokens that may end it.
    private enum ListContext: Equatable {
        case formula
        case group
        case optionalArgument
        case leftRight
        case environment(String)
    }

    private enum ListEnd {
        case end, closeGroup, closeBracket, right, alignment, newRow, endEnvironment
    }

    private mutating func parseList(in context: ListContext) throws(TeXError) -> ([MathNode], ListEnd) {
        var nodes: [MathNode] = []
        while true {
            let offset = scanner.nextOffset
            guard let token = try scanner.peek() else {
                switch context {
                case .formula: return (nodes, .end)
                case .group: throw TeXError(message: "a `{` is never closed", offset: offset)
                case .optionalArgument: throw TeXError(message: "a `[` is never closed", offset: offset)
                case .leftRight: throw TeXError(message: "`\\left` without a matching `\\right`", offset: offset)
                case .environment(let name):
                    throw TeXError(message: "`\\begin{\(name)}` without `\\end{\(name)}`", offset: offset)
                }
            }
            switch token {
            case .closeGroup:
                guard context == .group else { throw TeXError(message: "this `}` closes nothing", offset: offset) }
                _ = try scanner.next()
                return (nodes, .closeGroup)
            case .character("]") where context == .optionalArgument:
                _ = try scanner.next()
                return (nodes, .closeBracket)
            case .command("right"):
                guard context == .leftRight else {
                    throw TeXError(message: "`\\right` without a matching `\\left`", offset: offset)
                }
                _ = try scanner.next()
                return (nodes, .right)
            case .alignment, .command("\\"), .command("end"):
                guard case .environment(let name) = context else {
                    throw TeXError(
                        message: token == .alignment
                            ? "`&` is only allowed inside an environment such as `aligned` or `pmatrix`"
                            : token == .command("end")
                                ? "`\\end` without a matching `\\begin`"
                                : "`\\\\` is only allowed inside an environment such as `aligned` or `pmatrix`",
                        offset: offset)
                }
                _ = try scanner.next()
                if token == .alignment { return (nodes, .alignment) }
                if token == .command("\\") { return (nodes, .newRow) }
                let ended = try scanner.readRawGroup()
                guard ended == name else {
                    throw TeXError(message: "`\\begin{\(name)}` is closed by `\\end{\(ended)}`", offset: offset)
                }
                return (nodes, .endEnvironment)
            case .superscript, .subscript:
                _ = try scanner.next()
                let argument = try parseArgument()
                let base = nodes.popLast() ?? .row([])
                nodes.append(
                    try attach(
                        argument, as: token == .superscript ? .superscript : .subscript,
                        to: base, offset: offset))
            case .character("'"):
                _ = try scanner.next()
                let base = nodes.popLast() ?? .row([])
                nodes.append(try attach(.symbol("′", role: .ordinary), as: .superscript, to: base, offset: offset))
            case .command("displaystyle"), .command("textstyle"):
                _ = try scanner.next()
                try enterNesting(at: offset)
                defer { depth -= 1 }
                let (rest, end) = try parseList(in: context)
                nodes.append(.displayStyle(token == .command("displaystyle"), rest.count == 1 ? rest[0] : .row(rest)))
                return (nodes, end)
            default:
                let atom = try parseAtom()
                // TeX puts a thin space between a function name and its argument (`\log x`), none before a
                // bracket (`\log(x)`).
                if let previous = nodes.last, previous.isFunctionName, atom.startsOperand {
                    nodes.append(.space(0.1667))
                }
                // And one between a value and a function name that follows it (`n \log n`).
                if let previous = nodes.last, atom.isFunctionName, previous.isOperand {
                    nodes.append(.space(0.1667))
                }
                nodes.append(atom)
            }
        }
    }

    private enum ScriptPosition { case superscript, `subscript` }

    private func attach(
        _ script: MathNode, as position: ScriptPosition, to base: MathNode,
        offset: Int
    ) throws(TeXError) -> MathNode {
        if case .scripts(let inner, let sub, let sup, let limits) = base {
            switch position {
            case .superscript where sup == nil:
                return .scripts(base: inner, subscript: sub, superscript: script, limits: limits)
            case .subscript where sub == nil:
                return .scripts(base: inner, subscript: script, superscript: sup, limits: limits)
            default:
                throw TeXError(
                    message: position == .superscript
                        ? "double superscript: group it as `x^{ab}` or `{x^a}^b`"
                        : "double subscript: group it as `x_{ab}` or `{x_a}_b`", offset: offset)
            }
        }
        // A brace's label goes under (or over) it in text formulas too.
        let limits = (display || base.isHorizontalBrace) && base.takesLimits
        return position == .superscript
            ? .scripts(base: base, subscript: nil, superscript: script, limits: limits)
            : .scripts(base: base, subscript: script, superscript: nil, limits: limits)
    }

    /// A command's or a script's argument: one group, or else one token (so `x^10` is x¹0, as in TeX).
    private mutating func parseArgument() throws(TeXError) -> MathNode {
        let offset = scanner.nextOffset
        guard let token = try scanner.peek() else {
            throw TeXError(message: "an argument is missing at the end of the formula", offset: offset)
        }
        switch token {
        case .openGroup:
            return try parseAtom()
        case .character(let character):
            _ = try scanner.next()
            return try node(for: character, offset: offset)
        case .command:
            return try parseAtom()
        default:
            throw TeXError(message: "an argument is missing here", offset: offset)
        }
    }

    /// Counts one more level of nesting; the caller undoes it when the level ends.
    private mutating func enterNesting(at offset: Int) throws(TeXError) {
        guard depth < Self.maximumDepth else {
            throw TeXError(
                message: "the formula nests more than \(Self.maximumDepth) levels deep "
                    + "(groups, commands and environments inside each other)", offset: offset)
        }
        depth += 1
    }

    private mutating func parseAtom() throws(TeXError) -> MathNode {
        let offset = scanner.nextOffset
        try enterNesting(at: offset)
        defer { depth -= 1 }
        guard let token = try scanner.next() else {
            throw TeXError(message: "the formula ends too early", offset: offset)
        }
        switch token {
        case .openGroup:
            let (nodes, _) = try parseList(in: .group)
            return nodes.count == 1 ? nodes[0] : .row(nodes)
        case .character(let character) where character.isNumber && character.isASCII:
            return .number(readNumber(startingWith: character))
        case .character(let character):
            return try node(for: character, offset: offset)
        case .command(let name):
            guard let command = TeXCommand.named(name) else {
                throw TeXError(message: "unknown TeX command `\\\(name)`", offset: offset)
            }
            return try parse(command, named: name, offset: offset)
        default:
            throw TeXError(message: "unexpected `\(token)`", offset: offset)
        }
    }

    /// Digits written together form one number, with at most one decimal point between digits.
    private mutating func readNumber(startingWith first: Character) -> String {
        var number = String(first)
        while scanner.nextOffset == scanner.position, case .character(let next)? = try? scanner.peek(),
            next.isASCII, next.isNumber || (next == "." && !number.contains("."))
        {
            var lookahead = scanner
            _ = try? lookahead.next()
            if next == "." {
                guard lookahead.nextOffset == lookahead.position, case .character(let after)? = try? lookahead.peek(),
                    after.isASCII, after.isNumber
                else { break }
            }
            scanner = lookahead
            number.append(next)
        }
        return number
    }

    private func node(for character: Character, offset: Int) throws(TeXError) -> MathNode {
        if character.isASCII && character.isNumber { return .number(String(character)) }
        if character.isLetter { return .identifier(String(character), upright: false) }
        switch character {
        case "+": return .symbol("+", role: .binary)
        case "-": return .symbol("−", role: .binary)
        case "*": return .symbol("∗", role: .binary)
        case "=", "<", ">", ":": return .symbol(String(character), role: .relation)
        case ",", ";": return .symbol(String(character), role: .punctuation)
        case "(", "[": return .symbol(String(character), role: .opening)
        case ")", "]": return .symbol(String(character), role: .closing)
        case "|", "/", ".", "!", "?", "'": return .symbol(String(character), role: .ordinary)
        case "~": return .space(0.2778)
        default:
            if character.unicodeScalars.allSatisfy({ $0.properties.isMath }) {
                return .symbol(String(character), role: .ordinary)
            }
            throw TeXError(message: "unexpected character `\(character)` in a formula", offset: offset)
        }
    }

    private mutating func parse(_ command: TeXCommand, named name: String, offset: Int) throws(TeXError) -> MathNode {
        switch command {
        case .identifier(let letter, let upright):
            return .identifier(letter, upright: upright)
        case .symbol(let symbol, let role):
            return .symbol(symbol, role: role)
        case .function(let functionName, _):
            return .identifier(functionName, upright: true)
        case .space(let width):
            return .space(width)
        case .fraction(let hasRule):
            let numerator = try parseArgument()
            let denominator = try parseArgument()
            let fraction = MathNode.fraction(numerator: numerator, denominator: denominator, hasRule: hasRule)
            switch name {
            case "dfrac": return .displayStyle(true, fraction)
            case "tfrac": return .displayStyle(false, fraction)
            default: return fraction
            }
        case .binomial:
            let top = try parseArgument()
            let bottom = try parseArgument()
            return .fenced(open: "(", close: ")", body: .fraction(numerator: top, denominator: bottom, hasRule: false))
        case .squareRoot:
            var index: MathNode?
            if try scanner.peek() == .character("[") {
                _ = try scanner.next()
                let (nodes, _) = try parseList(in: .optionalArgument)
                index = nodes.count == 1 ? nodes[0] : .row(nodes)
            }
            return .root(radicand: try parseArgument(), index: index)
        case .alphabet(let alphabet):
            return try parseArgument().styled(alphabet)
        case .text:
            let textOffset = scanner.nextOffset
            return .text(try Self.unescapeText(try scanner.readRawGroup(), offset: textOffset))
        case .operatorName:
            let textOffset = scanner.nextOffset
            return .identifier(try Self.unescapeText(try scanner.readRawGroup(), offset: textOffset), upright: true)
        case .accent(let mark, let over, let stretchy):
            let base = try parseArgument()
            return .accent(base: base, mark: .symbol(mark, role: .ordinary), over: over, stretchy: stretchy)
        case .overset, .underset:
            let script = try parseArgument()
            let base = try parseArgument()
            return command.isOverset
                ? .scripts(base: base, subscript: nil, superscript: script, limits: true)
                : .scripts(base: base, subscript: script, superscript: nil, limits: true)
        case .left:
            let open = try parseDelimiter(after: "\\left")
            let (body, _) = try parseList(in: .leftRight)
            let close = try parseDelimiter(after: "\\right")
            return .fenced(open: open, close: close, body: body.count == 1 ? body[0] : .row(body))
        case .middle:
            return .symbol(try parseDelimiter(after: "\\middle") ?? "", role: .relation)
        case .right:
            throw TeXError(message: "`\\right` without a matching `\\left`", offset: offset)
        case .bigDelimiter(let size):
            return .sizedDelimiter(try parseDelimiter(after: "\\\(name)") ?? "", size: size)
        case .parenthesizedModulus:
            let modulus = try parseArgument()
            return .row([
                .space(1), .symbol("(", role: .opening), .identifier("mod", upright: true), .space(0.3333),
                modulus, .symbol(")", role: .closing),
            ])
        case .beginEnvironment:
            return try parseEnvironment(named: try scanner.readRawGroup(), offset: offset)
        case .endEnvironment:
            throw TeXError(message: "`\\end` without a matching `\\begin`", offset: offset)
        case .negation:
            let relation = try parseArgument()
            guard case .symbol(let symbol, .relation) = relation else {
                throw TeXError(
                    message: "`\\not` must be followed by a relation such as `=`, `\\equiv` or `\\in`",
                    offset: offset)
            }
            return .symbol(TeXCommand.negatedRelations[symbol] ?? symbol + "\u{0338}", role: .relation)
        case .displayStyle, .newRow:
            // parseList handles both before asking for an atom; reaching here means one stood as an argument.
            throw TeXError(message: "`\\\(name)` cannot be an argument", offset: offset)
        }
    }

    private mutating func parseDelimiter(after command: String) throws(TeXError) -> String? {
        let offset = scanner.nextOffset
        switch try scanner.next() {
        case .character(let character) where "()[]|/".contains(character):
            return String(character)
        case .character("."):
            return nil
        case .character("<"):
            return "⟨"
        case .character(">"):
            return "⟩"
        case .command(let name):
            if case .symbol(let symbol, let role)? = TeXCommand.named(name),
                [.opening, .closing].contains(role) || ["|", "vert", "Vert", "uparrow", "downarrow"].contains(name)
            {
                return symbol
            }
            fallthrough
        default:
            throw TeXError(
                message: "`\(command)` must be followed by a delimiter such as `(`, `[`, `\\{`, `|` or `.`",
                offset: offset)
        }
    }

    private mutating func parseEnvironment(named name: String, offset: Int) throws(TeXError) -> MathNode {
        var alignments: [ColumnAlignment]
        let open: String?
        let close: String?
        switch name {
        case "matrix": (alignments, open, close) = ([.center], nil, nil)
        case "pmatrix": (alignments, open, close) = ([.center], "(", ")")
        case "bmatrix": (alignments, open, close) = ([.center], "[", "]")
        case "Bmatrix": (alignments, open, close) = ([.center], "{", "}")
        case "vmatrix": (alignments, open, close) = ([.center], "|", "|")
        case "Vmatrix": (alignments, open, close) = ([.center], "‖", "‖")
        case "cases": (alignments, open, close) = ([.left, .left], "{", nil)
        case "aligned", "align", "align*", "split": (alignments, open, close) = ([.right, .left], nil, nil)
        case "gathered", "gather", "gather*": (alignments, open, close) = ([.center], nil, nil)
        case "array":
            let specOffset = scanner.nextOffset
            alignments = []
            for character in try scanner.readRawGroup() where character != "|" && !character.isWhitespace {
                switch character {
                case "l": alignments.append(.left)
                case "c": alignments.append(.center)
                case "r": alignments.append(.right)
                default:
                    throw TeXError(
                        message: "array column type `\(character)` is not supported (use l, c or r)",
                        offset: specOffset)
                }
            }
            (open, close) = (nil, nil)
        default:
            throw TeXError(message: "unknown TeX environment `\(name)`", offset: offset)
        }
        var rows: [[MathNode]] = []
        var row: [MathNode] = []
        while true {
            let (cell, end) = try parseList(in: .environment(name))
            row.append(cell.count == 1 ? cell[0] : .row(cell))
            switch end {
            case .alignment:
                continue
            case .newRow:
                rows.append(row)
                row = []
            default:
                // A trailing `\\` leaves one empty cell behind; it is not a row.
                if row.count > 1 || row.first != .row([]) { rows.append(row) }
                return .table(rows: rows, alignments: alignments, open: open, close: close)
            }
        }
    }

    /// The text of `\text{…}`, with TeX's escapes for characters that are otherwise special.
    private static func unescapeText(_ raw: String, offset: Int) throws(TeXError) -> String {
        var text = ""
        var characters = raw.makeIterator()
        while let character = characters.next() {
            switch character {
            case "\\":
                guard let escaped = characters.next() else { break }
                switch escaped {
                case "{", "}", "_", "%", "&", "$", "#", " ": text.append(escaped)
                case ",": text.append("\u{2009}")
                default:
                    throw TeXError(message: "`\\\(escaped)…` inside `\\text{}` is not supported", offset: offset)
                }
            case "~": text.append("\u{00A0}")
            case "$":
                throw TeXError(message: "math inside `\\text{}` is not supported; close the text first", offset: offset)
            default: text.append(character)
            }
        }
        return text
    }
}

extension TeXCommand {
    fileprivate var isOverset: Bool {
        if case .overset = self { true } else { false }
    }
}

extension MathNode {
    /// `\sum`, `\prod`, `\max`, `\lim`: in display math their scripts become limits under and over them; a
    /// horizontal brace's label always does.
    var takesLimits: Bool {
        switch self {
        // An integral keeps its limits at its side, even in display math.
        case .symbol(let symbol, .largeOperator): symbol != "∫"
        case .identifier(let name, upright: true):
            ["lim", "max", "min", "sup", "inf", "argmax", "argmin"].contains(name)
        default: isHorizontalBrace
        }
    }

    /// `\overbrace{…}` or `\underbrace{…}`, whose script is the brace's label.
    var isHorizontalBrace: Bool {
        if case .accent(_, .symbol(let mark, _), _, _) = self { ["⏞", "⏟"].contains(mark) } else { false }
    }

    /// A function name set in roman (`\log`, `\operatorname{lcm}`), possibly with scripts (`\log_2`).
    var isFunctionName: Bool {
        switch self {
        case .identifier(let name, upright: true): name.count > 1
        case .scripts(let base, _, _, _): base.isFunctionName
        default: false
        }
    }

    /// Whether the node begins with a value rather than a bracket or an operator.
    var startsOperand: Bool {
        switch self {
        case .identifier, .number, .fraction, .root, .text: true
        case .scripts(let base, _, _, _): base.startsOperand
        case .row(let children): children.first?.startsOperand ?? false
        default: false
        }
    }

    /// The node with its letters (and, where the alphabet has them, digits) in `alphabet`.
    func styled(_ alphabet: MathAlphabet) -> MathNode {
        switch self {
        case .identifier(let name, _):
            let mapped = String(name.map { alphabet.styled($0) ?? $0 })
            return .identifier(mapped, upright: alphabet != .italic)
        case .number(let digits):
            return .number(String(digits.map { alphabet.styled($0) ?? $0 }))
        case .row(let children):
            var styled: [MathNode] = []
            for child in children.map({ $0.styled(alphabet) }) {
                // `\mathrm{mod}` is one word, not three upright letters.
                if alphabet == .roman, case .identifier(let name, true) = child,
                    case .identifier(let previous, true)? = styled.last
                {
                    styled[styled.count - 1] = .identifier(previous + name, upright: true)
                } else {
                    styled.append(child)
                }
            }
            return styled.count == 1 ? styled[0] : .row(styled)
        case .scripts(let base, let sub, let sup, let limits):
            return .scripts(
                base: base.styled(alphabet), subscript: sub?.styled(alphabet),
                superscript: sup?.styled(alphabet), limits: limits)
        case .fraction(let numerator, let denominator, let hasRule):
            return .fraction(
                numerator: numerator.styled(alphabet), denominator: denominator.styled(alphabet),
                hasRule: hasRule)
        case .root(let radicand, let index):
            return .root(radicand: radicand.styled(alphabet), index: index?.styled(alphabet))
        case .fenced(let open, let close, let body):
            return .fenced(open: open, close: close, body: body.styled(alphabet))
        case .accent(let base, let mark, let over, let stretchy):
            return .accent(base: base.styled(alphabet), mark: mark, over: over, stretchy: stretchy)
        case .displayStyle(let on, let body):
            return .displayStyle(on, body.styled(alphabet))
        case .table(let rows, let alignments, let open, let close):
            return .table(
                rows: rows.map { $0.map { $0.styled(alphabet) } }, alignments: alignments,
                open: open, close: close)
        case .symbol, .text, .space, .sizedDelimiter:
            return self
        }
    }
}
