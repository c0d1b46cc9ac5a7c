import Testing

@testable import StatementReader

/// The speech-act coder's closed word classes come from `Lexicon/function_words.tsv`: every
/// class it asks for is there, and each is read as the file writes it.
@Suite("Function words")
struct FunctionWordTests {
    @Test func everyClassTheCoderAsksForIsInTheFile() {
        let asked: Set<String> = [
            "adverbs", "auxiliaries", "be_forms", "future_modals", "conditional_modals", "blockers", "subordinators",
            "subject_nouns", "boundary_marks", "nouns_after_to", "past_auxiliaries", "present_auxiliaries",
            "normative_modals", "pronoun_subjects", "object_starters", "conjunctions", "personal_pronouns",
            "relative_pronouns", "prepositions", "name_suffixes",
        ]
        #expect(FunctionWords.names == asked)
        for name in asked { #expect(!FunctionWords.list(name).isEmpty, "\(name)") }
    }

    @Test func wordsAreReadAsWritten() {
        #expect(FunctionWords.list("boundary_marks") == [",", ";", ":", "—", "–", "\"", "“", "”"])
        #expect(FunctionWords.words("future_modals").contains("'ll"))
        #expect(FunctionWords.words("name_suffixes").contains("Jr."))
        #expect(!FunctionWords.words("name_suffixes").contains("jr."))
    }
}
