/// What a TeX control sequence means to the parser. The table covers what a book on finite fields, curves,
/// pairings and polynomial commitments writes; anything else is reported, never dropped.
enum TeXCommand {
    case identifier(String, upright: Bool)
    case symbol(String, OperatorRole)
    /// A roman function name (`\log`); `limits` for those that take limits underneath (`\max`, `\lim`).
    case function(String, limits: Bool)
    case space(Double)
    case fraction(hasRule: Bool)
    case binomial
    case squareRoot
    case alphabet(MathAlphabet)
    /// `\text{…}`: its argument is prose, not math.
    case text
    case operatorName
    case accent(String, over: Bool, stretchy: Bool)
    case overset, underset
    case left, middle, right
    case bigDelimiter(Double)
    case parenthesizedModulus
    case beginEnvironment, endEnvironment
    case displayStyle(Bool)
    /// `\\`: a new row inside an environment.
    case newRow
    /// `\not`, which strikes through the relation after it (`\not\equiv` is ≢).
    case negation

    static func named(_ name: String) -> TeXCommand? {
        if let letter = letters[name] {
            // TeX sets capital Greek upright and lowercase italic.
            return .identifier(letter, upright: name.first!.isUppercase)
        }
        if let entry = symbols[name] { return .symbol(entry.0, entry.1) }
        if functionNames.contains(name) { return .function(name, limits: false) }
        if limitFunctionNames.contains(name) { return .function(name, limits: true) }
        return others[name]
    }

