//! Reminder texts: the default ones pass in every language; any casework word is caught,
//! whatever its case, inflection or attached postposition.

use dhruva_core::cases::discreet::revealing_word;

#[test]
fn the_default_reminder_texts_pass_in_every_language() {
    for text in [
        "You have a reminder in Dhruva",
        "ধ্রুবতে আপনার জন্য একটি রিমাইন্ডার আছে",
        "ध्रुव में आपके लिए एक रिमाइंडर है",
        "ధ్రువలో మీ కోసం ఒక రిమైండర్ ఉంది",
        "Please come to the meeting on Friday. Tea at 4!",
        "শুক্রবার মিটিং আছে, সবাই আসবেন।",
        "शुक्रवार को बैठक है।",
    ] {
        assert_eq!(revealing_word(text), None, "{text}");
    }
}

#[test]
fn english_words_are_caught_whatever_their_case_and_punctuation() {
    for (text, word) in [
        ("Your COURT date is near", "COURT"),
        ("The hearing is tomorrow.", "hearing"),
        ("Call the lawyer", "lawyer"),
        ("compensation: next step", "compensation"),
        ("Trafficking case update", "Trafficking"),
        ("Bring your F.I.R. copy", "F.I.R."),
        ("Meet the advocate", "advocate"),
        ("DLSA letter came", "DLSA"),
        ("nalsa", "nalsa"),
        ("see the judge", "judge"),
        ("the police station", "police"),
        ("after the rescue", "rescue"),
        ("legal aid", "legal"),
        ("your claim", "claim"),
        ("for victims", "victims"),
        ("the brothel owner", "brothel"),
        ("your cases", "cases"),
        ("were you trafficked", "trafficked"),
    ] {
        assert_eq!(revealing_word(text).as_deref(), Some(word), "{text}");
    }
}

#[test]
fn english_words_inside_other_words_are_not_caught() {
    for text in ["a showcase of crafts", "in the courtyard", "a briefcase", "clearing the firewood", "shearing sheep"] {
        assert_eq!(revealing_word(text), None, "{text}");
    }
}

#[test]
fn bengali_words_are_caught_with_their_endings() {
    for (text, word) in [
        ("আপনার মামলার তারিখ", "মামলার"),
        ("কাল আদালতে যেতে হবে", "আদালতে"),
        ("ক্ষতিপূরণের টাকা", "ক্ষতিপূরণের"),
        ("থানায় যান", "থানায়"),
        ("উকিলের সঙ্গে কথা", "উকিলের"),
        ("শুনানি কাল", "শুনানি"),
        ("পাচারের শিকার", "পাচারের"),
        ("কেসটা", "কেসটা"),
        ("পুলিশ এসেছিল", "পুলিশ"),
        ("আইনি সহায়তা", "আইনি"),
    ] {
        assert_eq!(revealing_word(text).as_deref(), Some(word), "{text}");
    }
}

#[test]
fn hindi_words_are_caught_with_their_endings_and_either_nukta_spelling() {
    for (text, word) in [
        ("आपके मामले की तारीख", "मामले"),
        ("कल अदालत जाना है", "अदालत"),
        ("मुआवज़े का पैसा", "मुआवज़े"),
        ("मुआवजा मिला", "मुआवजा"),
        ("थाने में", "थाने"),
        ("वकील से मिलें", "वकील"),
        ("सुनवाई कल है", "सुनवाई"),
        ("मानव तस्करी", "तस्करी"),
        ("पुलिस आई", "पुलिस"),
        ("क़ानूनी मदद", "क़ानूनी"),
        ("\u{0915}\u{093C}\u{093E}\u{0928}\u{0942}\u{0928}\u{0940} मदद", "\u{0915}\u{093C}\u{093E}\u{0928}\u{0942}\u{0928}\u{0940}"),
    ] {
        assert_eq!(revealing_word(text).as_deref(), Some(word), "{text}");
    }
}

