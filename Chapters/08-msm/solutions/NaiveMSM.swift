import Curves
import ExerciseSupport
import Fields
import Limbs

/// Σ scalars[i] · points[i], one scalar multiplication at a time: about 255 doublings and 128 additions per point.
///
/// Each k · P is computed by double-and-add over the bits of k's canonical value, from the most significant bit
/// down. Not constant time: the additions depend on the bits of the scalars (fine for an MSM's public inputs).
///
/// - Precondition: `points.count == scalars.count`.
public func naiveMSM<G: MSMGroup>(points: [G], scalars: [Fr]) -> G {
    // BEGIN SOLUTION
    precondition(points.count == scalars.count, "one scalar per point")
    var sum = G.identity
    for (point, scalar) in zip(points, scalars) {
        let k = scalar.canonical
        var product = G.identity
        for bit in (0 ..< 256).reversed() {
            product = product.doubled()
            if (k[limb: bit / 64] >> UInt64(bit % 64)) & 1 == 1 { product = product + point }
        }
        sum = sum + product
    }
    return sum
    // END SOLUTION
}
