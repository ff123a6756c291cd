import Foundation

/// How well a learner recalled an answer, graded by themselves after seeing the model answer.
public enum RecallGrade: String, CaseIterable, Sendable {
    /// Not recalled, or wrong.
    case again
    /// Recalled, with serious difficulty.
    case hard
    /// Recalled after some hesitation.
    case good
    /// Recalled at once.
    case easy

    /// The grade on SM-2's scale of 0 to 5 (below 3 is a failure). Four buttons cover the scale's useful
    /// points, as most SM-2 tools do: 1 (an incorrect answer that looks familiar once seen), 3, 4 and 5.
    public var quality: Int {
        switch self {
        case .again: 1
        case .hard: 3
        case .good: 4
        case .easy: 5
        }
    }
}

/// One recall question's place in the learner's schedule.
public struct RecallCard: Codable, Equatable, Sendable {
    /// SM-2's E-Factor: how much the interval grows after each successful recall. Never below 1.3.
    public var ease: Double
    /// Successful recalls in a row (SM-2's repetition number n); a failure sets it back to 0.
    public var repetitions: Int
    /// Days between the last review and `due`.
    public var interval: Int
    /// The day the question is next asked; it is due on that day and every day after until answered.
    public var due: Day
    public var lastReviewed: Day?
    /// How often it was forgotten after having been recalled.
    public var lapses: Int

    public init(
        ease: Double, repetitions: Int = 0, interval: Int = 0, due: Day, lastReviewed: Day? = nil, lapses: Int = 0
    ) {
        self.ease = ease
        self.repetitions = repetitions
        self.interval = interval
        self.due = due
        self.lastReviewed = lastReviewed
        self.lapses = lapses
    }

    /// Whether the values are ones the schedule can produce; a hand-edited file may hold others.
    public var isValid: Bool {
        ease.isFinite && ease >= SM2.minimumEase && ease <= SM2.maximumEase && repetitions >= 0 && interval >= 0
            && lapses >= 0
    }
}

/// The SuperMemo-2 algorithm: P. A. Woźniak, "Optimization of learning" (1990), chapter 3.2, "Application of a
/// computer to improve the results obtained in working with the SuperMemo method";
/// https://super-memory.com/english/ol/sm2.htm.
///
/// Each item has an E-Factor EF, 2.5 to begin with. After a review graded q (0 to 5), EF becomes
/// EF + (0.1 − (5 − q)(0.08 + (5 − q)·0.02)), never below 1.3. A grade of 3 or more is a success, and the n-th success
/// in a row waits I(1) = 1 day, I(2) = 6 days, then I(n) = I(n − 1)·EF days. A grade below 3 starts the repetitions
/// again from I(1) and leaves EF as it was. Items graded below 4 are asked again at the end of the day's session,
/// until they reach 4, without changing the schedule.
///
/// Two choices the paper leaves open or this workbook makes:
/// - the interval of a success is computed with the E-Factor updated by that review;
/// - I(2) is 6·EF/2.5 days, rounded, rather than 6: equal to the paper's for a question that starts at EF = 2.5,
///   shorter for a chapter whose exercises needed many hints or failed runs, whose questions start lower (see
///   `startingEase`), so they come back sooner from their second recall on.
public enum SM2 {
    public static let initialEase = 2.5
    public static let minimumEase = 1.3
    /// Not in the paper, whose E-Factors only grow by 0.1 per perfect answer: a bound a hand-edited file is
    /// checked against.
    public static let maximumEase = 10.0

    /// The E-Factor a chapter's questions start at, lower the more the learner struggled with its exercises: by
    /// up to 0.6 for having read every hint of every ladder, and by 0.05 per failed run of the hidden tests, up to
    /// 0.4. A chapter done without hints or failures starts at SM-2's 2.5.
    public static func startingEase(hintsShown: Int, hintsAvailable: Int, failedRuns: Int) -> Double {
        let hintShare = hintsAvailable > 0 ? min(1, Double(max(0, hintsShown)) / Double(hintsAvailable)) : 0
        let ease = initialEase - 0.6 * hintShare - 0.05 * Double(min(max(0, failedRuns), 8))
        return max(minimumEase, (ease * 100).rounded() / 100)
    }

