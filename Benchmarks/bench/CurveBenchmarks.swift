import Curves
import ExtensionFields
import Fields
import Pairing

/// Extension-field arithmetic, G1 and G2 operations, point decoding and the pairing. Field operations feed the
/// next (x ← x·y) so they are latencies; group operations run on fresh random points or scalars.
func runCurveBenchmarks() {
    var generator = SystemRandomNumberGenerator()
    var rows: [[String]] = []
    func row(_ name: String, _ nanoseconds: Double) { rows.append([name, format(nanoseconds: nanoseconds)]) }

    let a2 = Fp2.random(using: &generator), b2 = Fp2.random(using: &generator)
    let fieldOperations = 200_000
    row("Fp2 mul", nanosecondsPerOperation(operations: fieldOperations) {
        var x = a2
        for _ in 0..<fieldOperations { x = x * b2 }
        blackHole(x)
    })
    row("Fp2 square", nanosecondsPerOperation(operations: fieldOperations) {
        var x = a2
        for _ in 0..<fieldOperations { x = x.squared() }
        blackHole(x)
    })
    let a12 = Fp12.random(using: &generator), b12 = Fp12.random(using: &generator)
    let towerOperations = 10_000
    row("Fp12 mul", nanosecondsPerOperation(operations: towerOperations) {
        var x = a12
        for _ in 0..<towerOperations { x = x * b12 }
        blackHole(x)
    })
    row("Fp12 square", nanosecondsPerOperation(operations: towerOperations) {
        var x = a12
        for _ in 0..<towerOperations { x = x.squared() }
        blackHole(x)
    })
    row("Fp12 inverse", nanosecondsPerOperation(operations: 1_000) {
        var x = a12
        for _ in 0..<1_000 { x = (x.inverse() ?? .one) + b12 }
        blackHole(x)
    })

    let p = G1Projective.generator * Fr.random(using: &generator)
    let q = G1Projective.generator * Fr.random(using: &generator)
    let qAffine = G1Affine(q)
    let groupOperations = 20_000
    row("G1 add", nanosecondsPerOperation(operations: groupOperations) {
        var x = p
        for _ in 0..<groupOperations { x = x + q }
        blackHole(x)
    })
    row("G1 mixed add", nanosecondsPerOperation(operations: groupOperations) {
        var x = p
        for _ in 0..<groupOperations { x = x + qAffine }
        blackHole(x)
    })
    row("G1 double", nanosecondsPerOperation(operations: groupOperations) {
        var x = p
        for _ in 0..<groupOperations { x = x.doubled() }
        blackHole(x)
    })
    let scalars = (0..<100).map { _ in Fr.random(using: &generator) }
    row("G1 scalar mul (Fr, GLV)", nanosecondsPerOperation(operations: scalars.count) {
        for scalar in scalars { blackHole(p * scalar) }
    })
    let g1Encodings = (0..<100).map { _ in G1Affine(G1Projective.generator * Fr.random(using: &generator)).compressed }
    row("G1 decompress (with subgroup check)", nanosecondsPerOperation(operations: g1Encodings.count) {
        for encoding in g1Encodings { blackHole(try? G1Affine(compressed: encoding)) }
    })
    row("G1 subgroup check", nanosecondsPerOperation(operations: 100) {
        for _ in 0..<100 { blackHole(p.isInSubgroup) }
    })

    let r = G2Projective.generator * Fr.random(using: &generator)
    let s = G2Projective.generator * Fr.random(using: &generator)
    row("G2 add", nanosecondsPerOperation(operations: groupOperations / 4) {
        var x = r
        for _ in 0..<groupOperations / 4 { x = x + s }
        blackHole(x)
    })
    row("G2 double", nanosecondsPerOperation(operations: groupOperations / 4) {
        var x = r
        for _ in 0..<groupOperations / 4 { x = x.doubled() }
        blackHole(x)
    })
    row("G2 scalar mul (Fr, GLS)", nanosecondsPerOperation(operations: 50) {
        for scalar in scalars.prefix(50) { blackHole(r * scalar) }
    })
    let g2Encodings = (0..<50).map { _ in G2Affine(G2Projective.generator * Fr.random(using: &generator)).compressed }
    row("G2 decompress (with subgroup check)", nanosecondsPerOperation(operations: g2Encodings.count) {
        for encoding in g2Encodings { blackHole(try? G2Affine(compressed: encoding)) }
    })

    let pairs = (0..<2).map { _ in
        (G1Affine(G1Projective.generator * Fr.random(using: &generator)),
         G2Affine(G2Projective.generator * Fr.random(using: &generator)))
    }
    let pairings = 50
    row("Miller loop", nanosecondsPerOperation(operations: pairings) {
        for _ in 0..<pairings { blackHole(millerLoop([pairs[0]])) }
    })
    let loopValue = millerLoop([pairs[0]])
    row("final exponentiation", nanosecondsPerOperation(operations: pairings) {
        for _ in 0..<pairings { blackHole(finalExponentiation(loopValue)) }
    })
    row("pairing", nanosecondsPerOperation(operations: pairings) {
        for _ in 0..<pairings { blackHole(pairing(pairs[0].0, pairs[0].1)) }
    })
    row("2-pairing product check", nanosecondsPerOperation(operations: pairings) {
        for _ in 0..<pairings { blackHole(pairingProductIsOne(pairs)) }
    })
    printTable("Extension fields, curves and pairing (release build, one core)", header: ["operation", "time"],
               rows: rows)
}
