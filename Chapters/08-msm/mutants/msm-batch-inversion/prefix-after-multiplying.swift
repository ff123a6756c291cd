// each prefix product is stored after multiplying the element in, so it includes the element itself.
import ExerciseSupport
import Fields

/// The inverse of every element, for the price of one field inversion and about 3 multiplications per element
/// (Montgomery's trick). Zeros have no inverse: they stay zero and do not spoil the others.
///
/// Forward, the prefix products p_i = a_0 ⋯ a_(i−1) of the non-zero elements; one inversion of their full
/// product; backward, a_i⁻¹ = p_i · (a_0 ⋯ a_i)⁻¹, and (a_0 ⋯ a_(i−1))⁻¹ = a_i · (a_0 ⋯ a_i)⁻¹ for the next step.
public func batchInverse(_ values: [Fp]) -> [Fp] {
    var prefixProducts: [Fp] = []
    prefixProducts.reserveCapacity(values.count)
    var product = Fp.one
    for value in values {
        if !value.isZero { product = product * value }
        prefixProducts.append(product)
    }
    // A product of non-zero elements is non-zero, so the inverse exists (it is 1 when every element is zero).
    var inverse = product.inverse()!
    var inverses = [Fp](repeating: .zero, count: values.count)
    for index in values.indices.reversed() where !values[index].isZero {
        inverses[index] = prefixProducts[index] * inverse
        inverse = inverse * values[index]
    }
    return inverses
}
