import Testing
import WorkbookModel

@testable import Book

/// The TeX converter: what each construct the chapters use becomes in MathML and in Unicode text, and how it
/// reports what it does not know.
@Suite struct DocsTeXTests {
    private func mathML(_ tex: String, display: Bool = false) throws -> String {
        MathMLWriter.markup(for: try TeXParser.parse(tex, display: display), display: display)
    }

    private func text(_ tex: String) throws -> String {
        MathTextWriter.text(for: try TeXParser.parse(tex, display: false))
    }

    @Test func scriptsTakeOneTokenOrOneGroup() throws {
        #expect(try mathML("x^2") == "<math><msup><mi>x</mi><mn>2</mn></msup></math>")
        #expect(try mathML("a_i") == "<math><msub><mi>a</mi><mi>i</mi></msub></math>")
        #expect(try mathML("x_1^2") == "<math><msubsup><mi>x</mi><mn>1</mn><mn>2</mn></msubsup></math>")
        // As in TeX, x^10 is x¹ followed by 0; the group form is x¹⁰.
        #expect(try mathML("x^10") == "<math><mrow><msup><mi>x</mi><mn>1</mn></msup><mn>0</mn></mrow></math>")
        #expect(try mathML("x^{10}") == "<math><msup><mi>x</mi><mn>10</mn></msup></math>")
        #expect(try mathML("f'") == "<math><msup><mi>f</mi><mo>′</mo></msup></math>")
    }

