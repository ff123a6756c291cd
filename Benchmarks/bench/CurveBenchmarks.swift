import Curves
import ExtensionFields
import Fields
import Foundation
import Pairing
import SeededRandom

/// Extension-field arithmetic, G1 and G2 operations, point decoding and the pairing. Field operations feed the
/// next (x ← x·y) so they are latencies; group operations run on random points or scalars, the same ones on every
/// run (from a fixed seed) so that two builds can be compared. Times are the median over seven rounds of the
/// thread's CPU time, which other processes on a shared machine disturb less than wall-clock time.
func runCurveBenchmarks() {
    var generator = SeededGenerator(seed: 381)
    var rows: [[String]] = []
    func row(_ name: String, _ nanoseconds: Double) { rows.append([name, formatDuration(nanoseconds: nanoseconds)]) }

    let a2 = Fp2.random(using: &generator)
    let b2 = Fp2.random(using: &generator)
    let fieldOperations = 200_000
    row(
        "Fp2 mul",
        cpuNanosecondsPerOperation(operations: fieldOperations) {
            var x = a2
            for _ in 0..<fieldOperations { x = x * b2 }
            keepAlive(x)
        })
    row(
        "Fp2 square",
        cpuNanosecondsPerOperation(operations: fieldOperations) {
            var x = a2
            for _ in 0..<fieldOperations { x = x.squared() }
            keepAlive(x)
        })
    let a12 = Fp12.random(using: &generator)
    let b12 = Fp12.random(using: &generator)
    let towerOperations = 10_000
    row(
        "Fp12 mul",
        cpuNanosecondsPerOperation(operations: towerOperations) {
            var x = a12
            for _ in 0..<towerOperations { x = x * b12 }
            keepAlive(x)
        })
    row(
        "Fp12 square",
        cpuNanosecondsPerOperation(operations: towerOperations) {
            var x = a12
            for _ in 0..<towerOperations { x = x.squared() }
            keepAlive(x)
        })
    row(
        "Fp12 inverse",
        cpuNanosecondsPerOperation(operations: 1_000) {
            var x = a12
            for _ in 0..<1_000 { x = (x.inverse() ?? .one) + b12 }
            keepAlive(x)
        })

    let p = G1Projective.generator * Fr.random(using: &generator)
    let q = G1Projective.generator * Fr.random(using: &generator)
    let qAffine = G1Affine(q)
    let groupOperations = 20_000
    row(
        "G1 add",
        cpuNanosecondsPerOperation(operations: groupOperations) {
            var x = p
            for _ in 0..<groupOperations { x = x + q }
            keepAlive(x)
        })
    row(
        "G1 mixed add",
        cpuNanosecondsPerOperation(operations: groupOperations) {
            var x = p
            for _ in 0..<groupOperations { x = x + qAffine }
            keepAlive(x)
        })
    row(
        "G1 double",
        cpuNanosecondsPerOperation(operations: groupOperations) {
            var x = p
            for _ in 0..<groupOperations { x = x.doubled() }
            keepAlive(x)
        })
    let scalars = (0..<100).map { _ in Fr.random(using: &generator) }
    row(
        "G1 scalar mul (Fr, GLV)",
        cpuNanosecondsPerOperation(operations: scalars.count) {
            for scalar in scalars { keepAlive(p * scalar) }
        })
    let g1Encodings = (0..<100).map { _ in G1Affine(G1Projective.generator * Fr.random(using: &generator)).compressed }
    row(
        "G1 decompress (with subgroup check)",
        cpuNanosecondsPerOperation(operations: g1Encodings.count) {
            for encoding in g1Encodings { keepAlive(try? G1Affine(compressed: encoding)) }
        })
    row(
        "G1 subgroup check",
        cpuNanosecondsPerOperation(operations: 100) {
            for _ in 0..<100 { keepAlive(p.isInSubgroup) }
        })

    let r = G2Projective.generator * Fr.random(using: &generator)
    let s = G2Projective.generator * Fr.random(using: &generator)
    row(
        "G2 add",
        cpuNanosecondsPerOperation(operations: groupOperations / 4) {
            var x = r
            for _ in 0..<groupOperations / 4 { x = x + s }
            keepAlive(x)
        })
    row(
        "G2 double",
        cpuNanosecondsPerOperation(operations: groupOperations / 4) {
            var x = r
            for _ in 0..<groupOperations / 4 { x = x.doubled() }
            keepAlive(x)
        })
    row(
        "G2 scalar mul (Fr, GLS)",
        cpuNanosecondsPerOperation(operations: 50) {
            for scalar in scalars.prefix(50) { keepAlive(r * scalar) }
        })
    let g2Encodings = (0..<50).map { _ in G2Affine(G2Projective.generator * Fr.random(using: &generator)).compressed }
    row(
        "G2 decompress (with subgroup check)",
        cpuNanosecondsPerOperation(operations: g2Encodings.count) {
            for encoding in g2Encodings { keepAlive(try? G2Affine(compressed: encoding)) }
        })

    let pairs = (0..<2).map { _ in
        (
            G1Affine(G1Projective.generator * Fr.random(using: &generator)),
            G2Affine(G2Projective.generator * Fr.random(using: &generator))
        )
    }
    // e([a]P, Q)·e(−P, [a]Q) = 1: the shape of a KZG verification.
    let a = Fr.random(using: &generator)
    let balancedPairs = [
        (G1Affine(G1Projective(pairs[0].0) * a), pairs[0].1),
        (-pairs[0].0, G2Affine(G2Projective(pairs[0].1) * a)),
    ]
    let pairings = 50
    row(
        "Miller loop",
        cpuNanosecondsPerOperation(operations: pairings) {
            for _ in 0..<pairings { keepAlive(millerLoop([pairs[0]])) }
        })
    let loopValue = millerLoop([pairs[0]])
    row(
        "final exponentiation",
        cpuNanosecondsPerOperation(operations: pairings) {
            for _ in 0..<pairings { keepAlive(finalExponentiation(loopValue)) }
        })
    row(
        "pairing",
        cpuNanosecondsPerOperation(operations: pairings) {
            for _ in 0..<pairings { keepAlive(pairing(pairs[0].0, pairs[0].1)) }
        })
    row(
        "2-pairing product check",
        cpuNanosecondsPerOperation(operations: pairings) {
            for _ in 0..<pairings { keepAlive(pairingProductIsOne(balancedPairs)) }
        })
    // The same check with both G2 points' lines computed in advance, as KZG verification does.
    let preparedPairs = balancedPairs.map { ($0.0, G2Prepared($0.1)) }
    row(
        "2-pairing product check, G2 prepared",
        cpuNanosecondsPerOperation(operations: pairings) {
            for _ in 0..<pairings { keepAlive(pairingProductIsOne(preparedPairs)) }
        })
    let blst = blstFigures("curves")
    rows = rows.map { row in
        let theirs = blst[row[0]]
        return row + [
            theirs.map { formatDuration(nanoseconds: $0) } ?? "-",
            theirs.map { String(format: "%.2fx", $0 / parseDuration(row[1])) } ?? "-",
        ]
    }
    printTable(
        "Extension fields, curves and pairing (release build, one core, CPU time per operation)",
        header: ["operation", "time", "blst", "blst / this"], rows: rows)
}
