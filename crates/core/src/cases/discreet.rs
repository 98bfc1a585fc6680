//! Reminders must not give casework away: someone else may read her phone. This finds the
//! word in a reminder text that would, in English, Bengali, Hindi or Telugu (and the common
//! romanised spellings of the Indian words).
//!
//! Latin-script words are matched whole, so "showcase" or "courtyard" pass — but first without
//! a possessive ("lawyer's", "judges'", "court’s"), and then without a plural or an -ing/-ed
//! ending (English) or a case ending (romanised: "vakiler", "kesulo"), so "the judge's clerk"
//! does not slip through. Indian-script words carry their case endings and postpositions attached
//! (মামলার, मामले में, కేసులో), so they are matched as stems anywhere inside a word. A false
//! alarm only asks the leader to reword; a miss could expose a member, so the lists lean wide.

/// Whole English words, lower case.
const ENGLISH: &[&str] = &[
    "trafficking",
    "trafficked",
    "trafficker",
    "traffickers",
    "court",
    "courts",
    "courtroom",
    "case",
    "cases",
    "casework",
    "caseworker",
    "compensation",
    "compensate",
    "compensated",
    "police",
    "policeman",
    "policemen",
    "policewoman",
    "policewomen",
    "cop",
    "cops",
    "fir",
    "firs",
    "hearing",
    "hearings",
    "lawyer",
    "lawyers",
    "advocate",
    "advocates",
    "attorney",
    "counsel",
    "rescue",
    "rescued",
    "rescues",
    "legal",
    "legally",
    "law",
    "laws",
    "judge",
    "judges",
    "judgment",
    "judgement",
    "verdict",
    "claim",
    "claims",
    "claimant",
    "victim",
    "victims",
    "survivor",
    "survivors",
    "brothel",
    "brothels",
    "dlsa",
    "slsa",
    "nalsa",
    "lsa",
    "magistrate",
    "trial",
    "prosecution",
    "prosecutor",
    "chargesheet",
    "accused",
    "bail",
    "witness",
    "testimony",
    "petition",
    "tribunal",
    "crime",
    "offence",
    "offense",
    "arrest",
    "arrested",
    "raid",
    "exploitation",
    "exploited",
    "pimp",
    "pimps",
    "shelter",
    "affidavit",
    "summons",
    "complaint",
];

/// Whole romanised Bengali, Hindi and Telugu words, lower case.
const ROMANISED: &[&str] = &[
    "adalat",
    "adaalat",
    "mamla",
    "mamle",
    "mamlay",
    "mokoddoma",
    "mukadma",
    "mukadama",
    "thana",
    "thane",
    "vakil",
    "wakil",
    "ukil",
    "daroga",
    "muavza",
    "muavaza",
    "muawza",
    "muavja",
    "kshatipuran",
    "khotipuron",
    "khatipuran",
    "pachar",
    "paachaar",
    "taskari",
    "taskar",
    "nyayalay",
    "nyayalaya",
    "kort",
    "kesu",
    "keysu",
    "parihaaram",
    "pariharam",
    "nyayavadi",
    "shunani",
    "sunvai",
    "sunwai",
    "peedit",
    "pidit",
    "kotha-ghar",
    "kesulo",
    "kesuku",
    "kesuki",
    "kortulo",
    "kortuku",
    "kortuki",
    "ukiler",
    "ukile",
];

/// Stems in Indian scripts, matched inside words (after the nukta and joiners are normalised).
const INDIC: &[&str] = &[
    // Bengali
    "পাচার",
    "আদালত",
    "কোর্ট",
    "মামল",
    "মোকদ্দম",
    "কেস",
    "ক্ষতিপূরণ",
    "পুলিশ",
    "থানা",
    "এফআইআর",
    "শুনানি",
    "আইনজীবী",
    "উকিল",
    "অ্যাডভোকেট",
    "এডভোকেট",
    "উদ্ধার",
    "আইন",
    "বিচার",
    "জজ",
    "দাবি",
    "ভিকটিম",
    "নির্যাতিত",
    "পতিতালয়",
    "যৌনপল্লি",
    "যৌনপল্লী",
    "ডিএলএসএ",
    "নালসা",
    "দালাল",
    "অভিযোগ",
    "ম্যাজিস্ট্রেট",
    "জামিন",
    "সাক্ষী",
    "গ্রেফতার",
    "গ্রেপ্তার",
    "চার্জশিট",
    // Hindi
    "तस्कर",
    "अदालत",
    "कोर्ट",
    "न्यायालय",
    "केस",
    "मामला",
    "मामले",
    "मुकदम",
    "मुक़दम",
    "मुआवज",
    "मुआवज़",
    "क्षतिपूर्ति",
    "पुलिस",
    "थाना",
    "थाने",
    "एफआईआर",
    "एफ़आईआर",
    "सुनवाई",
    "वकील",
    "अधिवक्ता",
    "बचाव",
    "रेस्क्यू",
    "कानून",
    "क़ानून",
    "न्यायाधीश",
    "जज",
    "दावा",
    "दावे",
    "पीड़ित",
    "पीडित",
    "वेश्यालय",
    "कोठा",
    "कोठे",
    "डीएलएसए",
    "नालसा",
    "दलाल",
    "शिकायत",
    "मजिस्ट्रेट",
    "ज़मानत",
    "जमानत",
    "गवाह",
    "गिरफ्तार",
    "गिरफ़्तार",
    "चार्जशीट",
    "आरोपी",
    // Telugu
    "అక్రమ రవాణా",
    "ట్రాఫికింగ్",
    "కోర్టు",
    "న్యాయస్థాన",
    "కేసు",
    "పరిహార",
    "పోలీస",
    "ఎఫ్ఐఆర్",
    "విచారణ",
    "న్యాయవాది",
    "లాయర్",
    "వకీలు",
    "అడ్వకేట్",
    "రెస్క్యూ",
    "చట్ట",
    "న్యాయమూర్తి",
    "జడ్జి",
    "క్లెయిమ్",
    "బాధితు",
    "వ్యభిచార",
    "డీఎల్ఎస్ఏ",
    "నల్సా",
    "దళారి",
    "ఫిర్యాదు",
    "మేజిస్ట్రేట్",
    "బెయిల్",
    "సాక్షి",
    "అరెస్ట్",
    "ఛార్జిషీట్",
];

