//! Writing `stack export` output as YAML that [`super::load`] reads back to the same services.

use serde_json::{Map, Value};

/// `stack export` output: the exported stack as block-style YAML that `load` reads back to
/// the same services. Mapping keys are sorted; lists under a key are not indented (`ports:`
/// then `- 80:80`); empty mappings and lists are written `{}` and `[]`. A string is written
/// plain unless YAML 1.1 or 1.2 could read it as something else (`'22:22'`, `'yes'`, `'8080'`,
/// `''`), then in single quotes, or in double quotes with escapes when it holds line breaks
/// or other control characters. Every `$` in a string value is written `$$` so that
/// interpolation gives it back. Ends with exactly one newline.
pub fn export_yaml(export: &Value) -> String {
    let mut out = String::new();
    match export {
        Value::Object(map) if !map.is_empty() => write_mapping(&mut out, map, 0, false),
        Value::Array(items) if !items.is_empty() => write_sequence(&mut out, items, 0, false),
        scalar => {
            out.push_str(&scalar_text(scalar));
            out.push('\n');
        }
    }
    out
}

/// Writes mapping entries at `indent`; when `inline` the first entry follows a `- ` already
/// written.
fn write_mapping(out: &mut String, map: &Map<String, Value>, indent: usize, inline: bool) {
    let mut keys: Vec<&String> = map.keys().collect();
    keys.sort();
    for (position, key) in keys.into_iter().enumerate() {
        if position > 0 || !inline {
            out.push_str(&" ".repeat(indent));
        }
        out.push_str(&quote(key));
        out.push(':');
        match &map[key] {
            Value::Object(inner) if !inner.is_empty() => {
                out.push('\n');
                write_mapping(out, inner, indent + 2, false);
            }
            Value::Array(items) if !items.is_empty() => {
                out.push('\n');
                write_sequence(out, items, indent, false);
            }
            scalar => {
                out.push(' ');
                out.push_str(&scalar_text(scalar));
                out.push('\n');
            }
        }
    }
}

/// Writes list items at `indent`; when `inline` the first item follows a `- ` already written.
fn write_sequence(out: &mut String, items: &[Value], indent: usize, inline: bool) {
    for (position, item) in items.iter().enumerate() {
        if position > 0 || !inline {
            out.push_str(&" ".repeat(indent));
        }
        out.push_str("- ");
        match item {
            Value::Object(inner) if !inner.is_empty() => {
                write_mapping(out, inner, indent + 2, true)
            }
            Value::Array(inner) if !inner.is_empty() => {
                write_sequence(out, inner, indent + 2, true)
            }
            scalar => {
                out.push_str(&scalar_text(scalar));
                out.push('\n');
            }
        }
    }
}

/// A scalar (or empty collection) as YAML; strings get `$` doubled.
fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(text) => quote(&text.replace('$', "$$")),
        Value::Object(_) => "{}".to_string(),
        Value::Array(_) => "[]".to_string(),
        other => other.to_string(),
    }
}

/// `text` as a YAML scalar: plain when unambiguous, else quoted.
fn quote(text: &str) -> String {
    let special =
        |c: char| c.is_control() || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}');
    if text.chars().any(special) {
        let mut quoted = String::from("\"");
        for c in text.chars() {
            match c {
                '"' => quoted.push_str("\\\""),
                '\\' => quoted.push_str("\\\\"),
                '\n' => quoted.push_str("\\n"),
                '\t' => quoted.push_str("\\t"),
                '\r' => quoted.push_str("\\r"),
                c if special(c) => quoted.push_str(&format!("\\u{:04x}", c as u32)),
                c => quoted.push(c),
            }
        }
        quoted.push('"');
        return quoted;
    }
    if plain_is_safe(text) {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', "''"))
    }
}

/// Whether YAML 1.1 could read `text` as a number (including base 60, `1_000`, `0b101`) or a
/// date; errs on the side of yes.
fn yaml11_number_or_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() > 4 && bytes[..4].iter().all(u8::is_ascii_digit) && bytes[4] == b'-' {
        return true;
    }
    let body = text.trim_start_matches(['+', '-']);
    let starts_numeric = match body.as_bytes() {
        [first, ..] if first.is_ascii_digit() => true,
        [b'.', second, ..] => second.is_ascii_digit(),
        _ => false,
    };
    if !starts_numeric
        || !text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | ':' | '.' | '+' | '-'))
    {
        return false;
    }
    let mut parts = body.split(':');
    let first = parts.next().unwrap_or_default();
    let sexagesimal: Vec<&str> = parts.collect();
    if sexagesimal.is_empty() {
        return true;
    }
    let last = sexagesimal.len() - 1;
    first.bytes().all(|b| b.is_ascii_digit() || b == b'_')
        && sexagesimal.iter().enumerate().all(|(index, part)| {
            let (whole, fraction) = match part.split_once('.') {
                Some((whole, fraction)) if index == last => (whole, fraction),
                Some(_) => return false,
                None => (*part, ""),
            };
            (1..=2).contains(&whole.len())
                && whole.parse::<u8>().is_ok_and(|n| n <= 59)
                && fraction.bytes().all(|b| b.is_ascii_digit() || b == b'_')
        })
}

/// Whether `text` written plain reads back as the same string under YAML 1.2 and 1.1.
fn plain_is_safe(text: &str) -> bool {
    if text.is_empty() || text.trim() != text {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    let yaml11_word = matches!(
        lower.as_str(),
        "y" | "n" | "yes" | "no" | "on" | "off" | "true" | "false" | "null" | "~"
    );
    let number_like = yaml11_number_or_date(text);
    if yaml11_word || number_like {
        return false;
    }
    matches!(
        yaml_serde::from_str::<yaml_serde::Value>(text),
        Ok(yaml_serde::Value::String(read)) if read == text
    )
}
