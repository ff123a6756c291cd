// the forward transform calls chapter 7's inverse FFT, which evaluates at the inverse roots and divides by n.
import Chapter02Exercises
import Chapter07Exercises
import ExerciseSupport
import Fields

/// Your backend's FFT is chapter 7's, on chapter 2's elements: the values into the reference's `Fr` that chapter 7
/// works on, the transform, and back. The conversions cost two encodings per value, little beside the n log n
/// products.
extension YourBackend {
    /// Coefficients to values at ω^0 … ω^(n−1), in place.
    ///
    /// - Precondition: the count is a power of two.
    public static func fft(_ values: inout [Chapter02Exercises.Fr]) {
        var converted = values.map(\.reference)
        Chapter07Exercises.inverseFFT(&converted)
        values = converted.map(Chapter02Exercises.Fr.init)
    }

    /// Values at ω^0 … ω^(n−1) to coefficients, in place.
    public static func inverseFFT(_ values: inout [Chapter02Exercises.Fr]) {
        var converted = values.map(\.reference)
        Chapter07Exercises.inverseFFT(&converted)
        values = converted.map(Chapter02Exercises.Fr.init)
    }
}
