import ExerciseSupport
import Limbs

// Addition needs no Montgomery arithmetic: (aR + bR) mod r = (a + b)·R mod r, so the forms add like the elements.

extension Fr {
    /// a + b mod r.
    ///
    /// Both Montgomery forms are below r, so their sum is below 2r: one conditional subtraction of r reduces it.
    public static func + (a: Fr, b: Fr) -> Fr {
        unimplemented()
    }

    /// a − b mod r.
    ///
    /// The limb difference is in (−r, r): when it borrows, adding r brings it back into [0, r).
    public static func - (a: Fr, b: Fr) -> Fr {
        unimplemented()
    }

    /// −a mod r. The negation of zero is zero, not r: r is not a valid Montgomery form.
    public static prefix func - (a: Fr) -> Fr {
        unimplemented()
    }
}
