//! Recursive-descent parser. Positions in errors count characters (not bytes) from 1, as a
//! person counting along the line would.

use super::{CmpOp, ExprError, Node};

/// Deep enough for any real form, shallow enough that hostile input cannot exhaust the stack.
pub(crate) const MAX_DEPTH: usize = 64;

pub(super) fn parse(source: &str) -> Result<Node, ExprError> {
    let mut p = Parser { chars: source.chars().collect(), pos: 0, depth: 0 };
    let node = p.or()?;
    p.skip_ws();
    match p.peek() {
        None => Ok(node),
        Some(_) => Err(p.unexpected()),
    }
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.pos + ahead).copied()
    }

    fn skip_ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.pos += 1;
        }
    }

    fn unexpected(&self) -> ExprError {
        match self.peek() {
            None => ExprError::UnexpectedEnd,
            Some(c) => ExprError::Unexpected { found: format!("`{c}`"), at: self.pos + 1 },
        }
    }

    /// A keyword (`and`, `or`) only when a whole word: `order` is not `or` + `der`.
    fn keyword(&mut self, word: &str) -> bool {
        self.skip_ws();
        let n = word.chars().count();
        let matches = word.chars().enumerate().all(|(i, c)| self.peek_at(i) == Some(c));
        if matches && !self.peek_at(n).is_some_and(is_name_char) {
            self.pos += n;
            true
        } else {
            false
        }
    }

    fn enter(&mut self) -> Result<(), ExprError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            Err(ExprError::TooDeep)
        } else {
            Ok(())
        }
    }

    fn or(&mut self) -> Result<Node, ExprError> {
        self.enter()?;
        let mut left = self.and()?;
        while self.keyword("or") {
            let right = self.and()?;
            left = Node::Or(Box::new(left), Box::new(right));
        }
        self.depth -= 1;
        Ok(left)
    }

    fn and(&mut self) -> Result<Node, ExprError> {
        let mut left = self.comparison()?;
        while self.keyword("and") {
            let right = self.comparison()?;
            left = Node::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn comparison(&mut self) -> Result<Node, ExprError> {
        let mut left = self.primary()?;
        while let Some(op) = self.operator() {
            let right = self.primary()?;
            left = Node::Cmp(op, Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn operator(&mut self) -> Option<CmpOp> {
        self.skip_ws();
        let (op, len) = match (self.peek(), self.peek_at(1)) {
            (Some('!'), Some('=')) => (CmpOp::Ne, 2),
            (Some('<'), Some('=')) => (CmpOp::Le, 2),
            (Some('>'), Some('=')) => (CmpOp::Ge, 2),
            (Some('='), _) => (CmpOp::Eq, 1),
            (Some('<'), _) => (CmpOp::Lt, 1),
            (Some('>'), _) => (CmpOp::Gt, 1),
            _ => return None,
        };
        self.pos += len;
        Some(op)
    }

    fn primary(&mut self) -> Result<Node, ExprError> {
        self.skip_ws();
        let start = self.pos;
        match self.peek() {
            None => Err(ExprError::UnexpectedEnd),
            Some('(') => {
                self.pos += 1;
                let inner = self.or()?;
                self.expect(')')?;
                Ok(inner)
            }
            Some('$') => self.reference(start),
            Some('.') if !self.peek_at(1).is_some_and(|c| c.is_ascii_digit()) => {
                self.pos += 1;
                Ok(Node::Current)
            }
            Some(q @ ('\'' | '"')) => {
                self.pos += 1;
                let mut s = String::new();
                loop {
                    match self.peek() {
                        None => return Err(ExprError::UnclosedString { at: start + 1 }),
                        Some(c) if c == q => break,
                        Some(c) => s.push(c),
                    }
                    self.pos += 1;
                }
                self.pos += 1;
                Ok(Node::Str(s))
            }
            Some(c) if c.is_ascii_digit() || c == '-' || c == '.' => self.number(start),
            Some(c) if c.is_alphabetic() => self.call(start),
            Some(_) => Err(self.unexpected()),
        }
    }

    fn expect(&mut self, want: char) -> Result<(), ExprError> {
        self.skip_ws();
        if self.peek() == Some(want) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.unexpected())
        }
    }

    fn reference(&mut self, start: usize) -> Result<Node, ExprError> {
        let bad = ExprError::BadReference { at: start + 1 };
        if self.peek_at(1) != Some('{') {
            return Err(bad);
        }
        self.pos += 2;
        let name = self.name();
        if name.is_empty() || self.peek() != Some('}') {
            return Err(bad);
        }
        self.pos += 1;
        Ok(Node::Ref(name))
    }

    fn name(&mut self) -> String {
        let mut s = String::new();
        while let Some(c) = self.peek().filter(|c| is_name_char(*c)) {
            s.push(c);
            self.pos += 1;
        }
        s
    }

    fn number(&mut self, start: usize) -> Result<Node, ExprError> {
        let mut s = String::new();
        if self.peek() == Some('-') {
            s.push('-');
            self.pos += 1;
        }
        while let Some(c) = self.peek().filter(|c| c.is_ascii_digit() || *c == '.') {
            s.push(c);
            self.pos += 1;
        }
        match s.parse::<f64>() {
            Ok(n) if n.is_finite() => Ok(Node::Num(n)),
            _ => Err(ExprError::Unexpected { found: format!("`{s}`"), at: start + 1 }),
        }
    }

    fn call(&mut self, start: usize) -> Result<Node, ExprError> {
        let name = self.name();
        self.skip_ws();
        if self.peek() != Some('(') {
            return Err(ExprError::Unexpected { found: format!("`{name}`"), at: start + 1 });
        }
        self.pos += 1;
        let node = match name.as_str() {
            "not" => Node::Not(Box::new(self.or()?)),
            "selected" => {
                let list = self.or()?;
                self.expect(',')?;
                let value = self.or()?;
                Node::Selected(Box::new(list), Box::new(value))
            }
            _ => return Err(ExprError::UnknownFunction { name }),
        };
        self.expect(')')?;
        Ok(node)
    }
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-'
}