    private static let letters: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
        "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ",
        "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
        "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω", "ell": "ℓ", "hbar": "ℏ",
    ]

    private static let symbols: [String: (String, OperatorRole)] = [
        // Binary operators.
        "cdot": ("·", .binary), "times": ("×", .binary), "div": ("÷", .binary), "pm": ("±", .binary),
        "mp": ("∓", .binary), "oplus": ("⊕", .binary), "ominus": ("⊖", .binary), "otimes": ("⊗", .binary),
        "circ": ("∘", .binary), "bullet": ("∙", .binary), "ast": ("∗", .binary), "star": ("⋆", .binary),
        "cup": ("∪", .binary), "cap": ("∩", .binary), "setminus": ("∖", .binary), "wedge": ("∧", .binary),
        "land": ("∧", .binary), "vee": ("∨", .binary), "lor": ("∨", .binary), "bmod": ("mod", .word),
        "mod": ("mod", .word),
        // Relations and arrows.
        "equiv": ("≡", .relation), "in": ("∈", .relation), "notin": ("∉", .relation), "ni": ("∋", .relation),
        "le": ("≤", .relation), "leq": ("≤", .relation), "ge": ("≥", .relation), "geq": ("≥", .relation),
        "ne": ("≠", .relation), "neq": ("≠", .relation), "approx": ("≈", .relation), "sim": ("∼", .relation),
        "simeq": ("≃", .relation), "cong": ("≅", .relation), "propto": ("∝", .relation),
        "subset": ("⊂", .relation), "subseteq": ("⊆", .relation), "supset": ("⊃", .relation),
        "supseteq": ("⊇", .relation), "mid": ("∣", .relation), "nmid": ("∤", .relation),
        "parallel": ("∥", .relation), "perp": ("⊥", .relation), "ll": ("≪", .relation), "gg": ("≫", .relation),
        "lt": ("<", .relation), "gt": (">", .relation), "coloneqq": ("≔", .relation), "triangleq": ("≜", .relation),
        "to": ("→", .relation), "rightarrow": ("→", .relation), "leftarrow": ("←", .relation),
        "gets": ("←", .relation), "leftrightarrow": ("↔", .relation), "mapsto": ("↦", .relation),
        "Rightarrow": ("⇒", .relation), "Leftarrow": ("⇐", .relation), "Leftrightarrow": ("⇔", .relation),
        "implies": ("⟹", .relation), "iff": ("⟺", .relation), "hookrightarrow": ("↪", .relation),
        "longrightarrow": ("⟶", .relation), "longmapsto": ("⟼", .relation), "uparrow": ("↑", .relation),
        "downarrow": ("↓", .relation), "longleftarrow": ("⟵", .relation), "Longrightarrow": ("⟹", .relation),
        "Longleftrightarrow": ("⟺", .relation), "vdash": ("⊢", .relation), "dashv": ("⊣", .relation),
        "colon": (":", .punctuation),
        // Large operators.
        "sum": ("∑", .largeOperator), "prod": ("∏", .largeOperator), "coprod": ("∐", .largeOperator),
        "bigoplus": ("⨁", .largeOperator), "bigotimes": ("⨂", .largeOperator), "bigcup": ("⋃", .largeOperator),
        "bigcap": ("⋂", .largeOperator), "int": ("∫", .largeOperator),
        // Delimiters.
        "langle": ("⟨", .opening), "rangle": ("⟩", .closing), "lfloor": ("⌊", .opening), "rfloor": ("⌋", .closing),
        "lceil": ("⌈", .opening), "rceil": ("⌉", .closing), "lvert": ("|", .opening), "rvert": ("|", .closing),
        "lVert": ("‖", .opening), "rVert": ("‖", .closing), "{": ("{", .opening), "}": ("}", .closing),
        "lbrace": ("{", .opening), "rbrace": ("}", .closing), "lbrack": ("[", .opening), "rbrack": ("]", .closing),
        "vert": ("|", .ordinary), "Vert": ("‖", .ordinary),
        "|": ("‖", .ordinary),
        // Ordinary symbols.
        "infty": ("∞", .ordinary), "ldots": ("…", .ordinary), "dots": ("…", .ordinary), "cdots": ("⋯", .ordinary),
        "vdots": ("⋮", .ordinary), "ddots": ("⋱", .ordinary), "forall": ("∀", .ordinary),
        "exists": ("∃", .ordinary), "nexists": ("∄", .ordinary), "neg": ("¬", .ordinary), "lnot": ("¬", .ordinary),
        "partial": ("∂", .ordinary), "nabla": ("∇", .ordinary), "emptyset": ("∅", .ordinary),
        "varnothing": ("∅", .ordinary), "prime": ("′", .ordinary),
        "top": ("⊤", .ordinary), "bot": ("⊥", .ordinary), "angle": ("∠", .ordinary), "dagger": ("†", .ordinary),
        "%": ("%", .ordinary), "#": ("#", .ordinary), "&": ("&", .ordinary), "$": ("$", .ordinary),
        "_": ("_", .ordinary), "backslash": ("\\", .ordinary), "checkmark": ("✓", .ordinary),
    ]

    /// The negated forms Unicode encodes; any other relation gets U+0338 COMBINING LONG SOLIDUS OVERLAY.
    static let negatedRelations: [String: String] = [
        "=": "≠", "≡": "≢", "∈": "∉", "∣": "∤", "<": "≮", ">": "≯", "≤": "≰", "≥": "≱", "∼": "≁", "≈": "≉",
        "≅": "≇", "⊂": "⊄", "⊆": "⊈", "⊃": "⊅", "⊇": "⊉", "∥": "∦",
    ]

    private static let functionNames: Set<String> = [
        "log", "ln", "lg", "exp", "sin", "cos", "tan", "deg", "det", "dim", "ker", "hom", "arg", "gcd", "Pr",
    ]
    private static let limitFunctionNames: Set<String> = ["lim", "max", "min", "sup", "inf", "argmax", "argmin"]

    private static let others: [String: TeXCommand] = [
        ",": .space(0.1667), ":": .space(0.2222), ">": .space(0.2222), ";": .space(0.2778), "!": .space(-0.1667),
        " ": .space(0.25), "quad": .space(1), "qquad": .space(2), "enspace": .space(0.5),
        "frac": .fraction(hasRule: true), "dfrac": .fraction(hasRule: true), "tfrac": .fraction(hasRule: true),
        "binom": .binomial, "sqrt": .squareRoot,
        "mathbb": .alphabet(.doubleStruck), "mathcal": .alphabet(.script), "mathscr": .alphabet(.script),
        "mathfrak": .alphabet(.fraktur),
        "mathbf": .alphabet(.bold), "mathrm": .alphabet(.roman), "mathit": .alphabet(.italic),
        "mathsf": .alphabet(.sansSerif), "mathtt": .alphabet(.monospace), "boldsymbol": .alphabet(.bold),
        "text": .text, "textrm": .text, "mbox": .text, "textit": .text, "textbf": .text,
        "operatorname": .operatorName,
        "hat": .accent("^", over: true, stretchy: false), "widehat": .accent("^", over: true, stretchy: true),
        "bar": .accent("‾", over: true, stretchy: false), "overline": .accent("‾", over: true, stretchy: true),
        "tilde": .accent("~", over: true, stretchy: false), "widetilde": .accent("~", over: true, stretchy: true),
        "vec": .accent("→", over: true, stretchy: false), "dot": .accent("˙", over: true, stretchy: false),
        "ddot": .accent("¨", over: true, stretchy: false), "check": .accent("ˇ", over: true, stretchy: false),
        "underline": .accent("_", over: false, stretchy: true),
        "overbrace": .accent("⏞", over: true, stretchy: true), "underbrace": .accent("⏟", over: false, stretchy: true),
        "overset": .overset, "stackrel": .overset, "underset": .underset,
        "left": .left, "middle": .middle, "right": .right,
        "big": .bigDelimiter(1.2), "bigl": .bigDelimiter(1.2), "bigr": .bigDelimiter(1.2), "bigm": .bigDelimiter(1.2),
        "Big": .bigDelimiter(1.623), "Bigl": .bigDelimiter(1.623), "Bigr": .bigDelimiter(1.623),
        "Bigm": .bigDelimiter(1.623), "bigg": .bigDelimiter(2.047), "biggl": .bigDelimiter(2.047),
        "biggr": .bigDelimiter(2.047), "Bigg": .bigDelimiter(2.470), "Biggl": .bigDelimiter(2.470),
        "Biggr": .bigDelimiter(2.470),
        "pmod": .parenthesizedModulus, "not": .negation,
        "begin": .beginEnvironment, "end": .endEnvironment,
        "displaystyle": .displayStyle(true), "textstyle": .displayStyle(false),
        "\\": .newRow,
    ]
}

