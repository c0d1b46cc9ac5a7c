import StatementModel

/// Finds the entities a sentence names, remembering what a statement has said so far:
/// acronyms introduced as "Long Name (ACR)", people met with their country
/// ("Prime Minister Mario Draghi of Italy") and who holds which office.
struct EntityRecognizer {
    private let gazetteer = Gazetteer.shared
    /// Names the statement introduced: acronyms and people, keyed by their tokens joined with spaces.
    private var localNames: [String: EntityReference] = [:]
    /// People of the statement by surname.
    private var peopleBySurname: [String: EntityReference] = [:]
    /// The country of the people the statement gives each office to ("president": "USA").
    private(set) var officeHolders = OfficeHolders()

    /// The lists of `Lexicon/reader_words.tsv` the recogniser reads.
    private static let projectHeads = WordClasses.readerWords.words("project_heads")
    private static let initiativeHeads = WordClasses.readerWords.words("initiative_heads")
    private static let organizationHeads = WordClasses.readerWords.words("organization_heads")
    private static let placeHeads = WordClasses.readerWords.words("place_heads")
    private static let otherHeads = WordClasses.readerWords.words("other_heads")
    private static let phraseStopWords = WordClasses.readerWords.words("phrase_stop_words")
    private static let projectCues = WordClasses.readerWords.words("project_cues")
    private static let listCues = WordClasses.readerWords.words("list_cues")
    private static let connectors = WordClasses.readerWords.words("connectors")
    private static let nameConnectors = WordClasses.readerWords.words("name_connectors")
    private static let groupHeads = WordClasses.readerWords.words("group_heads")
    private static let portfolioHeads = WordClasses.readerWords.words("portfolio_heads")
    private static let delegationNouns = Set(WordClasses.readerWords.list("delegation_nouns"))
    private static let delegationLeadVerbs = Set(WordClasses.readerWords.list("delegation_lead_verbs"))
    private static let officeNouns = Set(WordClasses.readerWords.list("office_nouns"))
    private static let sentenceOpeners = Set(WordClasses.readerWords.list("sentence_openers"))
    private static let reportingVerbs = Set(WordClasses.readerWords.list("reporting_verbs"))

    /// The entity mentions of one sentence, left to right and not overlapping.
    mutating func mentions(in tokens: [Token], text: String) -> [SentenceMention] {
        var mentions = [SentenceMention]()
        let runs = Runs(tokens, recognizer: self)
        var index = 0
        while index < tokens.count {
            if let mention = person(tokens, at: index, text: text, runs: runs)
                ?? named(tokens, at: index, text: text, runs: runs)
            {
                // The title's country before the name ("Minister ... of the Republic of Kazakhstan Mukhtar Tileuberdi").
                var skipped = index
                while skipped < mention.tokens.lowerBound {
                    if let inner = named(tokens, at: skipped, text: text, runs: runs), inner.tokens.upperBound <= mention.tokens.lowerBound {
                        mentions.append(inner)
                        skipped = inner.tokens.upperBound
                    } else {
                        skipped += 1
                    }
                }
                mentions.append(mention)
                index = mention.tokens.upperBound
                if let acronym = acronym(tokens, at: index) {
                    localNames[acronym] = mention.reference
                    mentions.append(SentenceMention(tokens: (index + 1)..<(index + 2), reference: mention.reference))
                    index += 3
                }
            } else {
                index += 1
            }
        }
        markListedProjects(tokens, text: text, mentions: &mentions)
        recordQualifiedOffices(tokens, runs: runs)
        return mentions
    }

    /// Notes the offices the sentence names with their country, a holder named or not ("the
    /// Foreign Minister of Sri Lanka", "the Sri Lankan Foreign Minister", "The Costa Rican
    /// delegation was led by the Vice Minister of Foreign Affairs").
    private mutating func recordQualifiedOffices(_ tokens: [Token], runs: Runs) {
        for index in tokens.indices {
            guard let length = runs.titleLength[index],
                let code = countryPhrase(tokens, at: portfolioEnd(tokens, from: index + length), countriesOnly: true)?.code
                    ?? countryBefore(tokens, at: index) ?? delegationCountry(tokens, before: index)
            else { continue }
            officeHolders.recordQualified(tokens[index..<(index + length)].map(\.text).joined(separator: " ").lowercased(), code)
        }
    }

