//! The form each kind of case asks. The real forms are `dhruva_forms::cases::form(kind)`
//! (TOML under `forms/cases/`, written by the core slice); until that lands this stand-in
//! asks the items the contract names, so the pages, the store and the figures agree on them.
//! Replace the body of [`form`] with `dhruva_forms::cases::form(kind)` when it exists.

use dhruva_core::cases::CaseKind;
use dhruva_forms::Form;
use std::sync::OnceLock;

const COMMON: &str = r#"
[[items]]
name = "reference"
kind = "text"
max_len = 100
label = { en = "Application, FIR or case number", bn = "আবেদন, এফআইআর বা মামলার নম্বর", hi = "आवेदन, एफ़आईआर या केस नंबर", te = "దరఖాస్తు, ఎఫ్ఐఆర్ లేదా కేసు నంబరు" }
"#;

const NOTES: &str = r#"
[[items]]
name = "notes"
kind = "text"
max_len = 2000
label = { en = "Notes", bn = "নোট", hi = "नोट", te = "గమనికలు" }
"#;

const OTHER_NAME: &str = r#"
[[items]]
name = "other_name"
kind = "text"
max_len = 200
label = { en = "If something else: what?", bn = "অন্য কিছু হলে: কী?", hi = "कुछ और हो तो: क्या?", te = "మరేదైనా అయితే: ఏమిటి?" }
"#;

const COMPENSATION: &str = r#"
[[items]]
name = "amount_claimed"
kind = "integer"
min = 0
label = { en = "Rupees claimed", bn = "দাবি করা টাকা", hi = "दावा किए रुपये", te = "కోరిన రూపాయలు" }

[[items]]
name = "interim_amount"
kind = "integer"
min = 0
label = { en = "Interim relief, rupees", bn = "অন্তর্বর্তী সাহায্য, টাকা", hi = "अंतरिम राहत, रुपये", te = "తాత్కాలిక సహాయం, రూపాయలు" }

[[items]]
name = "amount_awarded"
kind = "integer"
min = 0
label = { en = "Rupees awarded", bn = "মঞ্জুর হওয়া টাকা", hi = "मंज़ूर रुपये", te = "మంజూరైన రూపాయలు" }

[[items]]
name = "amount_received"
kind = "integer"
min = 0
label = { en = "Rupees received", bn = "হাতে পাওয়া টাকা", hi = "मिले रुपये", te = "అందిన రూపాయలు" }
"#;

const LEGAL: &str = r#"
[[items]]
name = "police_station"
kind = "text"
max_len = 200
label = { en = "Police station", bn = "থানা", hi = "थाना", te = "పోలీస్ స్టేషన్" }

[[items]]
name = "sections"
kind = "text"
max_len = 200
label = { en = "Sections of law", bn = "আইনের ধারা", hi = "क़ानून की धाराएँ", te = "చట్ట సెక్షన్లు" }

[[items]]
name = "court"
kind = "text"
max_len = 200
label = { en = "Court", bn = "আদালত", hi = "अदालत", te = "కోర్టు" }

[[items]]
name = "lawyer"
kind = "text"
max_len = 200
label = { en = "Lawyer", bn = "উকিল", hi = "वकील", te = "న్యాయవాది" }
"#;

fn source(kind: CaseKind) -> String {
    let head = format!("id = \"case_{}\"\nversion = 1\ntitle = {{ en = \"Case\", bn = \"কেস\", hi = \"केस\", te = \"కేసు\" }}\n", kind.code());
    let middle = match kind {
        CaseKind::Entitlement | CaseKind::DocumentRecovery => OTHER_NAME,
        CaseKind::Compensation => COMPENSATION,
        CaseKind::Legal => LEGAL,
    };
    format!("{head}{COMMON}{middle}{NOTES}")
}

/// The form for a kind, parsed once.
pub fn form(kind: CaseKind) -> &'static Form {
    static FORMS: OnceLock<Vec<(CaseKind, Form)>> = OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        CaseKind::ALL
            .iter()
            // The sources above are constants checked by the test below; a parse failure
            // would give an empty form rather than a failing page.
            .map(|k| (*k, Form::from_toml(&source(*k)).unwrap_or_else(|_| empty(*k))))
            .collect()
    });
    static EMPTY: OnceLock<Form> = OnceLock::new();
    forms.iter().find(|(k, _)| *k == kind).map(|(_, f)| f).unwrap_or_else(|| EMPTY.get_or_init(|| empty(kind)))
}

fn empty(kind: CaseKind) -> Form {
    Form { id: format!("case_{}", kind.code()), version: 1, title: dhruva_forms::Text::default(), scales: Vec::new(), items: Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kinds_stand_in_form_parses() {
        for k in CaseKind::ALL {
            Form::from_toml(&source(*k)).unwrap_or_else(|e| panic!("{}: {e}", k.code()));
        }
    }
}
