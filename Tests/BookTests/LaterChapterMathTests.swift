import Testing

@testable import Book

/// Formulas the later chapters will need (the plan is in the book's chapter list: the extension tower, curves,
/// the pairing, FFTs, MSM, KZG, EIP-4844 and EIP-7594, and the production chapters' SLO arithmetic). Each must
/// convert to MathML for the site and to Unicode text for the terminal, so a chapter author finds the
/// converter ready rather than discovering gaps one build error at a time.
@Suite struct LaterChapterMathTests {
    static let formulas: [(chapter: Int, tex: String)] = [
        // 3. Extension fields.
        (3, #"\mathbb{F}_{p^2} = \mathbb{F}_p[u]/(u^2 + 1)"#),
        (3, #"\mathbb{F}_{p^6} = \mathbb{F}_{p^2}[v]/(v^3 - \xi), \quad \xi = u + 1"#),
        (3, #"\mathbb{F}_{p^{12}} = \mathbb{F}_{p^6}[w]/(w^2 - v)"#),
        (
            3,
            #"(a_0 + a_1 u)(b_0 + b_1 u) = (a_0 b_0 - a_1 b_1) + \big((a_0 + a_1)(b_0 + b_1) - a_0 b_0 - a_1 b_1\big) u"#
        ),
        (3, #"(a_0 + a_1 u)^{-1} = \frac{a_0 - a_1 u}{a_0^2 + a_1^2}"#),
        (3, #"\bar{a} = a_0 - a_1 u, \qquad \overline{a \cdot b} = \bar{a} \cdot \bar{b}"#),
        (3, #"N(a) = a \cdot \bar{a} = a_0^2 + a_1^2 \in \mathbb{F}_p"#),
        (3, #"a^p \equiv a_0 + a_1 u^p \pmod{p}, \quad u^p = -u"#),
        (3, #"\gamma_{1,i} = \xi^{i(p-1)/6}, \quad 1 \le i \le 5"#),
        (
            3,
            #"\begin{pmatrix} c_0 \\ c_1 \\ c_2 \end{pmatrix} = \begin{pmatrix} a_0 & \xi a_2 & \xi a_1 \\ a_1 & a_0 & \xi a_2 \\ a_2 & a_1 & a_0 \end{pmatrix} \begin{pmatrix} b_0 \\ b_1 \\ b_2 \end{pmatrix}"#
        ),
        (3, #"\sqrt{a} = \pm\sqrt{\frac{a_0 \pm \sqrt{N(a)}}{2}} + \frac{a_1}{2x_0} u"#),
        (
            3,
            #"\begin{aligned} v_0 &= a_0 b_0, \quad v_1 = a_1 b_1 \\ c_0 &= v_0 + \beta v_1 \\ c_1 &= (a_0 + a_1)(b_0 + b_1) - v_0 - v_1 \end{aligned}"#
        ),
        // 4. G1.
        (4, #"E(\mathbb{F}_p)\colon y^2 = x^3 + 4"#),
        (
            4,
            #"\lambda = \frac{y_2 - y_1}{x_2 - x_1}, \quad x_3 = \lambda^2 - x_1 - x_2, \quad y_3 = \lambda(x_1 - x_3) - y_1"#
        ),
        (
            4,
            #"P + Q = \begin{cases} \mathcal{O} & \text{if } Q = -P, \\ [2]P & \text{if } Q = P, \\ (x_3, y_3) & \text{otherwise.} \end{cases}"#
        ),
        (4, #"(X : Y : Z) \mapsto \left(\frac{X}{Z^2}, \frac{Y}{Z^3}\right)"#),
        (4, #"[k]P = \sum_{i=0}^{\lfloor \log_2 k \rfloor} k_i \, [2^i] P"#),
        (4, #"\phi(x, y) = (\beta x, y), \quad \phi(P) = [\lambda]P, \quad k \equiv k_1 + k_2 \lambda \pmod{r}"#),
        (4, ##"\#E(\mathbb{F}_p) = h \cdot r, \quad \lvert k_1 \rvert, \lvert k_2 \rvert \approx \sqrt{r}"##),
        // 5. G2.
        (5, #"E'(\mathbb{F}_{p^2})\colon y^2 = x^3 + 4(u + 1)"#),
        (5, #"\psi = \phi^{-1} \circ \pi_p \circ \phi, \qquad \psi(P) = [p]P \iff P \in \mathbb{G}_2"#),
        // 6. Pairing.
        (6, #"e\colon \mathbb{G}_1 \times \mathbb{G}_2 \to \mathbb{G}_T \subset \mathbb{F}_{p^{12}}^{*}"#),
        (6, #"e([a]P, [b]Q) = e(P, Q)^{ab}"#),
        (6, #"f_{i+j,Q} = f_{i,Q} \cdot f_{j,Q} \cdot \frac{\ell_{[i]Q,[j]Q}}{v_{[i+j]Q}}"#),
        (6, #"e(P, Q) = f_{\lvert x \rvert, Q}(P)^{\frac{p^{12} - 1}{r}}"#),
        (
            6,
            #"\frac{p^{12} - 1}{r} = \underbrace{(p^6 - 1)(p^2 + 1)}_{\text{easy}} \cdot \underbrace{\frac{p^4 - p^2 + 1}{r}}_{\text{hard}}"#
        ),
        (6, #"\prod_{i=1}^{n} e(P_i, Q_i) = 1"#),
        // 7. FFT.
        (7, #"\omega^n = 1, \quad \omega^{n/2} = -1, \quad \omega^k \ne 1 \text{ for } 0 < k < n"#),
        (7, #"\hat{f}_k = \sum_{j=0}^{n-1} f_j \, \omega^{jk}"#),
        (7, #"\begin{aligned} A_k &= E_k + \omega^k O_k \\ A_{k + n/2} &= E_k - \omega^k O_k \end{aligned}"#),
        (
            7,
            #"F_n = \begin{bmatrix} 1 & 1 & \cdots & 1 \\ 1 & \omega & \cdots & \omega^{n-1} \\ \vdots & \vdots & \ddots & \vdots \\ 1 & \omega^{n-1} & \cdots & \omega^{(n-1)^2} \end{bmatrix}"#
        ),
        (7, #"f(z) = \frac{z^n - 1}{n} \sum_{i=0}^{n-1} \frac{f(\omega^i) \, \omega^i}{z - \omega^i}"#),
        (7, #"\operatorname{bitrev}_{\log_2 n}(i), \quad g \cdot \langle \omega \rangle"#),
        // 8. MSM.
        (8, #"Q = \sum_{i=1}^{n} [s_i] P_i"#),
        (
            8,
            #"\text{cost} \approx \frac{b}{c}\left(n + 2^c\right), \quad s = \sum_j d_j 2^{cj}, \quad d_j \in [-2^{c-1}, 2^{c-1})"#
        ),
        // 9. KZG.
        (9, #"C = [p(\tau)]_1 = \sum_{i} p_i \, [\tau^i]_1"#),
        (9, #"q(X) = \frac{p(X) - y}{X - z}, \qquad e(C - [y]_1, [1]_2) = e(\pi, [\tau - z]_2)"#),
        (9, #"\sum_{i} r^i \bigl(C_i - [y_i]_1\bigr)"#),
        // 10. EIP-4844.
        (10, #"\text{blob} \in \mathbb{F}_r^{4096}, \quad z = \mathrm{hash}(\text{blob} \,\|\, C) \bmod r"#),
        // 11. EIP-7594.
        (11, #"\binom{n}{k}, \quad \left\lceil \frac{n}{2} \right\rceil, \quad \sqrt[n]{1}"#),
        (
            11,
            #"\begin{align*} h &= T \cdot c \\ T &= \begin{pmatrix} c_{n-1} & c_{n-2} & \cdots & c_0 \\ 0 & c_{n-1} & \cdots & c_1 \\ \vdots & & \ddots & \vdots \\ 0 & 0 & \cdots & c_{n-1} \end{pmatrix} \end{align*}"#
        ),
        // 12. Your backend.
        (12, #"\text{speed-up} = \frac{t_\text{reference}}{t_\text{yours}}"#),
        // 13–17. Production.
        (14, #"\mathcal{O}(n \log n)"#),
        (
            17,
            #"\text{burn rate} = \frac{\text{error ratio}}{1 - \text{SLO}}, \quad \text{budget} = (1 - 0.999) \cdot 30 \text{ days}"#
        ),
        (17, #"P(\text{page}) = 1 - (1 - p)^{n}"#),
        // 18. Notarised datasets.
        (18, #"h_i = H(h_{2i} \,\|\, h_{2i+1}), \quad \text{depth} = \lceil \log_2 n \rceil"#),
    ]

    @Test(arguments: formulas.indices)
    func convertsForTheSiteAndTheTerminal(index: Int) throws {
        let (chapter, tex) = Self.formulas[index]
        let node = try TeXParser.parse(tex, display: true)
        let mathML = MathMLWriter.markup(for: node, display: true)
        #expect(!mathML.contains("\\"), "chapter \(chapter): TeX left in the MathML of \(tex)")
        let text = MathTextWriter.text(for: node)
        #expect(!text.contains("\\") && !text.isEmpty, "chapter \(chapter): TeX left in the text of \(tex)")
    }
}