    /// A person named with an office ("Senator Mohammad Ishaq Dar"), or a known person by name.
    private mutating func person(_ tokens: [Token], at index: Int, text: String, runs: Runs) -> SentenceMention? {
        var cursor = index
        var role: String?
        // "King said Canberra respected ...": a title word with no "the" or capitalised word before
        // it and no name after it that is the surname of a person named before ("Resources Minister
        // Madeleine King") is that person.
        if let length = runs.titleLength[index], !(index > 0 && (tokens[index - 1].lower == "the" || tokens[index - 1].isCapitalized)),
            !(index + length < tokens.count && tokens[index + length].isWord && tokens[index + length].isCapitalized),
            let named = surname(tokens, at: index)
        {
            return named
        }
        if let length = runs.titleLength[index] {
            role = tokens[index..<(index + length)].map(\.text).joined(separator: " ")
            // "Deputy Prime Minister and Foreign Minister X" is one person; "the Vice President and President X" two.
            let isOffice = index > 0 && tokens[index - 1].lower == "the"
            cursor = isOffice ? runs.officeTitlesEnd[index] : runs.titlesEnd[index]
        }
        guard let role else {
            guard let known = gazetteer.match(tokens, at: index), known.entry.type == .person else {
                return surname(tokens, at: index) ?? appositiveName(tokens, at: index, text: text, runs: runs)
                    ?? nameBeforeOffice(tokens, at: index, text: text, runs: runs) ?? nameAfterPossessiveOffice(tokens, at: index, text: text)
            }
            var reference = EntityReference(name: known.entry.name, type: .person, code: known.entry.code, rule: "people.tsv")
            if let code = reference.code, let office = officeAfter(tokens, after: index + known.length, runs: runs), office.closed {
                reference.role = office.role
                officeHolders.record(office.role.lowercased(), code)
            }
            remember(reference, names: tokens[index..<(index + known.length)])
            return SentenceMention(tokens: index..<(index + known.length), reference: reference)
        }
        // "Minister of Foreign Affairs of the Republic of Kazakhstan Mukhtar Tileuberdi": the
        // title's country stands between the title and the name.
        // "Federal Minister for European and International Affairs of the Republic of Austria
        // Alexander Schallenberg": a portfolio may stand between the title and its country.
        var titleCountry: String?
        if let country = countryPhrase(tokens, at: portfolioEnd(tokens, from: cursor), countriesOnly: true), country.end + 1 < tokens.count,
            tokens[country.end].isWord, tokens[country.end].isCapitalized, gazetteer.match(tokens, at: country.end) == nil,
            tokens[country.end + 1].isWord, tokens[country.end + 1].isCapitalized
        {
            titleCountry = country.code
            cursor = country.end
        }
        // "Federal Minister for European and International Affairs Alexander Schallenberg": a
        // portfolio with no country between the title and the name.
        if titleCountry == nil, let name = nameAfterPortfolio(tokens, from: cursor) { cursor = name }
        let nameStart = cursor
        cursor = nameEnd(tokens, from: nameStart)
        guard cursor > nameStart, !Self.isHeadWord(tokens[cursor - 1]) else { return nil }
        let nameTokens = Array(tokens[nameStart..<cursor])
        let surname = nameTokens.last { $0.isWord && $0.isCapitalized && $0.text.count > 2 && $0.text != "Jr" && $0.text != "Sr" }
        var reference: EntityReference
        let known = gazetteer.match(nameTokens, at: 0) ?? gazetteer.match(Self.surnamesCapitalised(nameTokens), at: 0)
        // "Minister Johnson Smith" after "Kamina Johnson Smith": a person the statement named, all of
        // whose names these are, before a known person who has only the first of them.
        let named = surname.flatMap { peopleBySurname[$0.text] }.flatMap { seen in
            Self.isOnePerson(nameTokens, seen: seen, in: peopleBySurname) ? seen : nil
        }
        if let known, known.entry.type == .person, known.length == nameTokens.count || named == nil {
            reference = EntityReference(name: known.entry.name, type: .person, code: known.entry.code, rule: "title \"\(role)\" and people.tsv")
        } else if let seen = named {
            reference = seen
            reference.rule = "title \"\(role)\" and the surname of \(seen.name), named before"
        } else {
            let name = String(slice(text, tokens[nameStart].start, tokens[cursor - 1].end))
            reference = EntityReference(name: name, type: .person, code: nil, rule: "title \"\(role)\" and a capitalised name")
        }
        if reference.code == nil {
            reference.code = titleCountry ?? countryPhrase(tokens, at: cursor)?.code
                ?? countryBefore(tokens, at: Self.titleStart(covering: index, runs: runs)) ?? countryBeforePortfolio(tokens, at: index)
                ?? officeAfter(tokens, after: cursor, runs: runs)?.code
                // "..., Foreign Minister Morissanda Kouyate said": a speaker's attribution after a
                // comma, whose country is not the last word of the clause reported.
                ?? (cursor < tokens.count && Self.reportingVerbs.contains(tokens[cursor].lower) ? nil : countryOfApposition(tokens, before: index))
                ?? delegationCountry(tokens, before: index) ?? delegationLedAfter(tokens, end: cursor)
        }
        reference.role = role
        if let code = reference.code { officeHolders.record(role.lowercased(), code) }
        remember(reference, names: nameTokens[...])
        return SentenceMention(tokens: nameStart..<cursor, reference: reference)
    }

    /// Where a longer title that `index`'s title ends starts ("Vietnamese Deputy Minister of Foreign
    /// Affairs Nguyen Minh Hang": "Deputy Minister", whose name follows "Minister of Foreign Affairs"),
    /// so that the country before it is found; `index` itself when none does.
    private static func titleStart(covering index: Int, runs: Runs) -> Int {
        stride(from: max(0, index - 3), to: index, by: 1).first { start in
            runs.titleLength[start].map { start + $0 > index } ?? false
        } ?? index
    }

    /// A name no table holds, set off by a comma before an office of a country ("received Hadja
    /// Lahbib, Minister of Foreign Affairs, European Affairs and Foreign Trade of the Kingdom of
    /// Belgium, who"): two capitalised words or more, none a table's entry, a person of that country.
    private mutating func nameBeforeOffice(_ tokens: [Token], at index: Int, text: String, runs: Runs) -> SentenceMention? {
        guard tokens[index].isCapitalized, !Self.sentenceOpeners.contains(tokens[index].text) else { return nil }
        let end = nameEnd(tokens, from: index)
        // The office first: most capitalised words have none after them, and the table lookups are dearer.
        guard end - index >= 2, let office = officeAfter(tokens, after: end, runs: runs), let code = office.code,
            !Self.isHeadWord(tokens[end - 1]),
            (index..<end).allSatisfy({ (tokens[$0].isWord || tokens[$0].text == "-") && gazetteer.match(tokens, at: $0) == nil })
        else { return nil }
        return holder(index..<end, of: office.role, code: code, tokens: tokens, text: text, rule: "a name before \"\(office.role)\" of \(code) and a comma")
    }

