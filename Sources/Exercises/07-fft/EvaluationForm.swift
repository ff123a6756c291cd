import ExerciseSupport
import Fields

/// The polynomial with these coefficients (lowest degree first; n of them, n a power of two) in evaluation form,
/// as EIP-4844 lays out a blob: entry i is its value at the i-th root of the domain in bit-reversed order,
/// ω^reverseBits(i, bitWidth: log2(n)).
public func evaluationForm(coefficients: [Fr]) -> [Fr] {
    unimplemented()
}

/// The coefficients (lowest degree first) of the polynomial of degree below n whose evaluation form, in the
/// bit-reversed order of `evaluationForm(coefficients:)`, is `evaluations`.
public func coefficientForm(evaluations: [Fr]) -> [Fr] {
    unimplemented()
}