/// The word that would give casework away in a reminder text, if any (en, bn, hi, te lists:
/// trafficking, court, case, compensation, police, FIR, hearing, lawyer, rescue, legal, …).
pub fn revealing_word(text: &str) -> Option<String> {
    let whole = normalise(text);
    // Stems that span two words (అక్రమ రవాణా) are looked for in the whole text first.
    for stem in INDIC.iter().filter(|s| s.contains(' ')) {
        if whole.contains(&normalise(stem)) {
            return Some((*stem).to_owned());
        }
    }
    for word in text.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()) {
        let norm = normalise(word);
        let latin = norm.trim_start_matches(['.', '\'']).trim_end_matches('.').replace('.', "");
        let bare = without_possessive(&latin);
        if english_forms(bare).iter().any(|f| ENGLISH.contains(&f.as_str())) || romanised_forms(bare).iter().any(|f| ROMANISED.contains(&f.as_str()))
        {
            return Some(word.to_owned());
        }
        if INDIC.iter().any(|stem| !stem.contains(' ') && norm.contains(&normalise(stem))) {
            return Some(word.to_owned());
        }
    }
    None
}

/// "lawyer's" → "lawyer", "judges'" → "judges" (apostrophes are already straight).
fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s").or_else(|| word.strip_suffix('\'')).unwrap_or(word).trim_end_matches('\'')
}

/// The word and the English words it may be an inflection of: plural (-s, -es, -ies) and
/// -ing/-ed (with a dropped e or a doubled consonant restored). Only stems of four letters or
/// more lose -ing/-ed, so "fired" is not taken for "fir".
fn english_forms(word: &str) -> Vec<String> {
    let mut forms = vec![word.to_owned()];
    let mut add = |form: &str| {
        if !form.is_empty() && !forms.iter().any(|f| f == form) {
            forms.push(form.to_owned());
        }
    };
    if let Some(stem) = word.strip_suffix("ies") {
        add(&format!("{stem}y"));
    }
    if let Some(stem) = word.strip_suffix("es").filter(|s| s.ends_with(['s', 'x', 'z']) || s.ends_with("ch") || s.ends_with("sh")) {
        add(stem);
    }
    if let Some(stem) = word.strip_suffix('s').filter(|s| !s.ends_with('s')) {
        add(stem);
    }
    for ending in ["ing", "ed"] {
        let Some(stem) = word.strip_suffix(ending).filter(|s| s.chars().count() >= 4) else { continue };
        add(stem);
        add(&format!("{stem}e"));
        let mut last = stem.chars().rev();
        if let (Some(a), Some(b)) = (last.next(), last.next()) {
            if a == b {
                add(&stem[..stem.len() - a.len_utf8()]);
            }
        }
    }
    forms
}

/// The word and what it is with a romanised case ending or postposition taken off
/// ("vakiler", "adalate", "thanay", "mamlar"); stems keep five letters or more, so Bengali
/// "korte" (to do) is not taken for "kort" — the short stems' forms are listed instead.
fn romanised_forms(word: &str) -> Vec<String> {
    const ENDINGS: &[&str] =
        &["er", "ere", "e", "r", "y", "ya", "te", "ke", "ko", "ka", "ki", "me", "on", "o", "lo", "ulo", "ku", "uku", "u", "ni", "ne"];
    let mut forms = vec![word.to_owned()];
    for ending in ENDINGS {
        if let Some(stem) = word.strip_suffix(ending).filter(|s| s.chars().count() >= 5) {
            forms.push(stem.to_owned());
        }
    }
    forms
}

/// Letters, digits, the dots of "F.I.R." and apostrophes (straight or curly), and everything in the Indian script
/// blocks except the danda — vowel signs and the virama are not "alphabetic" to Rust, but they
/// are inside words.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || c == '.'
        || matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
        || c == '\u{200C}'
        || c == '\u{200D}'
        || (('\u{0900}'..='\u{0DFF}').contains(&c) && c != '\u{0964}' && c != '\u{0965}')
}

/// Lower case, curly apostrophes straight, without zero-width joiners, with letters that have a precomposed nukta form
/// (ড়, য়, ज़, ड़ …) spelled as base letter plus nukta, so either spelling matches.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            '\u{200C}' | '\u{200D}' => {}
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push('\''),
            '\u{0958}' => out.push_str("\u{0915}\u{093C}"),
            '\u{0959}' => out.push_str("\u{0916}\u{093C}"),
            '\u{095A}' => out.push_str("\u{0917}\u{093C}"),
            '\u{095B}' => out.push_str("\u{091C}\u{093C}"),
            '\u{095C}' => out.push_str("\u{0921}\u{093C}"),
            '\u{095D}' => out.push_str("\u{0922}\u{093C}"),
            '\u{095E}' => out.push_str("\u{092B}\u{093C}"),
            '\u{095F}' => out.push_str("\u{092F}\u{093C}"),
            '\u{09DC}' => out.push_str("\u{09A1}\u{09BC}"),
            '\u{09DD}' => out.push_str("\u{09A2}\u{09BC}"),
            '\u{09DF}' => out.push_str("\u{09AF}\u{09BC}"),
            c => out.push(c),
        }
    }
    out
}