    /// The card after a review graded `grade` on `day`, and a sentence that says why it moved where it did.
    public static func review(_ card: RecallCard, grade: RecallGrade, on day: Day) -> (
        card: RecallCard, explanation: String
    ) {
        let q = grade.quality
        var next = card
        next.lastReviewed = day
        let easeText: String
        if q < 3 {
            next.repetitions = 0
            next.interval = 1
            if card.repetitions > 0 { next.lapses += 1 }
            easeText = "ease stays \(format(card.ease))"
        } else {
            let distance = Double(5 - q)
            next.ease = max(minimumEase, card.ease + (0.1 - distance * (0.08 + distance * 0.02)))
            next.repetitions = card.repetitions + 1
            switch next.repetitions {
            case 1: next.interval = 1
            case 2: next.interval = max(1, Int((6 * next.ease / initialEase).rounded()))
            default: next.interval = max(1, Int((Double(max(card.interval, 1)) * next.ease).rounded()))
            }
            easeText =
                next.ease == card.ease
                ? "ease stays \(format(card.ease))" : "ease \(format(card.ease)) → \(format(next.ease))"
        }
        next.due = day.adding(days: next.interval)

        let why: String
        if q < 3 {
            why = "not recalled: the repetitions start again, so it comes back tomorrow"
        } else {
            switch next.repetitions {
            case 1: why = "the first successful recall waits 1 day"
            case 2:
                why = "the second successful recall in a row waits 6 × ease / 2.5 = \(next.interval) days"
            default:
                why =
                    "success \(ordinal(next.repetitions)) in a row: the last interval, \(max(card.interval, 1)) "
                    + "\(card.interval == 1 ? "day" : "days"), times the ease"
            }
        }
        let when = next.interval == 1 ? "in 1 day" : "in \(next.interval) days"
        return (next, "Next \(when), on \(next.due) (SM-2: \(why); \(easeText)).")
    }

    private static func format(_ ease: Double) -> String { String(format: "%.2f", ease) }

    private static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (1, let t) where t != 11: suffix = "st"
        case (2, let t) where t != 12: suffix = "nd"
        case (3, let t) where t != 13: suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }
}

/// The name a question goes by in the progress file: `02-scalar-field/q3` is recall question 3 of chapter 2,
/// `02-scalar-field/gap3` the third question of its "Before you code" list.
public struct QuestionID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case recall = "q"
        case beforeYouCode = "gap"
    }

    public let chapterFolder: String
    public let kind: Kind
    public let number: Int

    public init(chapterFolder: String, kind: Kind, number: Int) {
        self.chapterFolder = chapterFolder
        self.kind = kind
        self.number = number
    }

    public init?(_ text: String) {
        guard let match = text.wholeMatch(of: /([0-9]{2}-[a-z0-9-]+)\/(q|gap)([1-9][0-9]{0,3})/),
            let kind = Kind(rawValue: String(match.2)), let number = Int(match.3)
        else { return nil }
        self.init(chapterFolder: String(match.1), kind: kind, number: number)
    }

    public var description: String { "\(chapterFolder)/\(kind.rawValue)\(number)" }

    public static func < (lhs: QuestionID, rhs: QuestionID) -> Bool {
        (lhs.chapterFolder, lhs.kind.rawValue, lhs.number) < (rhs.chapterFolder, rhs.kind.rawValue, rhs.number)
    }
}

/// An answer the learner typed, kept so that a later review can show it beside the model answer.
public struct WrittenAnswer: Codable, Equatable, Sendable {
    public var text: String
    public var day: Day

    public init(text: String, day: Day) {
        self.text = text
        self.day = day
    }
}
