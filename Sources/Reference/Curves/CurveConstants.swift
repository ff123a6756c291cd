import ExtensionFields
import Fields
import Limbs

/// |x| for the BLS12-381 parameter x = −0xd201000000010000 (x is negative). p, r and the pairing's loop length
/// are all polynomials in x: r = x⁴ − x² + 1, p = (x − 1)²·r/3 + x.
public let blsParameterMagnitude: UInt64 = 0xd201_0000_0001_0000

/// An Fp constant from its canonical hexadecimal value; only for this module's literals, all below p.
func constant(_ hex: String) -> Fp {
    try! Fp(canonical: UInt384(hex: hex)!)
}