#[test]
fn telugu_words_are_caught_with_their_endings() {
    for (text, word) in [
        ("మీ కేసులో తేదీ", "కేసులో"),
        ("కోర్టుకు వెళ్ళాలి", "కోర్టుకు"),
        ("పరిహారం డబ్బు", "పరిహారం"),
        ("పోలీసు స్టేషన్", "పోలీసు"),
        ("న్యాయవాదిని కలవండి", "న్యాయవాదిని"),
        ("రేపు విచారణ", "విచారణ"),
        ("అక్రమ రవాణా బాధితులు", "అక్రమ రవాణా"),
    ] {
        assert_eq!(revealing_word(text).as_deref(), Some(word), "{text}");
    }
}

#[test]
fn romanised_indian_words_are_caught() {
    for (text, word) in [("kal adalat hai", "adalat"), ("mamla ki tarikh", "mamla"), ("thana jana hai", "thana"), ("vakil se milo", "vakil")] {
        assert_eq!(revealing_word(text).as_deref(), Some(word), "{text}");
    }
}

#[test]
fn an_empty_text_reveals_nothing() {
    assert_eq!(revealing_word(""), None);
    assert_eq!(revealing_word("   ...  "), None);
}

#[test]
fn english_possessives_and_inflections_are_caught() {
    for (text, word) in [
        ("Meet at the lawyer's office", "lawyer's"),
        ("Ask the judge's clerk", "judge's"),
        ("Wait at the court's gate", "court's"),
        ("Wait at the court\u{2019}s gate", "court\u{2019}s"),
        ("Wait at the COURT\u{2019}S gate", "COURT\u{2019}S"),
        ("the judges' room", "judges'"),
        ("the lawyers\u{2019} room", "lawyers\u{2019}"),
        ("the 'hearing' is on", "'hearing'"),
        ("Your claim's status", "claim's"),
        ("two witnesses came", "witnesses"),
        ("the raided house", "raided"),
        ("courting trouble", "courting"),
        ("she was rescued", "rescued"),
        ("the policewomen came", "policewomen"),
        ("she was judged", "judged"),
        ("offences listed", "offences"),
        ("the trials", "trials"),
        ("arresting officer", "arresting"),
    ] {
        assert_eq!(revealing_word(text).as_deref(), Some(word), "{text}");
    }
}

#[test]
fn stripping_inflections_does_not_catch_ordinary_words() {
    for text in [
        "we fired the kiln",
        "she copes well",
        "the courtyard's gate",
        "the meeting's place",
        "Asha's house, Friday's tea",
        "korte hobe kal",
        "bring the cards",
        "caring for the lawns",
    ] {
        assert_eq!(revealing_word(text), None, "{text}");
    }
}

#[test]
fn possessives_in_indian_scripts_are_caught_as_attached_endings_or_the_stem_before_a_postposition() {
    for (text, word) in [
        // Hindi: the possessive is a separate postposition; the stem stands alone.
        ("वकील का दफ़्तर", "वकील"),
        ("जज का क्लर्क", "जज"),
        ("अदालत के गेट पर", "अदालत"),
        ("कोर्ट की तारीख", "कोर्ट"),
        // Bengali: the genitive and locative are attached.
        ("আদালতের গেটে", "আদালতের"),
        ("উকিলের অফিসে", "উকিলের"),
        ("জজের কেরানি", "জজের"),
        ("কোর্টের সামনে", "কোর্টের"),
        // Telugu: the endings are attached.
        ("కోర్టులో కలుద్దాం", "కోర్టులో"),
        ("లాయర్ గారి ఆఫీసు", "లాయర్"),
        ("జడ్జి గారి గుమాస్తా", "జడ్జి"),
        ("కోర్టు గేటు దగ్గర", "కోర్టు"),
    ] {
        assert_eq!(revealing_word(text).as_deref(), Some(word), "{text}");
    }
}

#[test]
fn romanised_possessives_and_case_endings_are_caught() {
    for (text, word) in [
        ("vakil's office", "vakil's"),
        ("vakil ka daftar", "vakil"),
        ("adalater gate", "adalater"),
        ("ukiler kache", "ukiler"),
        ("thanay jabo", "thanay"),
        ("kesulo date", "kesulo"),
        ("kortulo kaluddam", "kortulo"),
        ("adalate jete hobe", "adalate"),
    ] {
        assert_eq!(revealing_word(text).as_deref(), Some(word), "{text}");
    }
}
