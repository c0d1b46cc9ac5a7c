import Testing

@testable import StatementReader

/// The speech-act coder's closed word classes come from `Lexicon/function_words.tsv`, and the
/// other stages' word lists from `Lexicon/reader_words.tsv`: every class asked for is there,
/// and each is read as the file writes it.
@Suite("Function words and the reader's word lists")
struct FunctionWordTests {
    @Test func everyClassTheCoderAsksForIsInTheFile() {
        let asked: Set<String> = [
            "adverbs", "auxiliaries", "be_forms", "future_modals", "conditional_modals", "blockers", "subordinators",
            "subject_nouns", "boundary_marks", "nouns_after_to", "past_auxiliaries", "present_auxiliaries",
            "normative_modals", "pronoun_subjects", "object_starters", "conjunctions", "personal_pronouns",
            "relative_pronouns", "prepositions", "name_suffixes", "gathering_words", "rule_only_verbs",
            "inverted_conditionals", "weekdays", "future_phrases", "question_words", "determiners", "vocatives",
            "prediction_phrases", "non_verbs", "invitation_nouns", "perfect_adverbs", "observation_verbs", "preamble_adjectives",
        ]
        #expect(WordClasses.functionWords.names == asked)
        for name in asked { #expect(!WordClasses.functionWords.list(name).isEmpty, "\(name)") }
    }

    @Test func wordsAreReadAsWritten() {
        #expect(WordClasses.functionWords.list("boundary_marks") == [",", ";", ":", "—", "–", "\"", "“", "”"])
        #expect(WordClasses.functionWords.words("future_modals").contains("'ll"))
        #expect(WordClasses.functionWords.words("name_suffixes").contains("Jr."))
        #expect(!WordClasses.functionWords.words("name_suffixes").contains("jr."))
    }

    @Test func everyListTheOtherStagesAskForIsInTheFile() {
        let asked: Set<String> = [
            "person_titles", "abbreviations_before_names", "closing_abbreviations", "sentence_openers", "joint_nouns",
            "multi_party_title_words", "title_topic_words", "project_cues", "list_cues", "connectors", "name_connectors",
            "noun_endings", "adjective_endings", "action_noun_endings", "title_abbreviations", "party_nouns",
            "narration_verbs", "narration_passives", "group_heads", "quantity_nouns", "meeting_title_words", "clause_openers",
            "subset_words", "impersonal_passives", "meeting_nouns", "meeting_content_verbs", "definite_openers", "provision_nouns",
            "delegation_nouns", "body_nouns", "reporting_verbs", "editorial_openings", "project_heads", "initiative_heads",
            "organization_heads", "place_heads", "other_heads", "phrase_stop_words", "assembly_nouns", "aside_prepositions", "modifier_prepositions", "actor_heads", "chair_nouns",
            "title_ranks", "signing_nouns", "quantifiers_of_parties", "verbs_with_noun_endings", "portfolio_heads", "title_visit_words", "office_synonyms",
            "office_nouns", "delegation_lead_verbs", "title_venue_nouns", "subset_openers",
            "joint_body_openers", "joint_body_nouns", "office_connectors", "standing_verbs", "lead_in_endings", "short_words",
            "attendance_phrases",
        ]
        #expect(WordClasses.readerWords.names == asked)
        for name in asked { #expect(!WordClasses.readerWords.list(name).isEmpty, "\(name)") }
        // Words with spaces inside stay whole; the longest title is tried first.
        #expect(WordClasses.readerWords.list("person_titles").contains("Minister of Foreign Affairs"))
        #expect(PersonTitles.all.first?.count == 6)
        #expect(WordClasses.readerWords.list("title_abbreviations").contains("EAM=External Affairs Minister"))
        #expect(WordClasses.readerWords.words("name_connectors").contains("Al"))
    }
}
