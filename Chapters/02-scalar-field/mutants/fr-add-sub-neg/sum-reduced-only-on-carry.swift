// The sum is reduced only when it carries out of 256 bits, not whenever it is r or more.
import ExerciseSupport

// Addition needs no Montgomery arithmetic: (aR + bR) mod r = (a + b)·R mod r, so the forms add like the elements.

extension Fr {
    /// a + b mod r.
    ///
    /// Both Montgomery forms are below r, so their sum is below 2r: one conditional subtraction of r reduces it.
    public static func + (a: Fr, b: Fr) -> Fr {
        // BEGIN SOLUTION
        let (sum, carry) = add(a.montgomery, b.montgomery)
        let (reduced, borrow) = subtract(sum, Fr.modulus)
        // Keep sum − r unless it went negative. The carry case cannot happen for this r (2r < 2^256) but costs
        // nothing to handle. Not constant time: this branch depends on the values; production code selects
        // with a mask instead.
        return Fr(montgomery: carry ? reduced : sum)
        // END SOLUTION
    }

    /// a − b mod r.
    ///
    /// The limb difference is in (−r, r): when it borrows, adding r brings it back into [0, r).
    public static func - (a: Fr, b: Fr) -> Fr {
        // BEGIN SOLUTION
        let (difference, borrow) = subtract(a.montgomery, b.montgomery)
        // Adding r to the wrapped difference wraps back past 2^256; the carry out is expected and dropped.
        // Not constant time: the branch depends on the values.
        return Fr(montgomery: borrow ? add(difference, Fr.modulus).sum : difference)
        // END SOLUTION
    }

    /// −a mod r. The negation of zero is zero, not r: r is not a valid Montgomery form.
    public static prefix func - (a: Fr) -> Fr {
        // BEGIN SOLUTION
        a.isZero ? a : Fr(montgomery: subtract(Fr.modulus, a.montgomery).difference)
        // END SOLUTION
    }
}
