//! Stackfiles: finding them, reading them into the `services` of a stack request, naming the
//! stack, and writing `stack export` output.
//!
//! # YAML policy
//!
//! Files are read as YAML 1.2 (core schema): unquoted `22:22`, `2016-01-01`, `012`, `yes`,
//! `no`, `on` and `off` stay strings, which is what stackfiles mean by them (`ports: [22:22]`,
//! `restart: no`). Only the boolean keys (`autoredeploy`, `privileged`, `read_only`,
//! `sequential_deployment`, `stdin_open`, `tty`) also accept the YAML 1.1 spellings
//! `yes`/`no`/`on`/`off` and `true`/`false` in any case (also when they come from a variable),
//! and are sent as JSON booleans; any other value there is an error. Merge keys (`<<: *anchor`)
//! are applied; duplicate keys, YAML tags and infinite or NaN numbers are errors.
//!
//! # Several files
//!
//! Files are read in order and each later file is deep-merged into the result so far:
//! mappings merge key by key, recursively; any other value (string, number, boolean, null,
//! list) replaces the earlier one. Services keep the order in which they first appear.

mod check;
mod discover;
mod export;
mod interpolate;
mod validate;
mod yaml;

use std::path::PathBuf;

use serde_json::{Map, Value};

use crate::error::{Error, Result};
pub use discover::{discover, stack_name};
pub use export::export_yaml;
use interpolate::Interpolator;
use validate::read_file;

/// The result of reading stackfiles.
#[derive(Debug)]
pub struct Loaded {
    /// One mapping per service, in order of first appearance, each with `"name"` set to the
    /// service's key.
    pub services: Vec<Value>,
    /// Messages for stderr: keys the client does not know, then unset variables (each
    /// once).
    pub warnings: Vec<String>,
}

/// Reads, interpolates, validates and merges the stackfiles (see the module documentation),
/// then fills environment variables from `env`. Every problem is a one-line usage error that
/// names the file (and the service and key when there is one): the values of the keys the
/// client knows are checked as the matching flags are, and every service needs an image.
/// Keys the client does not know are sent as written, with a warning; only the keys Docker
/// Cloud rejects (`build`, `external_links`, `env_file`) are errors.
///
/// Interpolation applies to string values (not keys) at any depth, compose style: `$$` is a
/// literal `$`; `$VAR` and `${VAR}` take the variable (`[_a-zA-Z][_a-zA-Z0-9]*`, longest
/// match), or an empty text with the warning `The VAR variable is not set. Defaulting to a
/// blank string.` (once per variable); `${VAR:-default}` / `${VAR-default}` use the default
/// when the variable is unset or empty / unset; `${VAR:+alt}` / `${VAR+alt}` use the
/// alternative when it is set and non-empty / set; `${VAR:?message}` / `${VAR?message}` fail
/// when it is unset or empty / unset. Defaults and alternatives are interpolated too. Any
/// other `$` is an error.
///
/// Environment injection: an `environment` list entry without `=` becomes `NAME=value` and a
/// mapping entry whose value is null gets the value, when `env` has the variable (even
/// empty); other entries, including `0`, `false` and `""`, are kept.
pub fn load(paths: &[PathBuf], env: &dyn Fn(&str) -> Option<String>) -> Result<Loaded> {
    let mut interpolator = Interpolator::new(env);
    let mut warnings = Vec::new();
    let mut merged = Map::new();
    for path in paths {
        for (name, definition) in read_file(path, &mut interpolator, &mut warnings)? {
            match merged.get_mut(&name) {
                Some(existing) => merge(existing, definition),
                None => {
                    merged.insert(name, definition);
                }
            }
        }
    }
    for (name, definition) in &merged {
        if definition.get("image").is_none_or(Value::is_null) {
            let files: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
            return Err(Error::usage(format!(
                "{}: service '{name}': {}",
                files.join(", "),
                check::NO_IMAGE
            )));
        }
    }
    warnings.extend(interpolator.warnings());
    let services = merged
        .into_iter()
        .map(|(name, mut definition)| {
            if let Value::Object(map) = &mut definition {
                if let Some(environment) = map.get_mut("environment") {
                    inject_environment(environment, env);
                }
                map.insert("name".to_string(), Value::String(name));
            }
            definition
        })
        .collect();
    Ok(Loaded { services, warnings })
}

/// Deep merge: mappings key by key, anything else replaced.
fn merge(base: &mut Value, over: Value) {
    match (base, over) {
        (Value::Object(base), Value::Object(over)) => {
            for (key, value) in over {
                match base.get_mut(&key) {
                    Some(existing) => merge(existing, value),
                    None => {
                        base.insert(key, value);
                    }
                }
            }
        }
        (base, over) => *base = over,
    }
}

/// Fills bare list entries and null mapping values of `environment` from `env`.
fn inject_environment(environment: &mut Value, env: &dyn Fn(&str) -> Option<String>) {
    match environment {
        Value::Array(entries) => {
            for entry in entries {
                if let Value::String(name) = entry {
                    if !name.contains('=') {
                        if let Some(value) = env(name) {
                            *entry = Value::String(format!("{name}={value}"));
                        }
                    }
                }
            }
        }
        Value::Object(map) => {
            for (name, value) in map.iter_mut() {
                if value.is_null() {
                    if let Some(found) = env(name) {
                        *value = Value::String(found);
                    }
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests;
