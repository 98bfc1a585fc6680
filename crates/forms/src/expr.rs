//! The expression language of `relevant` and `constraint`: a small subset of XLSForm's.
//!
//! `${name}` (another item's answer), `.` (this item's own answer), `'text'` or `"text"`,
//! numbers, `= != < <= > >=`, `and`, `or`, `not(...)`, `selected(${name}, 'v')` and
//! parentheses. Hand-written rather than borrowed so that every input, however malformed,
//! gives an error instead of a panic, and so it translates one-to-one into XPath for XForms.

use serde::{Serialize, Serializer};
use std::fmt;
use thiserror::Error;

/// A parsed expression, keeping the text it was written as.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    source: String,
    node: Node,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Node {
    Ref(String),
    Current,
    Str(String),
    Num(f64),
    Cmp(CmpOp, Box<Node>, Box<Node>),
    And(Box<Node>, Box<Node>),
    Or(Box<Node>, Box<Node>),
    Not(Box<Node>),
    Selected(Box<Node>, Box<Node>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// A value during evaluation. An unanswered item is the empty string, as in XPath.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Str(String),
    Num(f64),
    Bool(bool),
    /// The choices of a select-multiple.
    List(Vec<String>),
}

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum ExprError {
    #[error("unexpected {found} at character {at}")]
    Unexpected { found: String, at: usize },
    #[error("unexpected end of the expression")]
    UnexpectedEnd,
    #[error("a string starting at character {at} is never closed")]
    UnclosedString { at: usize },
    #[error("`${{` at character {at} must be followed by an item name and `}}`")]
    BadReference { at: usize },
    #[error("unknown function `{name}` (only not() and selected() are understood)")]
    UnknownFunction { name: String },
    #[error("the expression is nested too deeply")]
    TooDeep,
}

/// Where an expression finds answers.
pub trait Context {
    /// The answer to item `name` (`Value::Str("")` when unanswered).
    fn value(&self, name: &str) -> Value;
    /// The answer to the item the expression belongs to.
    fn current(&self) -> Value;
}

mod parser;

impl Expr {
    pub fn parse(source: &str) -> Result<Expr, ExprError> {
        let node = parser::parse(source)?;
        Ok(Expr { source: source.trim().to_owned(), node })
    }

    pub fn source(&self) -> &str {
        &self.source
    }

    /// Whether the expression holds, with XPath's truthiness (non-empty, non-zero).
    pub fn holds(&self, ctx: &dyn Context) -> bool {
        truthy(&eval(&self.node, ctx))
    }

    pub fn evaluate(&self, ctx: &dyn Context) -> Value {
        eval(&self.node, ctx)
    }

    /// The item names referred to with `${name}`, each once, in order of first use.
    pub fn references(&self) -> Vec<&str> {
        let mut out = Vec::new();
        collect_refs(&self.node, &mut out);
        out
    }

    pub fn uses_current(&self) -> bool {
        uses_current(&self.node)
    }

    /// The same expression in XPath 1.0, `${name}` becoming `path(name)`.
    pub fn to_xpath(&self, path: &dyn Fn(&str) -> String) -> String {
        xpath(&self.node, path)
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}

impl Serialize for Expr {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.source)
    }
}

fn collect_refs<'a>(node: &'a Node, out: &mut Vec<&'a str>) {
    match node {
        Node::Ref(n) => {
            if !out.contains(&n.as_str()) {
                out.push(n);
            }
        }
        Node::Current | Node::Str(_) | Node::Num(_) => {}
        Node::Not(a) => collect_refs(a, out),
        Node::Cmp(_, a, b) | Node::And(a, b) | Node::Or(a, b) | Node::Selected(a, b) => {
            collect_refs(a, out);
            collect_refs(b, out);
        }
    }
}

