use super::*;
use proptest::prelude::*;
use std::collections::BTreeMap;

struct Answers {
    values: BTreeMap<&'static str, Value>,
    current: Value,
}

impl Context for Answers {
    fn value(&self, name: &str) -> Value {
        self.values.get(name).cloned().unwrap_or(Value::Str(String::new()))
    }
    fn current(&self) -> Value {
        self.current.clone()
    }
}

fn ctx() -> Answers {
    let mut values = BTreeMap::new();
    values.insert("age", Value::Num(19.0));
    values.insert("went", Value::Str("yes".into()));
    values.insert("help", Value::List(vec!["legal".into(), "shelter".into()]));
    values.insert("when", Value::Str("2025-03-01".into()));
    Answers { values, current: Value::Num(4.0) }
}

fn holds(src: &str) -> bool {
    Expr::parse(src).unwrap_or_else(|e| panic!("{src}: {e}")).holds(&ctx())
}

#[test]
fn comparisons_of_numbers_and_strings_follow_xpath() {
    assert!(holds("${age} >= 18"));
    assert!(holds("${age} = '19'"), "a number compares with a numeric string numerically");
    assert!(!holds("${age} < 18"));
    assert!(holds("${went} = 'yes'"));
    assert!(holds("${went} != \"no\""));
    assert!(holds("${when} < '2025-04-01'"), "ISO dates order as strings");
    assert!(holds(". > 3 and . <= 5"));
}

#[test]
fn an_unanswered_item_is_empty_and_never_a_number() {
    assert!(holds("${missing} = ''"));
    assert!(!holds("${missing} > 0"));
    assert!(!holds("${missing} <= 0"));
    assert!(holds("${missing} != 0"));
    assert!(!holds("${missing}"));
}

#[test]
fn and_binds_tighter_than_or_and_not_negates() {
    assert!(holds("${went} = 'no' and ${age} > 100 or ${age} = 19"));
    assert!(!holds("${went} = 'no' and (${age} > 100 or ${age} = 19)"));
    assert!(holds("not(${went} = 'no')"));
    assert!(!holds("not(${age})"));
}

#[test]
fn selected_looks_inside_a_multiple_choice() {
    assert!(holds("selected(${help}, 'legal')"));
    assert!(!holds("selected(${help}, 'money')"));
    assert!(holds("selected(${went}, 'yes')"), "a plain string is a one-element list");
    assert!(holds("not(selected(${missing}, 'legal'))"));
}

#[test]
fn references_are_listed_once_in_order_of_use() {
    let e = Expr::parse("${b} = 1 or ${a} = 2 and selected(${b}, 'x')").expect("parses");
    assert_eq!(e.references(), vec!["b", "a"]);
    assert!(!e.uses_current());
    assert!(Expr::parse("not(. = 'x')").expect("parses").uses_current());
}

#[test]
fn keywords_are_whole_words() {
    let e = Expr::parse("${order} = 1 or ${android} = 2").expect("parses");
    assert_eq!(e.references(), vec!["order", "android"]);
}

#[test]
fn malformed_expressions_say_what_and_where() {
    let err = |s: &str| Expr::parse(s).expect_err(s);
    assert_eq!(err("${age} >"), ExprError::UnexpectedEnd);
    assert_eq!(err("${age} = 'yes"), ExprError::UnclosedString { at: 10 });
    assert_eq!(err("$age = 1"), ExprError::BadReference { at: 1 });
    assert_eq!(err("${} = 1"), ExprError::BadReference { at: 1 });
    assert_eq!(err("count(${a})"), ExprError::UnknownFunction { name: "count".into() });
    assert_eq!(err("${a} = 1 )"), ExprError::Unexpected { found: "`)`".into(), at: 10 });
    assert_eq!(err("&"), ExprError::Unexpected { found: "`&`".into(), at: 1 });
    assert_eq!(err(&"(".repeat(500)), ExprError::TooDeep);
}

#[test]
fn xpath_names_items_by_their_path() {
    let e = Expr::parse("${a} >= 2 and not(selected(${b}, 'x')) or . != \"it's\"").expect("parses");
    let x = e.to_xpath(&|n| format!("/data/{n}"));
    assert_eq!(x, "((/data/a >= 2 and not(selected(/data/b, 'x'))) or . != \"it's\")");
}

#[test]
fn the_source_is_kept_for_display() {
    let e = Expr::parse("  ${a} = 1 ").expect("parses");
    assert_eq!(e.to_string(), "${a} = 1");
}

proptest! {
    #[test]
    fn parsing_and_evaluating_anything_never_panics(src in ".{0,80}") {
        if let Ok(e) = Expr::parse(&src) {
            let _ = e.holds(&ctx());
            let _ = e.to_xpath(&|n| format!("/data/{n}"));
        }
    }

    #[test]
    fn parsing_expression_shaped_noise_never_panics(
        parts in proptest::collection::vec(
            prop_oneof![
                Just("${age}"), Just("."), Just("'x'"), Just("3"), Just("-2.5"), Just("="), Just("!="),
                Just("<"), Just(">="), Just(" and "), Just(" or "), Just("not("), Just("selected("),
                Just(","), Just("("), Just(")"), Just("${"), Just("}"), Just("\""),
            ],
            0..40,
        )
    ) {
        let src: String = parts.concat();
        if let Ok(e) = Expr::parse(&src) {
            let _ = e.evaluate(&ctx());
        }
    }

    #[test]
    fn numeric_comparison_agrees_with_rust(a in -1000i64..1000, b in -1000i64..1000) {
        let e = Expr::parse(&format!("{a} < {b} and not({a} >= {b})")).expect("parses");
        prop_assert_eq!(e.holds(&ctx()), a < b);
    }
}