/// The styled alphabets of `\mathbb` and friends. MathML Core drops `mathvariant` (except "normal"), so the
/// letters are mapped to Unicode's Mathematical Alphanumeric Symbols instead (Unicode §22.2).
enum MathAlphabet: Sendable {
    case doubleStruck, script, fraktur, bold, roman, italic, sansSerif, monospace

    /// The styled form of `character`, or nil when the alphabet has none (then the character stays as it is).
    func styled(_ character: Character) -> Character? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        if let exception = exceptions[character] { return exception }
        let value = scalar.value
        let base: (upper: UInt32?, lower: UInt32?, digit: UInt32?)
        switch self {
        case .doubleStruck: base = (0x1D538, 0x1D552, 0x1D7D8)
        case .script: base = (0x1D49C, 0x1D4B6, nil)
        case .fraktur: base = (0x1D504, 0x1D51E, nil)
        case .bold: base = (0x1D400, 0x1D41A, 0x1D7CE)
        case .sansSerif: base = (0x1D5A0, 0x1D5BA, 0x1D7E2)
        case .monospace: base = (0x1D670, 0x1D68A, 0x1D7F6)
        case .roman, .italic: return nil
        }
        let mapped: UInt32?
        switch value {
        case 0x41...0x5A: mapped = base.upper.map { $0 + value - 0x41 }
        case 0x61...0x7A: mapped = base.lower.map { $0 + value - 0x61 }
        case 0x30...0x39: mapped = base.digit.map { $0 + value - 0x30 }
        default: mapped = nil
        }
        return mapped.flatMap(Unicode.Scalar.init).map(Character.init)
    }

    /// Letters that Unicode had already encoded in Letterlike Symbols; their slots in the math block are holes.
    private var exceptions: [Character: Character] {
        switch self {
        case .doubleStruck: ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"]
        case .script:
            [
                "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
                "e": "ℯ", "g": "ℊ", "o": "ℴ",
            ]
        case .fraktur: ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"]
        default: [:]
        }
    }
}