    /// The person whose name spans `name`, holding office `role` for party `code`: noted as the
    /// office's holder and remembered by each of the names.
    private mutating func holder(_ name: Range<Int>, of role: String, code: String, tokens: [Token], text: String, rule: String) -> SentenceMention {
        var reference = EntityReference(
            name: String(slice(text, tokens[name.lowerBound].start, tokens[name.upperBound - 1].end)), type: .person, code: code, rule: rule)
        reference.role = role
        officeHolders.record(role.lowercased(), code)
        remember(reference, names: tokens[name])
        return SentenceMention(tokens: name, reference: reference)
    }

    /// The office set off by a comma after a name that ends at `end`: its title, the country of
    /// its "of" ("Hun Manet, Prime Minister of the Kingdom of Cambodia, paid") or possessive
    /// ("Karamoko Jean-Marie Traoré, Burkina Faso's minister of foreign affairs, met"), and whether
    /// a comma closes it ("Badr Albusaidi, Minister of Foreign Affairs, received ...").
    private func officeAfter(_ tokens: [Token], after end: Int, runs: Runs) -> (role: String, code: String?, closed: Bool)? {
        guard end + 1 < tokens.count, tokens[end].text == "," else { return nil }
        if let office = possessiveOffice(tokens, at: end + 1) {
            return (office.role, office.code, office.end < tokens.count && tokens[office.end].text == ",")
        }
        guard let length = runs.titleLength[end + 1] else { return nil }
        let portfolio = portfolioEnd(tokens, from: end + 1 + length)
        let country = countryPhrase(tokens, at: portfolio, countriesOnly: true)
        let close = country?.end ?? portfolio
        return (tokens[(end + 1)..<(end + 1 + length)].map(\.text).joined(separator: " "), country?.code,
            close < tokens.count && tokens[close].text == ",")
    }

    /// A person named before, now by surname alone ("Wang told Dar ...", "Mohamud's government")
    /// or by the same names again ("Mukhtar Tileuberdi invited ..."): capitalised words that are
    /// all names of that one person.
    private func surname(_ tokens: [Token], at index: Int) -> SentenceMention? {
        let token = tokens[index]
        guard token.isWord, token.isCapitalized, !peopleBySurname.isEmpty, var seen = peopleBySurname[token.text] else { return nil }
        var end = index + 1
        while end < tokens.count, tokens[end].isWord {
            // "Alberto van Klaveren": a particle inside the name, before more of it.
            if Self.nameConnectors.contains(textOf: tokens[end]), end + 1 < tokens.count,
                peopleBySurname[tokens[end + 1].text]?.name == seen.name
            {
                end += 1
                continue
            }
            guard tokens[end].isCapitalized else { break }
            guard peopleBySurname[tokens[end].text]?.name == seen.name else { return nil }
            end += 1
        }
        seen.rule = (end - index == 1 ? "the surname of " : "the name of ") + "\(seen.name), named before"
        return SentenceMention(tokens: index..<end, reference: seen)
    }

    /// Whether every capitalised word of a name after a title is a name of the person `seen`
    /// ("Minister van Klaveren", "Minister Vieira"), particles aside.
    private static func isOnePerson(_ name: [Token], seen: EntityReference, in people: [String: EntityReference]) -> Bool {
        name.allSatisfy { token in
            !token.isWord || nameConnectors.contains(textOf: token) || people[token.text]?.name == seen.name
        }
    }

    /// A name set off by commas after an office of a country ("received the Foreign Minister of
    /// Uzbekistan, Bakhtiyor Saidov, at ..."): two capitalised words or more, no table's entry,
    /// a person of that country holding that office.
    private mutating func appositiveName(_ tokens: [Token], at index: Int, text: String, runs: Runs) -> SentenceMention? {
        guard index >= 2, tokens[index - 1].text == ",", tokens[index].isCapitalized else { return nil }
        let end = nameEnd(tokens, from: index)
        guard end - index >= 2, end == tokens.count || [",", "."].contains(tokens[end].text),
            gazetteer.match(tokens, at: index) == nil, !Self.isHeadWord(tokens[end - 1])
        else { return nil }
        if let office = possessiveOffice(tokens, endingAt: index - 1) {
            return holder(index..<end, of: office.role, code: office.code, tokens: tokens, text: text,
                rule: "a name after \"\(office.role)\" of \(office.code) and a comma")
        }
        var code = countryOfApposition(tokens, before: index)
        // "Srettha Thavisin, Prime Minister of the Kingdom of Thailand, Hun Manet, Prime Minister of
        // the Kingdom of Cambodia, paid": a name between two offices holds the one after it.
        if let after = officeAfter(tokens, after: end, runs: runs)?.code { code = after }
        // The office: the nearest title before the comma.
        guard let titleStart = stride(from: index - 2, through: max(0, index - 14), by: -1).first(where: { runs.titleLength[$0] != nil }),
            let length = runs.titleLength[titleStart]
        else { return nil }
        let role = tokens[titleStart..<(titleStart + length)].map(\.text).joined(separator: " ")
        if let code {
            return holder(index..<end, of: role, code: code, tokens: tokens, text: text, rule: "a name after \"\(role)\" of \(code) and a comma")
        }
        // "The Minister of Foreign Affairs and Cooperation, Bendito dos Santos Freitas, received": an
        // office of no country opening the sentence, its holder's party left to learn.
        guard titleStart == 0 || (titleStart == 1 && tokens[0].lower == "the"),
            ((titleStart + length)..<(index - 1)).allSatisfy({ tokens[$0].isCapitalized || ["of", "for", "and", "in", "the"].contains(tokens[$0].lower) })
        else { return nil }
        var reference = EntityReference(
            name: String(slice(text, tokens[index].start, tokens[end - 1].end)), type: .person, code: nil,
            rule: "a name after \"\(role)\" and a comma, opening the sentence")
        reference.role = role
        remember(reference, names: tokens[index..<end])
        return SentenceMention(tokens: index..<end, reference: reference)
    }

