import Chapter05Exercises
import Chapter05Suites
import Testing

/// `g2-clear-cofactor`: Budroni and Pintore's formula against [h_eff]P by double and add. Learner only: the
/// reference never hashes to G2, so it has no cofactor clearing to run the same check on.
@Suite struct CofactorClearingTests {
    @Test func againstEffectiveCofactor() {
        CofactorClearingChecks.clearCofactor(file: Learner.file("CofactorClearing.swift")) {
            Chapter05Exercises.clearCofactor($0)
        }
    }
}
