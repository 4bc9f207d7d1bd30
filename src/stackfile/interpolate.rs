//! Compose-style interpolation of `$VAR`, `${VAR}` and `${VAR:-default}` forms in string
//! values (see [`super::load`]).

use std::collections::HashSet;

use serde_json::Value;

/// Variable interpolation state shared by all files of one load.
pub struct Interpolator<'a> {
    env: &'a dyn Fn(&str) -> Option<String>,
    warned: HashSet<String>,
    warnings: Vec<String>,
}

impl<'a> Interpolator<'a> {
    /// An interpolator taking variables from `env`.
    pub fn new(env: &'a dyn Fn(&str) -> Option<String>) -> Interpolator<'a> {
        Interpolator {
            env,
            warned: HashSet::new(),
            warnings: Vec::new(),
        }
    }

    /// The warnings for unset variables, each once.
    pub fn warnings(self) -> Vec<String> {
        self.warnings
    }

    /// Interpolates every string inside `value`. Errors quote the whole string when
    /// `quote`, which callers turn off for values that may be secrets.
    pub fn value(&mut self, value: &mut Value, quote: bool) -> std::result::Result<(), String> {
        match value {
            Value::String(text) => *text = self.text(text, quote)?,
            Value::Array(items) => {
                for item in items {
                    self.value(item, quote)?;
                }
            }
            Value::Object(map) => {
                for item in map.values_mut() {
                    self.value(item, quote)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Interpolates one string; errors quote the whole string when `quote`.
    fn text(&mut self, text: &str, quote: bool) -> std::result::Result<String, String> {
        self.expand(text).map_err(|reason| {
            if quote {
                format!("{reason} in {text:?}")
            } else {
                reason
            }
        })
    }

    fn expand(&mut self, text: &str) -> std::result::Result<String, String> {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(at) = rest.find('$') {
            out.push_str(&rest[..at]);
            let after = &rest[at + 1..];
            if let Some(tail) = after.strip_prefix('$') {
                out.push('$');
                rest = tail;
            } else if after.starts_with('{') {
                let end = closing_brace(after).ok_or_else(|| "unterminated '${'".to_string())?;
                out.push_str(&self.braced(&after[1..end])?);
                rest = &after[end + 1..];
            } else {
                let length = identifier_length(after);
                if length == 0 {
                    return Err(
                        "'$' must be followed by a variable name or '{' (write '$$' for a literal '$')"
                            .to_string(),
                    );
                }
                out.push_str(&self.lookup(&after[..length]));
                rest = &after[length..];
            }
        }
        out.push_str(rest);
        Ok(out)
    }

    /// The value of `${...}` given what is between the braces.
    fn braced(&mut self, body: &str) -> std::result::Result<String, String> {
        let length = identifier_length(body);
        if length == 0 {
            return Err("'${' must be followed by a variable name".to_string());
        }
        let (name, operation) = body.split_at(length);
        if operation.is_empty() {
            return Ok(self.lookup(name));
        }
        let value = (self.env)(name);
        // With a colon (`:-`), an empty value counts as none.
        let (operator, has_value) = match operation.strip_prefix(':') {
            Some(operator) => (operator, value.as_deref().is_some_and(|v| !v.is_empty())),
            None => (operation, value.is_some()),
        };
        let mut chars = operator.chars();
        match chars.next() {
            Some('-' | '?') if has_value => Ok(value.unwrap_or_default()),
            Some('-') => self.expand(chars.as_str()),
            Some('+') if has_value => self.expand(chars.as_str()),
            Some('+') => Ok(String::new()),
            Some('?') => {
                let word = self.expand(chars.as_str())?;
                Err(format!(
                    "required variable {name} is missing a value: {word}"
                ))
            }
            _ => Err(format!("invalid operator after '${{{name}'")),
        }
    }

    /// A plain `$NAME` or `${NAME}`: its value, or empty text and a warning once.
    fn lookup(&mut self, name: &str) -> String {
        match (self.env)(name) {
            Some(value) => value,
            None => {
                if self.warned.insert(name.to_string()) {
                    self.warnings.push(format!(
                        "The {name} variable is not set. Defaulting to a blank string."
                    ));
                }
                String::new()
            }
        }
    }
}

/// Length in bytes of the variable name at the start of `text` (`[_a-zA-Z][_a-zA-Z0-9]*`).
fn identifier_length(text: &str) -> usize {
    let bytes = text.as_bytes();
    match bytes.first() {
        Some(b) if b.is_ascii_alphabetic() || *b == b'_' => bytes
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_'))
            .unwrap_or(bytes.len()),
        _ => 0,
    }
}

/// Index of the `}` closing the `{` at the start of `text`, allowing nested `${...}`.
fn closing_brace(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'$' if bytes.get(index + 1) == Some(&b'$') => index += 1,
            b'$' if bytes.get(index + 1) == Some(&b'{') => {
                depth += 1;
                index += 1;
            }
            b'{' if index == 0 => depth = 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(index);
                }
            }
            _ => {}
        }
        index += 1;
    }
    None
}
