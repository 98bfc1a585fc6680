//! What a backup says, before it is compressed and encrypted: JSON lines, one object each.
//!
//! ```text
//! {"header":{"format":"dhruva-backup","version":1,"migrations":[1,2,…],"backend":"sqlite",…}}
//! {"table":{"name":"collectives","columns":[{"name":"id","kind":"int"},…]}}
//! {"row":[1,"Utthan",…]}                       ← bytes as base64 text, absent values as null
//! {"table_end":{"name":"collectives","rows":3}}
//! …                                             ← every table, parents before children
//! {"sequences":{"members":61,…}}               ← the highest id ever handed out, per table
//! {"end":{"tables":17,"rows":5230}}
//! ```
//!
//! Self-describing and backend-neutral on purpose: column kinds are the few both databases
//! share, so a SQLite backup restores into PostgreSQL and back.

use crate::StoreError;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub(crate) const FORMAT_NAME: &str = "dhruva-backup";
pub(crate) const FORMAT_VERSION: u32 = 1;

/// The kinds of value a column holds, common to both backends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Kind {
    Int,
    Real,
    Text,
    Bytes,
    Bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Column {
    pub name: String,
    pub kind: Kind,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Header {
    pub format: String,
    pub version: u32,
    /// The versions of the migrations applied to the database backed up.
    pub migrations: Vec<i64>,
    /// `sqlite` or `postgres`: informative only, the contents do not depend on it.
    pub backend: String,
    /// Unix seconds.
    pub taken_at: i64,
    pub dhruva_version: String,
    pub tables: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct TableStart {
    pub name: String,
    pub columns: Vec<Column>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct TableEnd {
    pub name: String,
    pub rows: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct End {
    pub tables: usize,
    pub rows: u64,
}

/// One line of the plaintext stream.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Line {
    Header(Header),
    Table(TableStart),
    Row(Vec<serde_json::Value>),
    TableEnd(TableEnd),
    Sequences(BTreeMap<String, i64>),
    End(End),
}

/// One value read from a database, before it is written as JSON (or after it is read back).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Bytes(Vec<u8>),
    Bool(bool),
}

impl Value {
    pub(crate) fn to_json(&self) -> Result<serde_json::Value, StoreError> {
        Ok(match self {
            Value::Null => serde_json::Value::Null,
            Value::Int(i) => serde_json::Value::from(*i),
            Value::Real(f) => serde_json::Number::from_f64(*f)
                .map(serde_json::Value::Number)
                .ok_or_else(|| StoreError::Invalid("a stored number is not finite and cannot be backed up".to_owned()))?,
            Value::Text(s) => serde_json::Value::String(s.clone()),
            Value::Bytes(b) => serde_json::Value::String(base64::engine::general_purpose::STANDARD.encode(b)),
            Value::Bool(b) => serde_json::Value::Bool(*b),
        })
    }

    /// Reads a JSON value as a value of `kind`. Integers and booleans convert into each
    /// other, because one backend may store as a 0/1 integer what the other stores as a
    /// boolean. `None` when the JSON cannot be a value of that kind.
    pub(crate) fn from_json(json: &serde_json::Value, kind: Kind) -> Option<Value> {
        use serde_json::Value as J;
        Some(match (json, kind) {
            (J::Null, _) => Value::Null,
            (J::Number(n), Kind::Int) => Value::Int(n.as_i64()?),
            (J::Bool(b), Kind::Int) => Value::Int(i64::from(*b)),
            (J::Number(n), Kind::Real) => Value::Real(n.as_f64()?),
            (J::Number(n), Kind::Bool) => match n.as_i64()? {
                0 => Value::Bool(false),
                1 => Value::Bool(true),
                _ => return None,
            },
            (J::Bool(b), Kind::Bool) => Value::Bool(*b),
            (J::String(s), Kind::Text) => Value::Text(s.clone()),
            (J::String(s), Kind::Bytes) => Value::Bytes(base64::engine::general_purpose::STANDARD.decode(s).ok()?),
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_value_survives_json() {
        let cases = [
            (Value::Null, Kind::Text),
            (Value::Int(-7), Kind::Int),
            (Value::Int(i64::MAX), Kind::Int),
            (Value::Real(1.5), Kind::Real),
            (Value::Text("ন্যায়".to_owned()), Kind::Text),
            (Value::Bytes(vec![0, 255, 1]), Kind::Bytes),
            (Value::Bool(true), Kind::Bool),
        ];
        for (value, kind) in cases {
            let json = value.to_json().expect("to json");
            assert_eq!(Value::from_json(&json, kind), Some(value));
        }
    }

    #[test]
    fn integers_and_booleans_cross_between_backends() {
        assert_eq!(Value::from_json(&serde_json::json!(1), Kind::Bool), Some(Value::Bool(true)));
        assert_eq!(Value::from_json(&serde_json::json!(false), Kind::Int), Some(Value::Int(0)));
        assert_eq!(Value::from_json(&serde_json::json!(2), Kind::Bool), None);
        assert_eq!(Value::from_json(&serde_json::json!("x"), Kind::Int), None);
    }

    #[test]
    fn a_line_is_one_json_object_named_by_what_it_holds() {
        let line = Line::TableEnd(TableEnd { name: "members".to_owned(), rows: 3 });
        let text = serde_json::to_string(&line).expect("json");
        assert_eq!(text, r#"{"table_end":{"name":"members","rows":3}}"#);
        assert_eq!(serde_json::from_str::<Line>(&text).expect("parse"), line);
    }
}
