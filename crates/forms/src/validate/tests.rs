use super::*;
use crate::fixtures::INTAKE;
use proptest::prelude::*;

fn form() -> Form {
    Form::from_toml(INTAKE).expect("fixture parses")
}

fn raw(pairs: &[(&str, &[&str])]) -> RawAnswers {
    pairs.iter().map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect())).collect()
}

fn problems(r: Result<Answers, Vec<AnswerError>>) -> Vec<(String, &'static str)> {
    r.expect_err("should be refused").into_iter().map(|e| (e.item, e.problem.code())).collect()
}

#[test]
fn a_complete_answer_is_parsed_into_types() {
    let a = form()
        .validate(&raw(&[
            ("went", &["yes"]),
            ("visits", &[" 3 "]),
            ("first_visit", &["2024-02-29"]),
            ("help", &["shelter", "legal", "shelter"]),
            ("service", &["1"]),
            ("csrf", &["token"]),
        ]))
        .expect("valid");
    assert_eq!(a.get("went"), Some(&Answer::Choice("yes".into())));
    assert_eq!(a.get("visits"), Some(&Answer::Integer(3)));
    assert_eq!(a.get("first_visit"), Some(&Answer::Date(time::macros::date!(2024 - 02 - 29))));
    assert_eq!(a.get("help"), Some(&Answer::Choices(vec!["legal".into(), "shelter".into()])), "form order, once");
    assert_eq!(a.get("service"), Some(&Answer::Point(1)));
    assert_eq!(a.get("csrf"), None, "names the form does not know are ignored");
    assert_eq!(a.len(), 5);
}

#[test]
fn skipped_items_are_dropped_and_not_required() {
    // She did not go: the visit questions are not asked, whatever the page posted for them.
    let a = form().validate(&raw(&[("went", &["no"]), ("visits", &["abc"]), ("service", &["0"]), ("why_not", &["far"])])).expect("valid");
    assert_eq!(a.get("visits"), None);
    assert_eq!(a.get("service"), None);
    assert_eq!(a.get("why_not"), Some(&Answer::Text("far".into())));
    let f = form();
    assert!(!f.is_relevant("visits", &a));
    assert!(f.is_relevant("why_not", &a));
    assert!(f.is_relevant("went", &a), "no relevant: always asked");
    assert!(!f.is_relevant("no_such_item", &a));
}

#[test]
fn a_required_relevant_item_left_empty_is_refused() {
    assert_eq!(problems(form().validate(&raw(&[]))), vec![("went".into(), "required")]);
    assert_eq!(problems(form().validate(&raw(&[("went", &["yes"]), ("visits", &["  "])]))), vec![("visits".into(), "required")]);
}

#[test]
fn each_kind_refuses_what_it_cannot_read() {
    let p = problems(form().validate(&raw(&[
        ("went", &["yes"]),
        ("visits", &["three"]),
        ("first_visit", &["29/02/2024"]),
        ("help", &["legal", "money"]),
    ])));
    assert_eq!(p, vec![("visits".into(), "not-a-number"), ("first_visit".into(), "not-a-date"), ("help".into(), "unknown-choice"),]);
    assert_eq!(problems(form().validate(&raw(&[("went", &["maybe"])]))), vec![("went".into(), "unknown-choice")]);
}

#[test]
fn ranges_lengths_and_scale_points_are_enforced() {
    let r = form().validate(&raw(&[("went", &["yes"]), ("visits", &["51"])]));
    let errs = r.expect_err("out of range");
    assert_eq!(errs[0].problem, AnswerProblem::OutOfRange { min: Some(1), max: Some(50) });
    let long = "x".repeat(21);
    let errs = form().validate(&raw(&[("went", &["no"]), ("why_not", &[&long])])).expect_err("too long");
    assert_eq!(errs[0].problem, AnswerProblem::TooLong { max: 20 });
    let bengali = "অনেক দূর"; // 8 characters, many more bytes: the limit counts characters.
    assert!(form().validate(&raw(&[("went", &["no"]), ("why_not", &[bengali])])).is_ok());
    assert_eq!(
        problems(form().validate(&raw(&[("went", &["yes"]), ("visits", &["2"]), ("service", &["2"])]))),
        vec![("service".into(), "unknown-choice")],
        "a point index past the scale's end"
    );
}

#[test]
fn constraints_check_the_items_own_answer_only_when_given() {
    assert_eq!(problems(form().validate(&raw(&[("went", &["no"]), ("why_not", &["nothing"])]))), vec![("why_not".into(), "constraint-failed")]);
    assert_eq!(
        problems(form().validate(&raw(&[("went", &["yes"]), ("visits", &["1"]), ("first_visit", &["1999-12-31"])]))),
        vec![("first_visit".into(), "constraint-failed")]
    );
    assert!(form().validate(&raw(&[("went", &["no"])])).is_ok(), "an empty optional item is not checked");
}

#[test]
fn ratings_are_seen_by_expressions_as_their_point_values() {
    let text = INTAKE.to_owned()
        + r#"
[[items]]
name = "why_bad"
kind = "text"
relevant = "${service} = 1"
label = { en = "Why?", bn = "কেন?" }
"#;
    let f = Form::from_toml(&text).expect("parses");
    let a = f.validate(&raw(&[("went", &["yes"]), ("visits", &["1"]), ("service", &["0"])])).expect("valid");
    assert!(f.is_relevant("why_bad", &a), "index 0 has value 1");
    let a = f.validate(&raw(&[("went", &["yes"]), ("visits", &["1"]), ("service", &["1"])])).expect("valid");
    assert!(!f.is_relevant("why_bad", &a));
}

#[test]
fn every_problem_has_a_translation_key() {
    let all = [
        AnswerProblem::Required,
        AnswerProblem::NotANumber,
        AnswerProblem::OutOfRange { min: None, max: None },
        AnswerProblem::NotADate,
        AnswerProblem::UnknownChoice,
        AnswerProblem::TooLong { max: 1 },
        AnswerProblem::ConstraintFailed,
    ];
    let codes: std::collections::BTreeSet<_> = all.iter().map(AnswerProblem::code).collect();
    assert_eq!(codes.len(), all.len());
    assert!(codes.iter().all(|c| c.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-')));
}

proptest! {
    #[test]
    fn any_posted_answers_give_answers_or_errors_never_a_panic(
        posted in proptest::collection::btree_map(
            prop_oneof![Just("went"), Just("visits"), Just("first_visit"), Just("help"), Just("service"), Just("why_not"), Just("welcome")]
                .prop_map(str::to_owned),
            proptest::collection::vec(".{0,12}", 0..3),
            0..7,
        )
    ) {
        let f = form();
        match f.validate(&posted) {
            Ok(a) => {
                for (name, _) in a.iter() {
                    prop_assert!(f.is_relevant(name, &a), "{} kept though not asked", name);
                }
            }
            Err(errs) => prop_assert!(!errs.is_empty()),
        }
    }
}