    @Test func fractionsRootsAndNumbers() throws {
        #expect(try mathML("\\frac{a}{b}") == "<math><mfrac><mi>a</mi><mi>b</mi></mfrac></math>")
        #expect(try mathML("\\frac12") == "<math><mfrac><mn>1</mn><mn>2</mn></mfrac></math>")
        #expect(
            try mathML("\\dfrac{1}{2}")
                == "<math><mrow displaystyle=\"true\"><mfrac><mn>1</mn><mn>2</mn></mfrac></mrow></math>")
        #expect(
            try mathML("\\binom{n}{k}") == "<math><mrow><mo fence=\"true\" form=\"prefix\">(</mo>"
                + "<mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac><mo fence=\"true\" form=\"postfix\">)</mo></mrow></math>"
        )
        #expect(try mathML("\\sqrt{x}") == "<math><msqrt><mi>x</mi></msqrt></math>")
        #expect(try mathML("\\sqrt[3]{x}") == "<math><mroot><mi>x</mi><mn>3</mn></mroot></math>")
        #expect(try mathML("3.14") == "<math><mn>3.14</mn></math>")
        #expect(
            try mathML("2^{64} - 1")
                == "<math><mrow><msup><mn>2</mn><mn>64</mn></msup><mo>−</mo><mn>1</mn></mrow></math>")
    }

    @Test func greekLettersAndOperators() throws {
        #expect(try mathML("\\tau") == "<math><mi>τ</mi></math>")
        // Capital Greek is upright in TeX, which a one-letter <mi> must be told.
        #expect(try mathML("\\Omega") == "<math><mi mathvariant=\"normal\">Ω</mi></math>")
        #expect(
            try mathML("a \\cdot b \\equiv c")
                == "<math><mrow><mi>a</mi><mo>·</mo><mi>b</mi><mo>≡</mo><mi>c</mi></mrow></math>")
        for (command, symbol) in [
            ("times", "×"), ("in", "∈"), ("notin", "∉"), ("le", "≤"), ("ge", "≥"),
            ("ne", "≠"), ("to", "→"), ("mapsto", "↦"), ("infty", "∞"), ("ldots", "…"),
            ("cdots", "⋯"), ("oplus", "⊕"), ("approx", "≈"), ("mid", "∣"), ("gets", "←"),
        ] {
            #expect(try mathML("\\\(command)").contains(">\(symbol)</mo>"), "\\\(command)")
        }
    }

    @Test func notStrikesThroughARelation() throws {
        #expect(try mathML("a \\not\\equiv b") == "<math><mrow><mi>a</mi><mo>≢</mo><mi>b</mi></mrow></math>")
        #expect(try mathML("x \\not= 0").contains("<mo>≠</mo>"))
        #expect(try mathML("a \\not\\approx b").contains("<mo>≉</mo>"))
        #expect(try mathML("a \\not\\mapsto b").contains("<mo>↦\u{0338}</mo>"))
        #expect(
            throws: TeXError(
                message: "`\\not` must be followed by a relation such as `=`, `\\equiv` or `\\in`",
                offset: 2)
        ) {
            try TeXParser.parse("a \\not x", display: false)
        }
    }

    @Test func largeOperatorsPutLimitsUnderAndOverOnlyInDisplay() throws {
        #expect(try mathML("\\int_0^1 f", display: true).contains("<msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup>"))
        #expect(
            try mathML("\\sum_{i=0}^{n} a_i", display: true) == "<math display=\"block\"><mrow><munderover>"
                + "<mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>0</mn></mrow><mi>n</mi></munderover>"
                + "<msub><mi>a</mi><mi>i</mi></msub></mrow></math>")
        #expect(try mathML("\\prod_{j} x_j").hasPrefix("<math><mrow><msub><mo>∏</mo><mi>j</mi></msub>"))
    }

    @Test func modulusForms() throws {
        #expect(
            try mathML("a \\bmod p") == "<math><mrow><mi>a</mi>"
                + "<mo lspace=\"0.2222em\" rspace=\"0.2222em\">mod</mo><mi>p</mi></mrow></math>")
        #expect(
            try mathML("\\pmod{p}") == "<math><mrow><mspace width=\"1em\"/><mo stretchy=\"false\">(</mo>"
                + "<mi>mod</mi><mspace width=\"0.3333em\"/><mi>p</mi><mo stretchy=\"false\">)</mo></mrow></math>")
    }

    @Test func alphabetsUseMathematicalAlphanumericSymbols() throws {
        #expect(try mathML("\\mathbb{F}_p") == "<math><msub><mi mathvariant=\"normal\">𝔽</mi><mi>p</mi></msub></math>")
        // ℤ and ℝ live in Letterlike Symbols, not in the math block.
        #expect(try mathML("\\mathbb{Z}") == "<math><mi mathvariant=\"normal\">ℤ</mi></math>")
        #expect(try mathML("\\mathbb{G}_T").contains("𝔾"))
        #expect(try mathML("\\mathrm{mod}") == "<math><mi>mod</mi></math>")
        #expect(try mathML("\\mathcal{O}") == "<math><mi mathvariant=\"normal\">𝒪</mi></math>")
        #expect(try mathML("\\mathbf{v}") == "<math><mi mathvariant=\"normal\">𝐯</mi></math>")
    }

    @Test func bracketsAndPairings() throws {
        #expect(
            try mathML("[\\tau]_1") == "<math><mrow><mo stretchy=\"false\">[</mo><mi>τ</mi>"
                + "<msub><mo stretchy=\"false\">]</mo><mn>1</mn></msub></mrow></math>")
        #expect(
            try mathML("e(P, Q)") == "<math><mrow><mi>e</mi><mo stretchy=\"false\">(</mo><mi>P</mi><mo>,</mo>"
                + "<mi>Q</mi><mo stretchy=\"false\">)</mo></mrow></math>")
        #expect(
            try mathML("\\left( x \\right)") == "<math><mrow><mo fence=\"true\" form=\"prefix\">(</mo><mi>x</mi>"
                + "<mo fence=\"true\" form=\"postfix\">)</mo></mrow></math>")
        #expect(
            try mathML("\\lfloor x \\rfloor").contains(
                "<mo stretchy=\"false\">⌊</mo><mi>x</mi><mo stretchy=\"false\">⌋</mo>"))
        #expect(try mathML("\\lceil x \\rceil").contains("⌈</mo><mi>x</mi><mo stretchy=\"false\">⌉"))
        #expect(
            try mathML("\\left\\{ x \\right.") == "<math><mrow><mo fence=\"true\" form=\"prefix\">{</mo>"
                + "<mi>x</mi></mrow></math>")
    }

    @Test func functionNamesAndText() throws {
        // A thin space before an argument, none before a bracket.
        #expect(try mathML("\\log x") == "<math><mrow><mi>log</mi><mspace width=\"0.1667em\"/><mi>x</mi></mrow></math>")
        #expect(
            try mathML("\\operatorname{lcm}(a)") == "<math><mrow><mi>lcm</mi><mo stretchy=\"false\">(</mo>"
                + "<mi>a</mi><mo stretchy=\"false\">)</mo></mrow></math>")
        #expect(
            try mathML("n \\log n") == "<math><mrow><mi>n</mi><mspace width=\"0.1667em\"/><mi>log</mi>"
                + "<mspace width=\"0.1667em\"/><mi>n</mi></mrow></math>")
        #expect(try text("O(n \\log n)") == "O(n log n)")
        #expect(try mathML("\\text{if } x") == "<math><mrow><mtext>if\u{00A0}</mtext><mi>x</mi></mrow></math>")
    }

    @Test func environmentsBecomeTables() throws {
        #expect(
            try mathML("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}")
                == "<math><mrow><mo fence=\"true\" form=\"prefix\">(</mo><mtable>"
                + "<mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr>"
                + "<mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr>"
                + "</mtable><mo fence=\"true\" form=\"postfix\">)</mo></mrow></math>")
        let aligned = try mathML("\\begin{aligned} x &= 1 \\\\ y &= 2 \\\\ \\end{aligned}", display: true)
        #expect(aligned.components(separatedBy: "<mtr>").count == 3, "a trailing \\\\ adds no row")
        #expect(aligned.contains("<mtd class=\"align-right\"><mi>x</mi></mtd><mtd class=\"align-left\">"))
    }

    @Test func aMinusWithNothingBeforeItIsASign() throws {
        #expect(try mathML("-x") == "<math><mrow><mo form=\"prefix\">−</mo><mi>x</mi></mrow></math>")
        #expect(try mathML("(-p)").contains("<mo stretchy=\"false\">(</mo><mo form=\"prefix\">−</mo><mi>p</mi>"))
        #expect(try mathML("a = -b").contains("<mo>=</mo><mo form=\"prefix\">−</mo>"))
        #expect(try mathML("a - b") == "<math><mrow><mi>a</mi><mo>−</mo><mi>b</mi></mrow></math>")
    }

    @Test func escapesMarkupCharacters() throws {
        #expect(try mathML("a < b") == "<math><mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi></mrow></math>")
        #expect(try mathML("\\text{a \\& b}") == "<math><mtext>a &amp; b</mtext></math>")
    }

    @Test func unknownCommandsAndBadGroupingAreErrors() {
        func error(_ tex: String) -> TeXError? {
            do {
                _ = try TeXParser.parse(tex, display: false)
                return nil
            } catch {
                return error
            }
        }
        #expect(error("a + \\frobnicate{x}") == TeXError(message: "unknown TeX command `\\frobnicate`", offset: 4))
        #expect(error("\\begin{tabular}x\\end{tabular}")?.message == "unknown TeX environment `tabular`")
        #expect(error("{x")?.message == "a `{` is never closed")
        #expect(error("x}")?.message == "this `}` closes nothing")
        #expect(error("x^")?.message == "an argument is missing at the end of the formula")
        #expect(error("x^a^b")?.message.hasPrefix("double superscript") == true)
        #expect(error("a & b")?.message.hasPrefix("`&` is only allowed inside an environment") == true)
        #expect(error("\\left( x")?.message == "`\\left` without a matching `\\right`")
        #expect(
            error("\\begin{pmatrix} a \\end{bmatrix}")?.message == "`\\begin{pmatrix}` is closed by `\\end{bmatrix}`")
        #expect(error("50%")?.message.contains("\\%") == true)
    }

    @Test func unicodeTextForTheTerminal() throws {
        #expect(try text("x^2") == "x²")
        #expect(try text("a \\cdot b \\equiv c \\pmod{p}") == "a·b ≡ c (mod p)")
        #expect(try text("[\\tau]_1") == "[τ]₁")
        #expect(try text("\\mathbb{F}_p") == "𝔽ₚ")
        #expect(try text("\\frac{p+1}{4}") == "(p + 1)/4")
        #expect(try text("x^{(p-1)/2}") == "x^((p − 1)/2)")
        #expect(try text("a - -b") == "a − −b")
        #expect(try text("e(P, Q) = 1") == "e(P, Q) = 1")
        #expect(try text("\\sqrt{x}") == "√x")
        #expect(try text("\\omega^{2^k}") == "ω^(2ᵏ)")
        #expect(try text("\\sum_{i=0}^{n} a_i") == "∑ᵢ₌₀ⁿ aᵢ")
    }

    @Test func displayLayoutDrawsTablesARowALine() throws {
        func display(_ tex: String) throws -> String {
            MathTextWriter.text(for: try TeXParser.parse(tex, display: true), layout: .display)
        }
        #expect(try display(#"A = \begin{pmatrix} a & b \\ c & d \end{pmatrix}"#) == "A = ⎛a  b⎞\n    ⎝c  d⎠")
        #expect(
            try display(#"M = \begin{bmatrix} 1 & 0 \\ 0 & 1 \\ 1 & 1 \end{bmatrix} v"#)
                == "    ⎡1  0⎤\nM = ⎢0  1⎥v\n    ⎣1  1⎦")
        #expect(
            try display(#"|x| = \begin{cases} x & x \ge 0 \\ -x & \text{otherwise} \end{cases}"#)
                == "|x| = ⎧ x   x ≥ 0\n      ⎩ −x  otherwise")
        #expect(try display(#"\begin{aligned} x &= 1 \\ yy &= 2 \end{aligned}"#) == " x = 1\nyy = 2")
        // On one line, as inline formulas and the search index need them.
        #expect(try text(#"\begin{pmatrix} a & b \\ c & d \end{pmatrix}"#) == "(a  b; c  d)")
    }

    @Test func bracesCarryTheirLabelAndFractionsOnOneLineKeepTheirMeaning() throws {
        #expect(
            try mathML(#"\underbrace{a+b}_{n}"#) == "<math><munder><munder accentunder=\"true\"><mrow><mi>a</mi>"
                + "<mo>+</mo><mi>b</mi></mrow><mo stretchy=\"true\">⏟</mo></munder><mi>n</mi></munder></math>")
        #expect(try text(#"\underbrace{a+b}_{n}"#) == "(a + b)ₙ")
        #expect(try text(#"\frac{b}{c}(n+1)"#) == "(b/c)(n + 1)", "not b/c(n + 1)")
        #expect(try text(#"\frac{a}{2x}"#) == "a/(2x)", "not a/2x")
        #expect(try text(#"\frac{a_1}{x^2}"#) == "a₁/x²")
    }

    /// Nesting that would overflow the stack of a recursive parser without a bound: each shape reaches the
    /// recursion through a different path (groups, arguments without braces, `\\left`, environments,
    /// `\\displaystyle`), and each must end in an error at the level past the bound, not in a crash.
    @Test(arguments: [
        String(repeating: "{", count: 100_000) + "x" + String(repeating: "}", count: 100_000),
        String(repeating: "\\frac{", count: 20_000) + "1" + String(repeating: "}{2}", count: 20_000),
        String(repeating: "\\sqrt", count: 100_000) + "x",
        String(repeating: "x^{", count: 50_000) + "2" + String(repeating: "}", count: 50_000),
        String(repeating: "\\left(", count: 50_000) + "x" + String(repeating: "\\right)", count: 50_000),
        String(repeating: "\\begin{pmatrix}", count: 20_000) + "x" + String(repeating: "\\end{pmatrix}", count: 20_000),
        String(repeating: "\\displaystyle ", count: 100_000) + "x",
        String(repeating: "{", count: 100_000),
    ])
    func deepNestingIsAnErrorNotACrash(tex: String) {
        let error = #expect(throws: TeXError.self) { try TeXParser.parse(tex, display: true) }
        #expect(error?.message.hasPrefix("the formula nests more than \(TeXParser.maximumDepth) levels deep") == true)
    }

    @Test func nestingUpToTheBoundStillParses() throws {
        let depth = TeXParser.maximumDepth - 1
        let tex = String(repeating: "{", count: depth - 1) + "x" + String(repeating: "}", count: depth - 1)
        #expect(try text(tex) == "x")
    }

    /// Every prefix of formulas the chapters use, and each of them with one character dropped, is either a
    /// formula or an error pointing inside it: truncated and unbalanced input never traps.
    @Test func truncatedAndDamagedFormulasAreErrorsNotCrashes() {
        func parseOrPointInside(_ tex: String, display: Bool) {
            do {
                // What parses must also write, in MathML and in both text layouts.
                let node = try TeXParser.parse(tex, display: display)
                #expect(MathMLWriter.markup(for: node, display: display).hasSuffix("</math>"))
                _ = MathTextWriter.text(for: node, layout: .display) + MathTextWriter.text(for: node, layout: .inline)
            } catch {
                #expect((0...tex.count).contains(error.offset), "\(error) for \(tex)")
                #expect(!error.message.isEmpty)
            }
        }
        let formulas = [
            "\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}", "\\left( \\frac{x^{2}}{y_1} \\right]",
            "\\sqrt[3]{\\mathbb{F}_{p^{12}}}", "\\text{if } x \\not\\equiv 0 \\pmod{p}",
            "\\sum_{i=0}^{n-1} a_i \\binom{n}{i}", "\\begin{cases} 1 & x > 0 \\\\ 0 & \\text{else} \\end{cases}",
            "A = \\begin{bmatrix} \\begin{pmatrix} a \\end{pmatrix} & b \\end{bmatrix} \\begin{pmatrix}\\end{pmatrix}",
        ]
        for formula in formulas {
            let characters = Array(formula)
            for end in 0...characters.count {
                parseOrPointInside(String(characters[..<end]), display: true)
            }
            for dropped in characters.indices {
                var damaged = characters
                damaged.remove(at: dropped)
                parseOrPointInside(String(damaged), display: false)
            }
        }
    }
}
