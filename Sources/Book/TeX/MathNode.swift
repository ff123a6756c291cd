/// A formula, parsed from TeX, in a form both the MathML writer (for the book) and the Unicode writer
/// (for the terminal and the search index) can walk.
indirect enum MathNode: Equatable, Sendable {
    /// A variable or a function name. `upright` for names TeX sets in roman (`\log`, `\mathrm{d}`, `\Gamma`).
    case identifier(String, upright: Bool)
    case number(String)
    case symbol(String, role: OperatorRole)
    case text(String)
    /// Horizontal space in em (negative for `\!`).
    case space(Double)
    case row([MathNode])
    /// Sub- and superscripts; `limits` puts them under and over the base (`\sum` in display math).
    case scripts(base: MathNode, subscript: MathNode?, superscript: MathNode?, limits: Bool)
    case fraction(numerator: MathNode, denominator: MathNode, hasRule: Bool)
    case root(radicand: MathNode, index: MathNode?)
    /// `\left … \right`; a nil delimiter is TeX's invisible `.`.
    case fenced(open: String?, close: String?, body: MathNode)
    /// A mark over or under its base: `\hat`, `\overline`, `\underline`, or `\overset`'s first argument.
    case accent(base: MathNode, mark: MathNode, over: Bool, stretchy: Bool)
    /// An environment such as `pmatrix`, `cases` or `aligned`.
    case table(rows: [[MathNode]], alignments: [ColumnAlignment], open: String?, close: String?)
    /// A delimiter at a fixed size, from `\big(` and its siblings; `scale` is in em.
    case sizedDelimiter(String, size: Double)
    case displayStyle(Bool, MathNode)
}

/// How an operator sits among its neighbours, after TeX's atom classes; it decides spacing in the Unicode
/// rendering (MathML renderers take spacing from their own operator dictionary).
enum OperatorRole: Equatable, Sendable {
    case ordinary
    case binary
    case relation
    case punctuation
    case opening
    case closing
    /// `\sum`, `\prod`: limits go under and over in display math.
    case largeOperator
    /// A word operator set in roman with space around it, such as `\bmod`'s "mod".
    case word
}

enum ColumnAlignment: Equatable, Sendable {
    case left, center, right
}

extension MathNode {
    /// Whether the node ends with something a following binary operator can act on (so `-x` after `=` is a sign,
    /// not a subtraction).
    var isOperand: Bool {
        switch self {
        case .symbol(_, let role): role == .closing || role == .ordinary
        case .space: false
        case .row(let children):
            children.last(where: { if case .space = $0 { false } else { true } })?.isOperand ?? false
        case .displayStyle(_, let body): body.isOperand
        default: true
        }
    }
}
