import ExerciseSupport
import Fields
import Limbs

/// The signed base-2^c digits of a scalar: d_0 … d_(w−1) with w = ⌈256/c⌉, every d_j in [−2^(c−1), 2^(c−1)], and
/// Σ d_j · 2^(j·c) equal to the scalar's canonical value.
///
/// Window j holds the bits j·c … j·c + c − 1 plus the carry from window j − 1; a value above 2^(c−1) becomes
/// value − 2^c and carries 1 into window j + 1. Since the scalar is below r < 2^255, w windows always leave room
/// for the last carry.
///
/// - Precondition: 1 ≤ windowBits ≤ 62.
public func signedDigits(of scalar: Fr, windowBits c: Int) -> [Int] {
    unimplemented()
}
