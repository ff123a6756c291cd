// + subtracts r only when the limb addition carried, so sums in [r, 2r) are left unreduced (non-canonical).
import ExerciseSupport
import Limbs

// Addition needs no Montgomery arithmetic: (aR + bR) mod r = (a + b)·R mod r, so the forms add like the elements.

extension Fr {
    /// a + b mod r.
    ///
    /// Both Montgomery forms are below r, so their sum is below 2r: one conditional subtraction of r reduces it.
    public static func + (a: Fr, b: Fr) -> Fr {
        let (sum, carry) = a.montgomery.addingReportingCarry(b.montgomery)
        let (reduced, borrow) = sum.subtractingReportingBorrow(Fr.modulus)
        // Keep sum − r unless it went negative. The carry case cannot happen for this r (2r < 2^256) but costs
        // nothing to handle. Not constant time: this branch depends on the values; production code selects
        // with a mask instead.
        return Fr(montgomery: carry ? reduced : sum)
    }

    /// a − b mod r.
    ///
    /// The limb difference is in (−r, r): when it borrows, adding r brings it back into [0, r).
    public static func - (a: Fr, b: Fr) -> Fr {
        let (difference, borrow) = a.montgomery.subtractingReportingBorrow(b.montgomery)
        // Adding r to the wrapped difference wraps back past 2^256; the carry out is expected and dropped.
        // Not constant time: the branch depends on the values.
        return Fr(montgomery: borrow ? difference.addingReportingCarry(Fr.modulus).sum : difference)
    }

    /// −a mod r. The negation of zero is zero, not r: r is not a valid Montgomery form.
    public static prefix func - (a: Fr) -> Fr {
        a.isZero ? a : Fr(montgomery: Fr.modulus.subtractingReportingBorrow(a.montgomery).difference)
    }
}
