// rootOfUnity divides r − 1 by 2^(k+1), giving a root of order 2^(k+1) instead of 2^k.
import ExerciseSupport
import Fields
import Limbs

/// A primitive root of unity of order 2^log2Order in Fr, for 0 ≤ log2Order ≤ 32: the ω whose powers
/// ω^0, ω^1, …, ω^(n−1), n = 2^log2Order, are the FFT's evaluation points.
///
/// It must be 7^((r − 1) / 2^log2Order), the root EIP-4844 uses (consensus-specs, deneb/polynomial-commitments.md,
/// `compute_roots_of_unity`), so that your evaluations line up with blobs. Write it with `Fr.multiplicativeGenerator`,
/// `Fr.modulus` and `pow(_:)`; `Fields` has its own `Fr.rootOfUnity(log2Order:)`, which is the answer, not a tool.
public func rootOfUnity(log2Order: Int) -> Fr {
    precondition((0 ... Fr.twoAdicity).contains(log2Order), "Fr has roots of unity of order 2^0 … 2^32 only")
    // r − 1 = 2^32 · t, so (r − 1) / 2^k is exact for k ≤ 32: a shift, no division.
    let groupOrder = Fr.modulus.subtractingReportingBorrow(UInt256(1)).difference
    // 7 generates Fr^*, of order r − 1; its power by (r − 1)/2^k has order exactly 2^k.
    return Fr.multiplicativeGenerator.pow(groupOrder.shiftedRight(by: log2Order + 1))
}