fn uses_current(node: &Node) -> bool {
    match node {
        Node::Current => true,
        Node::Ref(_) | Node::Str(_) | Node::Num(_) => false,
        Node::Not(a) => uses_current(a),
        Node::Cmp(_, a, b) | Node::And(a, b) | Node::Or(a, b) | Node::Selected(a, b) => uses_current(a) || uses_current(b),
    }
}

fn eval(node: &Node, ctx: &dyn Context) -> Value {
    match node {
        Node::Ref(n) => ctx.value(n),
        Node::Current => ctx.current(),
        Node::Str(s) => Value::Str(s.clone()),
        Node::Num(n) => Value::Num(*n),
        Node::And(a, b) => Value::Bool(truthy(&eval(a, ctx)) && truthy(&eval(b, ctx))),
        Node::Or(a, b) => Value::Bool(truthy(&eval(a, ctx)) || truthy(&eval(b, ctx))),
        Node::Not(a) => Value::Bool(!truthy(&eval(a, ctx))),
        Node::Cmp(op, a, b) => Value::Bool(compare(*op, &eval(a, ctx), &eval(b, ctx))),
        Node::Selected(a, b) => {
            let wanted = as_string(&eval(b, ctx));
            let found = match eval(a, ctx) {
                Value::List(l) => l.contains(&wanted),
                // XPath's selected() reads a space-separated list.
                other => as_string(&other).split_whitespace().any(|v| v == wanted),
            };
            Value::Bool(found)
        }
    }
}

pub(crate) fn truthy(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::Num(n) => *n != 0.0 && !n.is_nan(),
        Value::Str(s) => !s.is_empty(),
        Value::List(l) => !l.is_empty(),
    }
}

fn as_string(v: &Value) -> String {
    match v {
        Value::Str(s) => s.clone(),
        Value::Num(n) => format_number(*n),
        Value::Bool(b) => b.to_string(),
        Value::List(l) => l.join(" "),
    }
}

fn as_number(v: &Value) -> Option<f64> {
    match v {
        Value::Num(n) => Some(*n),
        Value::Str(s) => s.trim().parse().ok(),
        Value::Bool(b) => Some(if *b { 1.0 } else { 0.0 }),
        Value::List(_) => None,
    }
}

/// Numbers print without a trailing `.0`, so `1` and `'1'` compare equal as strings too.
pub(crate) fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// XPath-like comparison: numerically when either side is a number (an empty or non-numeric
/// string then makes every comparison false, as NaN does), otherwise as strings.
fn compare(op: CmpOp, a: &Value, b: &Value) -> bool {
    let numeric = matches!(a, Value::Num(_)) || matches!(b, Value::Num(_));
    if numeric {
        let (Some(x), Some(y)) = (as_number(a), as_number(b)) else {
            return op == CmpOp::Ne;
        };
        return match op {
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
        };
    }
    let (x, y) = (as_string(a), as_string(b));
    match op {
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        // Dates are ISO strings, so string order is date order.
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

fn xpath(node: &Node, path: &dyn Fn(&str) -> String) -> String {
    match node {
        Node::Ref(n) => path(n),
        Node::Current => ".".to_owned(),
        Node::Str(s) if s.contains('\'') => format!("\"{s}\""),
        Node::Str(s) => format!("'{s}'"),
        Node::Num(n) => format_number(*n),
        Node::And(a, b) => format!("({} and {})", xpath(a, path), xpath(b, path)),
        Node::Or(a, b) => format!("({} or {})", xpath(a, path), xpath(b, path)),
        Node::Not(a) => format!("not({})", xpath(a, path)),
        Node::Selected(a, b) => format!("selected({}, {})", xpath(a, path), xpath(b, path)),
        Node::Cmp(op, a, b) => {
            let op = match op {
                CmpOp::Eq => "=",
                CmpOp::Ne => "!=",
                CmpOp::Lt => "<",
                CmpOp::Le => "<=",
                CmpOp::Gt => ">",
                CmpOp::Ge => ">=",
            };
            format!("{} {op} {}", xpath(a, path), xpath(b, path))
        }
    }
}

#[cfg(test)]
mod tests;