    /// A name with its surname in capitals, as Japanese and Korean ministries write it
    /// ("KAMIKAWA Yoko"), written as the gazetteer has it ("Kamikawa Yoko").
    private static func surnamesCapitalised(_ tokens: [Token]) -> [Token] {
        tokens.map { token in
            guard token.isWord, token.text.count > 1, token.text.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }),
                let first = token.text.first
            else { return token }
            return Token(utf8: (String(first) + token.text.dropFirst().lowercased()).utf8, start: token.start, end: token.end)
        }
    }

    /// Where a personal name that starts at `start` ends: capitalised words, initials,
    /// particles ("bin", "Al-") and a closing ", Jr.".
    private func nameEnd(_ tokens: [Token], from start: Int) -> Int {
        var cursor = start
        while cursor < tokens.count, cursor - start < 8 {
            let token = tokens[cursor]
            if token.isCapitalized, token.isWord, gazetteer.match(tokens, at: cursor)?.entry.type != .country {
                cursor += 1
            } else if cursor == start, Self.nameConnectors.contains(textOf: token), token.isWord, cursor + 1 < tokens.count,
                tokens[cursor + 1].isCapitalized, tokens[cursor + 1].isWord
            {
                // "Minister van Klaveren": a particle may open the name.
                cursor += 1
            } else if cursor > start, token.text == "-", token.start == tokens[cursor - 1].end, cursor + 1 < tokens.count,
                tokens[cursor + 1].isWord, tokens[cursor + 1].start == token.end, tokens[cursor + 1].text.first?.isLowercase == true
            {
                // "Cho Tae-yul", "Han Duck-soo": a hyphenated given name, in lower case after the hyphen.
                cursor += 2
            } else if cursor > start, Self.nameConnectors.contains(textOf: token), cursor + 1 < tokens.count,
                tokens[cursor + 1].isCapitalized || (token.text == "-" && tokens[cursor + 1].start == token.end && tokens[cursor + 1].isWord)
                    || Self.opensParticles(tokens, at: cursor + 1)
            {
                // "Juan Ramon de la Fuente": particles one after another, before more of the name.
                cursor += 1
            } else if cursor > start, token.text == ",", cursor + 1 < tokens.count,
                ["Jr", "Sr", "Jr.", "Sr."].contains(tokens[cursor + 1].text)
            {
                cursor += 2
                if cursor < tokens.count, tokens[cursor].text == "." { cursor += 1 }
                return cursor
            } else {
                return cursor
            }
        }
        return cursor
    }

    /// Whether a particle of a name stands at `index` with a capitalised word after it ("la Fuente").
    private static func opensParticles(_ tokens: [Token], at index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index].isWord && nameConnectors.contains(textOf: tokens[index])
            && tokens[index + 1].isWord && tokens[index + 1].isCapitalized
    }

    private static func isHeadWord(_ word: Token) -> Bool {
        projectHeads.contains(textOf: word) || initiativeHeads.contains(textOf: word) || organizationHeads.contains(textOf: word)
            || placeHeads.contains(textOf: word) || otherHeads.contains(textOf: word)
    }

    /// Remembers a person by each capitalised word of their name longer than two letters (so not
    /// "Jr", "Sr" or an initial), unless the word already names someone of known country; a person
    /// of `people.tsv` by a name of two letters too, a capital and a small one, that is no common
    /// short word or particle ("Ma" of "Ma Zhaoxu", not "He" of "He Lifeng": `short_words`).
    private mutating func remember(_ reference: EntityReference, names: ArraySlice<Token>) {
        for word in names where word.isWord && word.isCapitalized && peopleBySurname[word.text]?.code == nil {
            let count = word.text.count
            let isShortName = count == 2 && word.text.last?.isLowercase == true && !Self.shortWords.contains(word.lower)
                && isKnownPerson(reference.name)
            guard count > 2 || isShortName else { continue }
            peopleBySurname[word.text] = reference
        }
    }

    private static let shortWords = Set(WordClasses.readerWords.list("short_words"))

    /// Whether `name` is a person of `people.tsv`, all of it.
    private func isKnownPerson(_ name: String) -> Bool {
        let tokens = Tokenizer.tokens(of: name)
        guard !tokens.isEmpty, let match = gazetteer.match(tokens, at: 0) else { return false }
        return match.entry.type == .person && match.length == tokens.count
    }

    /// A country, organisation, place, initiative, acronym or typed proper name at `index`.
    private func named(_ tokens: [Token], at index: Int, text: String, runs: Runs) -> SentenceMention? {
        let token = tokens[index]
        if !localNames.isEmpty, var local = localNames[token.text] {
            local.rule = "the acronym given to \(local.name)"
            return SentenceMention(tokens: index..<(index + 1), reference: local)
        }
        let known = gazetteer.match(tokens, at: index)
        let phrase = properPhrase(tokens, at: index, text: text, runs: runs)
        if let phrase, phrase.tokens.count > (known?.length ?? 0) {
            return phrase
        }
        guard let known else { return nil }
        var reference = EntityReference(
            name: known.entry.name, type: known.entry.type, code: known.entry.code, members: known.entry.members,
            role: known.entry.role, rule: Self.tableRules[known.entry.type]?[known.isAdjective ? 1 : 0] ?? "the gazetteer")
        reference.isAdjective = known.isAdjective
        return SentenceMention(tokens: index..<(index + known.length), reference: reference)
    }

    /// A run of capitalised words whose last word says what it is ("Dasu Hydropower Project").
    private func properPhrase(_ tokens: [Token], at index: Int, text: String, runs: Runs) -> SentenceMention? {
        guard tokens[index].isCapitalized, !Self.phraseStopWords.contains(textOf: tokens[index]) else { return nil }
        let lastWord = runs.phraseLastWord[index + 1] ?? index
        // The head: the last word, before any numbers, roman numerals and "Phase" ending the run.
        let head = max(index, runs.lastNonNumber[lastWord] ?? index)
        guard head > index else { return nil }
        // "Communist Party of China", "Ministry of Foreign Affairs": the head stands before "of".
        var headWord = tokens[head]
        if let of = runs.nextOf[index], of <= lastWord, of > index {
            if Self.isHeadWord(tokens[of - 1]) { headWord = tokens[of - 1] }
            // "Leaders of the Member States of the Gulf Cooperation Council": people of a body, not a
            // body's name; the body is found on its own.
            if Self.groupHeads.contains(lowerOf: tokens[of - 1]) { return nil }
        }
        let type: EntityType
        if Self.projectHeads.contains(textOf: headWord) {
            type = .project
        } else if Self.initiativeHeads.contains(textOf: headWord) {
            type = .initiative
        } else if Self.organizationHeads.contains(textOf: headWord) {
            type = .organization
        } else if Self.placeHeads.contains(textOf: headWord) {
            type = .place
        } else if Self.otherHeads.contains(textOf: headWord) {
            type = .other
        } else {
            return nil
        }
        // "Foreign Affairs of the Member States of the Gulf of Guinea Commission": a body the tables
        // know, after "of", ends the run; it is found on its own (not "National Security Council").
        if ((index + 2)...max(index + 2, lastWord)).contains(where: { start in
            start <= lastWord && (tokens[start - 1].lower == "of" || (tokens[start - 1].lower == "the" && tokens[start - 2].lower == "of"))
                && gazetteer.match(tokens, at: start).map { $0.entry.type == .organization && start + $0.length - 1 == lastWord } ?? false
        }) {
            return nil
        }
        let name = String(slice(text, tokens[index].start, tokens[lastWord].end))
        var reference = EntityReference(name: name, type: type, rule: "capitalised words ending in \"\(headWord.text)\" (reader_words.tsv)")
        if type == .organization {
            // A national body acts for its country: "U.S. Department of Commerce", "Bank of Japan".
            reference.code = (index...lastWord).lazy.compactMap { self.gazetteer.match(tokens, at: $0) }
                .first { $0.entry.type == .country }?.entry.code
        }
        return SentenceMention(tokens: index..<(lastWord + 1), reference: reference)
    }

    /// The rule of a gazetteer match by the type of its entry: the table it comes from, and
    /// the same for an adjective ("Pakistani"); made once, so that a match builds no string.
    private static let tableRules: [EntityType: [String]] = [
        .country: "countries.tsv", .organization: "organisations.tsv", .person: "people.tsv", .place: "places.tsv",
        .initiative: "initiatives.tsv",
    ].mapValues { [$0, $0 + ", an adjective"] }

    /// "(ACR)" right after a name: the acronym's tokens joined, or nil.
    private func acronym(_ tokens: [Token], at index: Int) -> String? {
        guard index + 2 < tokens.count, tokens[index].text == "(", tokens[index + 2].text == ")" else { return nil }
        let candidate = tokens[index + 1].text
        let letters = candidate.filter { $0.isLetter }
        guard letters.count >= 2, letters.count <= 8, letters.allSatisfy({ $0.isUppercase || $0.isNumber }) else {
            return nil
        }
        // "Mexico, Indonesia, the Republic of Korea, Türkiye and Australia (MIKTA)": a country's or
        // body's name the tables hold is not the last name's acronym.
        let type = gazetteer.match(tokens, at: index + 1)?.entry.type
        return type == .organization || type == .country ? nil : candidate
    }

    /// In "projects including A, B and C", every listed name is a project.
    private func markListedProjects(_ tokens: [Token], text: String, mentions: inout [SentenceMention]) {
        guard let cue = tokens.indices.first(where: { index in
            // Both cues start with "p" and are seven letters or more: most tokens are none, found
            // without hashing.
            tokens[index].lower.utf8.first == UInt8(ascii: "p") && tokens[index].lower.utf8.count >= 7
                && Self.projectCues.contains(lowerOf: tokens[index]) && index + 1 < tokens.count
                && Self.listCues.contains(lowerOf: tokens[index + 1])
        }) else { return }
        let listStart = cue + 2
        let listEnd = tokens[listStart...].firstIndex { [";", "."].contains($0.text) } ?? tokens.count
        for position in mentions.indices where mentions[position].tokens.lowerBound >= listStart
            && mentions[position].tokens.upperBound <= listEnd && mentions[position].reference.type != .country
            && mentions[position].reference.type != .person && mentions[position].reference.type != .organization
        {
            mentions[position].reference.type = .project
            mentions[position].reference.rule = "listed after \"\(tokens[cue].text) \(tokens[cue + 1].text)\""
        }
        // Which tokens a mention covers, kept up to date as listed codes ("ML-1") are added:
        // looked up, not searched for among all the mentions at every token of the list.
        var covered = [Bool](repeating: false, count: tokens.count)
        for mention in mentions {
            for position in mention.tokens { covered[position] = true }
        }
        var index = listStart
        while index + 2 < listEnd {
            let token = tokens[index]
            if token.isWord, token.text.allSatisfy({ $0.isUppercase }), token.text.count >= 2,
                tokens[index + 1].text == "-", tokens[index + 2].text.first?.isNumber == true, !covered[index]
            {
                let name = String(slice(text, token.start, tokens[index + 2].end))
                let rule = "a code listed after \"\(tokens[cue].text) \(tokens[cue + 1].text)\""
                mentions.append(SentenceMention(tokens: index..<(index + 3), reference: EntityReference(name: name, type: .project, rule: rule)))
                for position in index..<(index + 3) { covered[position] = true }
                index += 3
            } else {
                index += 1
            }
        }
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    private func isCountryOrOrganization(_ tokens: [Token], at index: Int) -> Bool {
        var cursor = index
        if tokens[cursor].lower == "the", cursor + 1 < tokens.count { cursor += 1 }
        guard let match = gazetteer.match(tokens, at: cursor) else { return false }
        return match.entry.type == .country || match.entry.type == .organization
    }

    /// Where a portfolio after a title ends ("for European and International Affairs", ", European
    /// Affairs and Foreign Trade", "and Foreign Trade"): "for", "of", "and" or a comma and capitalised
    /// words joined by "and" or commas, when "of" and a country follow; else `start`.
    private func portfolioEnd(_ tokens: [Token], from start: Int) -> Int {
        guard start < tokens.count, ["for", "of", ",", "and"].contains(tokens[start].lower) else { return start }
        var cursor = start + 1
        // "Minister of Foreign Affairs, European Affairs and Foreign Trade of the Kingdom of Belgium".
        while cursor < tokens.count, cursor < start + 8, tokens[cursor].isCapitalized || tokens[cursor].lower == "and" || tokens[cursor].text == "," {
            cursor += 1
        }
        return cursor > start + 1 && countryPhrase(tokens, at: cursor, countriesOnly: true) != nil ? cursor : start
    }

    /// Where a name starts after a portfolio that a title's "for" or "of" opens and a portfolio's
    /// last word closes ("for European and International Affairs Alexander Schallenberg", "of
    /// Foreign and European Affairs Juraj Blanár"): the first such word with two capitalised words
    /// after it; else nil.
    private func nameAfterPortfolio(_ tokens: [Token], from start: Int) -> Int? {
        guard start < tokens.count, ["for", "of"].contains(tokens[start].lower) else { return nil }
        var cursor = start + 1
        while cursor + 2 < tokens.count, cursor < start + 9, tokens[cursor].isCapitalized || tokens[cursor].lower == "and" {
            let end = cursor + 1
            if Self.portfolioHeads.contains(textOf: tokens[cursor]),
                (end...(end + 1)).allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalized && !Self.portfolioHeads.contains(textOf: tokens[$0]) }),
                gazetteer.match(tokens, at: end) == nil
            {
                return end
            }
            cursor += 1
        }
        return nil
    }

    /// "of [the] COUNTRY" (or, unless `countriesOnly`, an organisation) at `index`: its code and the index after it.
    private func countryPhrase(_ tokens: [Token], at index: Int, countriesOnly: Bool = false) -> (code: String?, end: Int)? {
        guard index + 1 < tokens.count, tokens[index].text == "of" else { return nil }
        var cursor = index + 1
        if tokens[cursor].lower == "the", cursor + 1 < tokens.count { cursor += 1 }
        guard let match = gazetteer.match(tokens, at: cursor),
            match.entry.type == .country || (match.entry.type == .organization && !countriesOnly)
        else { return nil }
        return (match.entry.code, cursor + match.length)
    }

    /// The country or organisation just before a title ("Kenyan President", "Uruguay's Foreign Minister").
    private func countryBefore(_ tokens: [Token], at index: Int) -> String? {
        let end = index > 0 && tokens[index - 1].isPossessive ? index - 1 : index
        for start in stride(from: end - 1, through: max(0, end - 3), by: -1) {
            if let match = gazetteer.match(tokens, at: start), start + match.length == end,
                match.entry.type == .country || match.entry.type == .organization
            {
                return match.entry.code
            }
        }
        return nil
    }

    /// The country before a portfolio of one or two capitalised words that stands before a title
    /// ("Kenyan Trade Minister Lee Kinyanjui", "Philippine Defence Secretary Gilberto Teodoro").
    private func countryBeforePortfolio(_ tokens: [Token], at index: Int) -> String? {
        for words in 1...2 where index - words >= 1 {
            let portfolio = tokens[(index - words)..<index]
            guard portfolio.allSatisfy({ $0.isWord && $0.isCapitalized }) else { return nil }
            if gazetteer.match(tokens, at: index - words) != nil { return nil }
            if let code = countryBefore(tokens, at: index - words) { return code }
            // "Tanzania's Deputy Prime Minister and Energy Minister Doto Biteko": a title joined to
            // the portfolio by "and" is the same person's office, its country before it.
            let and = index - words - 1
            if and >= 1, tokens[and].lower == "and",
                let title = (max(0, and - 4)..<and).first(where: { PersonTitles.match(tokens, at: $0) == and - $0 })
            {
                return countryBefore(tokens, at: title)
            }
        }
        return nil
    }

    /// The country whose delegation a person leads: "The Uzbek delegation was headed by First
    /// Deputy Minister ..., and the Azerbaijani delegation by Deputy Minister ... Elnur Mammadov".
    private func delegationCountry(_ tokens: [Token], before index: Int) -> String? {
        // The capitalised words of a title the table does not hold may stand before it ("First Deputy").
        var by = index - 1
        while by > 0, by >= index - 3, tokens[by].isCapitalized || tokens[by].lower == "the" { by -= 1 }
        guard by >= 2, tokens[by].lower == "by" else { return nil }
        for noun in stride(from: by - 1, through: max(1, by - 4), by: -1) where Self.delegationNouns.contains(tokens[noun].lower) {
            return countryBefore(tokens, at: noun)
        }
        return nil
    }

    /// The country whose delegation a person named before `end` leads, after the offices set off by
    /// commas: "Dr Korir Sing'oei, Principal Secretary of the State Department for Foreign Affairs,
    /// led the Kenyan delegation".
    private func delegationLedAfter(_ tokens: [Token], end: Int) -> String? {
        var cursor = end
        if cursor < tokens.count, tokens[cursor].text == "," {
            guard let close = tokens[(cursor + 1)..<min(tokens.count, cursor + 16)].firstIndex(where: { $0.text == "," }) else { return nil }
            cursor = close + 1
        }
        guard cursor + 2 < tokens.count, Self.delegationLeadVerbs.contains(tokens[cursor].lower),
            ["the", "a", "an"].contains(tokens[cursor + 1].lower),
            let country = gazetteer.match(tokens, at: cursor + 2), country.entry.type == .country,
            cursor + 2 + country.length < tokens.count, Self.delegationNouns.contains(tokens[cursor + 2 + country.length].lower)
        else { return nil }
        return country.entry.code
    }

    /// A news report's office after a country's possessive, as it writes it in lower case ("Burkina
    /// Faso's minister of foreign affairs", "Uganda's works and transport minister"): its words up
    /// to the office noun (`office_nouns`), the country, and where it ends (after an "of" or "for"
    /// portfolio).
    private func possessiveOffice(_ tokens: [Token], at start: Int) -> (role: String, code: String, end: Int)? {
        guard let country = gazetteer.match(tokens, at: start), country.entry.type == .country, let code = country.entry.code,
            start + country.length < tokens.count, tokens[start + country.length].isPossessive
        else { return nil }
        let first = start + country.length + 1
        var cursor = first
        while cursor < tokens.count, cursor - first < 5, tokens[cursor].isWord, !Self.officeNouns.contains(tokens[cursor].lower) { cursor += 1 }
        guard cursor < tokens.count, Self.officeNouns.contains(tokens[cursor].lower) else { return nil }
        let role = tokens[first...cursor].map(\.text).joined(separator: " ")
        cursor += 1
        if cursor < tokens.count, ["of", "for"].contains(tokens[cursor].lower) {
            cursor += 1
            while cursor < tokens.count, tokens[cursor].isWord, !tokens[cursor].isCapitalized { cursor += 1 }
        }
        return (role, code, cursor)
    }

    /// The possessive office that ends just before `end`, at a comma ("Uganda's works and transport
    /// minister, Edward Katumba Wamala,") or at a name ("Libya's acting foreign minister Taher al-Baour").
    private func possessiveOffice(_ tokens: [Token], endingAt end: Int) -> (role: String, code: String)? {
        guard end >= 3 else { return nil }
        for possessive in stride(from: end - 2, through: max(1, end - 12), by: -1) where tokens[possessive].isPossessive {
            for start in stride(from: possessive - 1, through: max(0, possessive - 3), by: -1) {
                if let office = possessiveOffice(tokens, at: start), office.end == end { return (office.role, office.code) }
            }
            return nil
        }
        return nil
    }

    /// A name no table holds right after a news report's office in lower case after a country's
    /// possessive ("Libya's acting foreign minister Taher al-Baour"): a person of that country.
    private mutating func nameAfterPossessiveOffice(_ tokens: [Token], at index: Int, text: String) -> SentenceMention? {
        guard index >= 3, tokens[index].isCapitalized, Self.officeNouns.contains(tokens[index - 1].text) else { return nil }
        let end = nameEnd(tokens, from: index)
        guard end - index >= 2, !Self.isHeadWord(tokens[end - 1]), gazetteer.match(tokens, at: index) == nil,
            let office = possessiveOffice(tokens, endingAt: index)
        else { return nil }
        return holder(index..<end, of: office.role, code: office.code, tokens: tokens, text: text,
            rule: "a name after \"\(office.role)\" of \(office.code)")
    }

    /// The country of the office an apposition names: "Nigeria's Minister of Foreign Affairs,
    /// Ambassador Yusuf Tuggar", "Foreign Minister of the Sultanate of Oman, His Excellency ...":
    /// a country in the capitalised words (with "of", "the", "'s", and "in" before a post's place:
    /// "the Ambassador of the Republic of Angola in Lisbon, Carlos Alberto Fonseca") just before the comma.
    private func countryOfApposition(_ tokens: [Token], before index: Int) -> String? {
        guard index >= 2, tokens[index - 1].text == "," else { return nil }
        var start = index - 2
        while start > 0, start > index - 10,
            tokens[start - 1].isCapitalized || ["of", "the", "'s", "and", "for"].contains(tokens[start - 1].lower)
                || (tokens[start - 1].lower == "in" && tokens[start].isCapitalized)
        {
            start -= 1
        }
        // "Visit to Brazil of the Minister of Foreign Affairs of Chile, Alberto van Klaveren": the country nearest the comma.
        return (start..<(index - 1)).reversed().lazy.compactMap { cursor in
            self.gazetteer.match(tokens, at: cursor).flatMap { $0.entry.type == .country ? $0.entry.code : nil }
        }.first
    }

    private static func isRoman(_ word: String) -> Bool {
        // Only I, V and X: a word starting with anything else is answered from its first byte.
        guard let first = word.utf8.first, first == UInt8(ascii: "I") || first == UInt8(ascii: "V") || first == UInt8(ascii: "X")
        else { return false }
        return word.count <= 4 && word.allSatisfy { "IVX".contains($0) }
    }

    /// Where the runs of a sentence that `person` and `properPhrase` follow end, worked out once
    /// per sentence from the right: a scan from every token along the same run (a paragraph of
    /// 30,000 "A." or "Mr.") would take the square of the sentence's length.
    private final class Runs {
        /// The length of the person title at each token, or nil.
        let titleLength: SentenceColumns.OptionalColumn
        /// Where a chain of titles starting at each token ends ("Deputy Prime Minister and
        /// Foreign Minister"): titles joined by "and", for a name after a title...
        let titlesEnd: SentenceColumns.Column
        /// ... and for a title after "the", where "and" ends the chain ("the Vice President and President X").
        let officeTitlesEnd: SentenceColumns.Column
        /// The last word of a proper phrase continuing at each index (`count` included), or nil:
        /// capitalised words and numbers, joined by connectors ("of", "and", "-", "of the").
        let phraseLastWord: SentenceColumns.OptionalColumn
        /// The last token at or before each index that is not a number, a roman numeral or "Phase".
        let lastNonNumber: SentenceColumns.OptionalColumn
        /// The first "of" at or after each index (`count` included).
        let nextOf: SentenceColumns.OptionalColumn

        /// Whether the token is a declaration's verb in capitals after a word that heads one
        /// (`Token.headsOperativeVerb`: "The Leaders CALL UPON", "The Council RECALLED"), or the word
        /// in capitals right after such a verb ("UPON").
        private static func isOperativeVerb(_ tokens: [Token], at index: Int) -> Bool {
            guard isShouted(tokens[index]) else { return false }
            return isVerbAfterSubject(tokens, at: index) || (index > 0 && isShouted(tokens[index - 1]) && isVerbAfterSubject(tokens, at: index - 1))
        }

        /// A word in capitals of more than three letters that is a verb of the lexicon, right after a
        /// word not in capitals that heads a declaration's operative verb (`Token.headsOperativeVerb`).
        private static func isVerbAfterSubject(_ tokens: [Token], at index: Int) -> Bool {
            guard index > 0, tokens[index].text.utf8.count > 3, let verb = VerbLexicon.shared.match(tokens, at: index) else { return false }
            return tokens[index - 1].headsOperativeVerb(inThePast: verb.isPast)
        }

        private static func isShouted(_ token: Token) -> Bool {
            token.isWord && token.text.utf8.count > 1 && !token.text.unicodeScalars.contains { !$0.properties.isUppercase }
        }

        init(_ tokens: [Token], recognizer: EntityRecognizer) {
            let count = tokens.count
            // The columns, in this order, in one array.
            let (titleLength, titlesEnd, officeTitlesEnd, phraseLastWord, nextOf, lastNonNumber) = (0, 1, 2, 3, 4, 5)
            var columns = SentenceColumns(positions: count + 1, initial: [nil, count, count, nil, nil, nil])
            var index = count - 1
            while index >= 0 {
                let token = tokens[index]
                columns[optional: titleLength, index] = PersonTitles.match(tokens, at: index)
                columns[titlesEnd, index] = index
                columns[officeTitlesEnd, index] = index
                if let length = columns[optional: titleLength, index] {
                    let next = index + length
                    // "Deputy Prime Minister/Foreign Minister": one office, after "the" too.
                    let slashed = next + 1 < count && tokens[next].text == "/" && columns[optional: titleLength, next + 1] != nil
                    columns[officeTitlesEnd, index] = columns[officeTitlesEnd, slashed ? next + 1 : next]
                    let joined = next + 1 < count && (tokens[next].text == "and" || slashed) && columns[optional: titleLength, next + 1] != nil
                    columns[titlesEnd, index] = columns[titlesEnd, joined ? next + 1 : next]
                }
                if Self.isOperativeVerb(tokens, at: index) {
                    // "The Leaders CALL UPON the European Union": a declaration's verb in capitals ends a name.
                } else if token.isCapitalized || (token.isWord && token.startsWithNumber) {
                    columns[optional: phraseLastWord, index] = columns[optional: phraseLastWord, index + 1] ?? index
                } else if connectors.contains(textOf: token), index + 1 < count,
                    !(token.text == "and"
                        && (columns[optional: titleLength, index + 1] != nil || recognizer.isCountryOrOrganization(tokens, at: index + 1))),
                    tokens[index + 1].isCapitalized || (token.text == "-" && tokens[index + 1].isWord)
                        || (token.text == "of" && index + 2 < count && tokens[index + 1].text == "the" && tokens[index + 2].isCapitalized)
                {
                    columns[optional: phraseLastWord, index] =
                        columns[optional: phraseLastWord, min(count, index + (token.text == "of" && tokens[index + 1].text == "the" ? 2 : 1))]
                }
                columns[optional: nextOf, index] = token.text == "of" ? index : columns[optional: nextOf, index + 1]
                index -= 1
            }
            var previous: Int?
            index = 0
            while index < count {
                let text = tokens[index].text
                let isNumber = tokens[index].startsWithNumber || EntityRecognizer.isRoman(text) || text == "Phase"
                if !isNumber { previous = index }
                columns[optional: lastNonNumber, index] = previous
                index += 1
            }
            self.titleLength = columns.optionalColumn(titleLength)
            self.titlesEnd = columns.column(titlesEnd)
            self.officeTitlesEnd = columns.column(officeTitlesEnd)
            self.phraseLastWord = columns.optionalColumn(phraseLastWord)
            self.lastNonNumber = columns.optionalColumn(lastNonNumber)
            self.nextOf = columns.optionalColumn(nextOf)
        }
    }
}

/// The text between two UTF-8 offsets of `text`.
func slice(_ text: String, _ start: Int, _ end: Int) -> Substring {
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: start, limitedBy: utf8.endIndex) ?? utf8.endIndex
    let upper = utf8.index(utf8.startIndex, offsetBy: end, limitedBy: utf8.endIndex) ?? utf8.endIndex
    return lower <= upper ? text[lower..<upper] : ""
}
