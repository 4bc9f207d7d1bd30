//! Reading YAML: one document parsed with merge keys applied, converted to JSON.

use std::path::Path;

use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// The YAML document `text` read from `path`, merge keys (`<<: *anchor`) applied.
pub fn parse(path: &Path, text: &str) -> Result<yaml_serde::Value> {
    let mut document: yaml_serde::Value =
        yaml_serde::from_str(text).map_err(|e| error(path, &e))?;
    document.apply_merge().map_err(|e| error(path, &e))?;
    Ok(document)
}

/// A YAML parse error as one line: `file:line:column: message`.
fn error(path: &Path, error: &yaml_serde::Error) -> Error {
    let message = error.to_string().replace('\n', " ");
    match error.location() {
        Some(at) => {
            let message = message.replace(
                &format!(" at line {} column {}", at.line(), at.column()),
                "",
            );
            Error::usage(format!(
                "{}:{}:{}: invalid YAML: {message}",
                path.display(),
                at.line(),
                at.column()
            ))
        }
        None => Error::usage(format!("{}: invalid YAML: {message}", path.display())),
    }
}

/// How a YAML value is described in errors.
pub fn kind(value: &yaml_serde::Value) -> &'static str {
    match value {
        yaml_serde::Value::Null => "nothing (null)",
        yaml_serde::Value::Bool(_) => "a boolean",
        yaml_serde::Value::Number(_) => "a number",
        yaml_serde::Value::String(_) => "a string",
        yaml_serde::Value::Sequence(_) => "a list",
        yaml_serde::Value::Mapping(_) => "a mapping",
        yaml_serde::Value::Tagged(_) => "a tagged value",
    }
}

/// Converts YAML to JSON; scalar mapping keys become their text.
pub fn to_json(value: yaml_serde::Value) -> std::result::Result<Value, String> {
    Ok(match value {
        yaml_serde::Value::Null => Value::Null,
        yaml_serde::Value::Bool(b) => Value::Bool(b),
        yaml_serde::Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                serde_json::Number::from_f64(f)
                    .map(Value::Number)
                    .ok_or_else(|| format!("the number {n} cannot be sent (not finite)"))?
            }
        }
        yaml_serde::Value::String(s) => Value::String(s),
        yaml_serde::Value::Sequence(items) => Value::Array(
            items
                .into_iter()
                .map(to_json)
                .collect::<std::result::Result<_, _>>()?,
        ),
        yaml_serde::Value::Mapping(mapping) => {
            let mut map = Map::new();
            for (key, value) in mapping {
                let key = match key {
                    yaml_serde::Value::String(s) => s,
                    yaml_serde::Value::Bool(b) => b.to_string(),
                    yaml_serde::Value::Number(n) => n.to_string(),
                    other => {
                        return Err(format!("mapping keys must be text, found {}", kind(&other)))
                    }
                };
                map.insert(key, to_json(value)?);
            }
            Value::Object(map)
        }
        yaml_serde::Value::Tagged(tagged) => {
            return Err(format!(
                "YAML tags such as {} are not supported",
                tagged.tag
            ))
        }
    })
}
