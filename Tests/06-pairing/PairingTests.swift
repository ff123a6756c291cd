import Testing

/// `pairing-optimal-ate`: the final exponentiation against plain exponentiation, the pairing against the oracle's
/// and its bilinearity, non-degeneracy and order. The checks are shared with the reference's tests:
/// `Tests/Suites/06-pairing`.
@Suite struct PairingTests {
    @Test func finalExponentiation() { Learner.checks.finalExponentiation(file: Learner.file("Pairing.swift")) }

    @Test func pairingValues() { Learner.checks.pairingValues(file: Learner.file("Pairing.swift")) }

    @Test func pairingProperties() { Learner.checks.pairingProperties(file: Learner.file("Pairing.swift")) }
}
