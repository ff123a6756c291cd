import Foundation

/// How an algorithm's running time grows with its input size n, as `tutor bench` names it.
public enum GrowthClass: String, CaseIterable, Sendable {
    case nOverLogN = "n/log n"
    case linear = "n"
    case nLogN = "n log n"
    case quadratic = "n^2"
    case cubic = "n^3"

    /// The name a person reads: "n log n", "n²".
    public var name: String {
        switch self {
        case .nOverLogN: "n / log n"
        case .linear: "n"
        case .nLogN: "n log n"
        case .quadratic: "n²"
        case .cubic: "n³"
        }
    }

    func cost(_ n: Double) -> Double {
        switch self {
        case .nOverLogN: n / log2(n)
        case .linear: n
        case .nLogN: n * log2(n)
        case .quadratic: n * n
        case .cubic: n * n * n
        }
    }

    /// The exponent a time growing exactly like this class shows when fitted over `sizes`: n log n over 2^8 … 2^12
    /// looks like n^1.15, n / log n over 2^6 … 2^12 like n^0.83. Comparing fitted exponents over the same sizes
    /// is what lets a fit tell these classes apart.
    func apparentExponent(over sizes: [Int]) -> Double {
        fittedExponent(sizes: sizes.map(Double.init), times: sizes.map { cost(Double($0)) })
    }
}

/// The slope of the least-squares line through (log n, log t): t grows like n to this power.
public func fittedExponent(sizes: [Double], times: [Double]) -> Double {
    let x = sizes.map { log($0) }
    let y = times.map { log($0) }
    let count = Double(x.count)
    let meanX = x.reduce(0, +) / count
    let meanY = y.reduce(0, +) / count
    var covariance = 0.0
    var variance = 0.0
    for (xi, yi) in zip(x, y) {
        covariance += (xi - meanX) * (yi - meanY)
        variance += (xi - meanX) * (xi - meanX)
    }
    return variance > 0 ? covariance / variance : .nan
}

/// The growth the learner's times show over their sizes, against the growth expected.
///
/// Only growth faster than expected is a fault: a fixed cost (a table built once, twiddle factors, an allocation)
/// weighs more at small sizes and flattens the fitted curve, so a correct FFT can fit nearer n than n log n. Naming
/// that "n" would send the learner looking for a mistake that is not there; it is reported as "no faster than".
public struct GrowthVerdict: Equatable, Sendable {
    public let exponent: Double
    /// The class whose apparent exponent over the same sizes is nearest the fitted one.
    public let observed: GrowthClass
    public let expected: GrowthClass
    /// Whether the observed class grows no faster than the expected one over these sizes.
    public let asExpected: Bool

    /// nil for fewer than three sizes (too few to fit) or times that are not all positive.
    public init?(sizes: [Int], medians: [Double], expected: GrowthClass) {
        guard sizes.count >= 3, sizes.count == medians.count, medians.allSatisfy({ $0 > 0 }),
            Set(sizes).count == sizes.count
        else { return nil }
        let fitted = fittedExponent(sizes: sizes.map(Double.init), times: medians)
        exponent = fitted
        let observed = GrowthClass.allCases.min { a, b in
            abs(a.apparentExponent(over: sizes) - fitted) < abs(b.apparentExponent(over: sizes) - fitted)
        }!
        self.observed = observed
        self.expected = expected
        asExpected = observed.apparentExponent(over: sizes) <= expected.apparentExponent(over: sizes)
    }

    /// "your FFT grows like n², expected n log n", "… grows like n log n, as expected", or "… grows no faster than
    /// n log n, as expected".
    public func sentence(for name: String) -> String {
        if observed == expected { return "your \(name) grows like \(expected.name), as expected" }
        if asExpected { return "your \(name) grows no faster than \(expected.name), as expected" }
        return "your \(name) grows like \(observed.name), expected \(expected.name)"
    }
}
