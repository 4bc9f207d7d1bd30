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

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// Base file names looked for, in order, in the current directory and then its parents.
const CANDIDATES: [&str; 6] = [
    "docker-cloud.yml",
    "docker-cloud.yaml",
    "tutum.yml",
    "tutum.yaml",
    "docker-compose.yml",
    "docker-compose.yaml",
];

/// The service keys a stackfile may use (Docker Cloud's stack file reference, plus `name`,
/// which the client always sets to the service's key).
const KEYS: [&str; 42] = [
    "autodestroy",
    "autoredeploy",
    "cap_add",
    "cap_drop",
    "cgroup_parent",
    "command",
    "cpu_shares",
    "cpuset",
    "deployment_strategy",
    "devices",
    "dns",
    "dns_search",
    "domainname",
    "entrypoint",
    "environment",
    "expose",
    "extra_hosts",
    "hostname",
    "image",
    "labels",
    "links",
    "mac_address",
    "mem_limit",
    "memswap_limit",
    "name",
    "net",
    "pid",
    "ports",
    "privileged",
    "read_only",
    "restart",
    "roles",
    "security_opt",
    "sequential_deployment",
    "stdin_open",
    "tags",
    "target_num_containers",
    "tty",
    "user",
    "volumes",
    "volumes_from",
    "working_dir",
];

/// Compose keys that Docker Cloud does not support.
const UNSUPPORTED_KEYS: [&str; 3] = ["build", "external_links", "env_file"];

/// Keys whose values are booleans (see the YAML policy above).
const BOOLEAN_KEYS: [&str; 6] = [
    "autoredeploy",
    "privileged",
    "read_only",
    "sequential_deployment",
    "stdin_open",
    "tty",
];

/// The stackfiles to use when no `-f` is given: in `cwd` or the nearest parent directory that
/// has one, the first of `docker-cloud.yml`, `docker-cloud.yaml`, `tutum.yml`, `tutum.yaml`,
/// `docker-compose.yml`, `docker-compose.yaml`, followed by its override file
/// (`docker-cloud.override.yml`, ...) when that exists. Finding none is a usage error.
pub fn discover(cwd: &Path) -> Result<Vec<PathBuf>> {
    for dir in cwd.ancestors() {
        for name in CANDIDATES {
            let path = dir.join(name);
            if path.is_file() {
                let mut files = vec![path];
                let override_path = dir.join(name.replacen('.', ".override.", 1));
                if override_path.is_file() {
                    files.push(override_path);
                }
                return Ok(files);
            }
        }
    }
    Err(Error::usage(format!(
        "no stackfile found (looked for {} in {} and its parents); use -f FILE",
        CANDIDATES.join(", "),
        cwd.display()
    )))
}

/// The stack name: `-n NAME` when given (it must not be empty), otherwise the name of the
/// directory that holds the first stackfile (not the current directory, which differs when
/// the file was found in a parent or given with `-f`).
pub fn stack_name(flag: Option<&str>, first_stackfile: &Path) -> Result<String> {
    if let Some(name) = flag {
        if name.trim().is_empty() {
            return Err(Error::usage(
                "the stack name given with -n must not be empty",
            ));
        }
        return Ok(name.to_string());
    }
    let file = std::fs::canonicalize(first_stackfile).unwrap_or(first_stackfile.to_path_buf());
    file.parent()
        .and_then(Path::file_name)
        .map(|name| name.to_string_lossy().into_owned())
        .filter(|name| !name.is_empty())
        .ok_or_else(|| {
            Error::usage(format!(
                "cannot name the stack after the directory of '{}'; use -n NAME",
                first_stackfile.display()
            ))
        })
}

/// The result of reading stackfiles.
#[derive(Debug)]
pub struct Loaded {
    /// One mapping per service, in order of first appearance, each with `"name"` set to the
    /// service's key.
    pub services: Vec<Value>,
    /// Messages for stderr (unset variables), each once.
    pub warnings: Vec<String>,
}

/// Reads, interpolates, validates and merges the stackfiles (see the module documentation),
/// then fills environment variables from `env`. Every problem is a one-line usage error that
/// names the file (and the service and key when there is one).
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
    let mut interpolator = Interpolator {
        env,
        warned: HashSet::new(),
        warnings: Vec::new(),
    };
    let mut merged = Map::new();
    for path in paths {
        for (name, definition) in read_file(path, &mut interpolator)? {
            match merged.get_mut(&name) {
                Some(existing) => merge(existing, definition),
                None => {
                    merged.insert(name, definition);
                }
            }
        }
    }
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
    Ok(Loaded {
        services,
        warnings: interpolator.warnings,
    })
}

/// The services of one file, interpolated and checked.
fn read_file(path: &Path, interpolator: &mut Interpolator) -> Result<Vec<(String, Value)>> {
    let shown = path.display();
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::usage(format!("cannot read stackfile '{shown}': {e}")))?;
    let mut document: yaml_serde::Value =
        yaml_serde::from_str(&text).map_err(|e| yaml_error(path, &e))?;
    document.apply_merge().map_err(|e| yaml_error(path, &e))?;
    let top = match document {
        yaml_serde::Value::Mapping(top) if !top.is_empty() => top,
        yaml_serde::Value::Null | yaml_serde::Value::Mapping(_) => {
            return Err(Error::usage(format!(
                "{shown}: the stackfile defines no services; expected a mapping of service names to definitions"
            )))
        }
        other => {
            return Err(Error::usage(format!(
                "{shown}: expected a mapping of service names to definitions at the top level, found {}",
                yaml_kind(&other)
            )))
        }
    };
    if top
        .get("version")
        .is_some_and(|v| v.is_string() || v.is_number())
    {
        return Err(Error::usage(format!(
            "{shown}: Compose file format 2 and later (top-level 'version' and 'services') is not supported; list the services at the top level"
        )));
    }
    let mut services = Vec::new();
    for (key, value) in top {
        let name = match key {
            yaml_serde::Value::String(name) if !name.is_empty() => name,
            other => {
                return Err(Error::usage(format!(
                    "{shown}: service names must be non-empty text, found {}",
                    yaml_kind(&other)
                )))
            }
        };
        let context =
            |message: String| Error::usage(format!("{shown}: service '{name}': {message}"));
        let definition = match value {
            yaml_serde::Value::Null => Map::new(),
            yaml_serde::Value::Mapping(_) => match to_json(value).map_err(context)? {
                Value::Object(map) => map,
                _ => Map::new(),
            },
            other => {
                return Err(context(format!(
                    "expected a mapping of keys, found {}",
                    yaml_kind(&other)
                )))
            }
        };
        let mut checked = Map::new();
        for (key, mut value) in definition {
            let context = |message: String| {
                Error::usage(format!("{shown}: service '{name}', key '{key}': {message}"))
            };
            if UNSUPPORTED_KEYS.contains(&key.as_str()) {
                return Err(context("not supported by Docker Cloud".to_string()));
            }
            if !KEYS.contains(&key.as_str()) {
                return Err(context(
                    "unknown key (see the Docker Cloud stack file reference)".to_string(),
                ));
            }
            interpolator.value(&mut value).map_err(context)?;
            if BOOLEAN_KEYS.contains(&key.as_str()) {
                value = boolean(value).map_err(context)?;
            }
            checked.insert(key, value);
        }
        services.push((name, Value::Object(checked)));
    }
    Ok(services)
}

/// A YAML parse error as one line: `file:line:column: message`.
fn yaml_error(path: &Path, error: &yaml_serde::Error) -> Error {
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
fn yaml_kind(value: &yaml_serde::Value) -> &'static str {
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
fn to_json(value: yaml_serde::Value) -> std::result::Result<Value, String> {
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
                        return Err(format!(
                            "mapping keys must be text, found {}",
                            yaml_kind(&other)
                        ))
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

/// A boolean key's value: JSON booleans, or the YAML 1.1 words in any case.
fn boolean(value: Value) -> std::result::Result<Value, String> {
    match &value {
        Value::Null | Value::Bool(_) => Ok(value),
        Value::String(text) => match text.to_ascii_lowercase().as_str() {
            "true" | "yes" | "on" => Ok(Value::Bool(true)),
            "false" | "no" | "off" => Ok(Value::Bool(false)),
            _ => Err(format!("expected true or false, found {value}")),
        },
        _ => Err(format!("expected true or false, found {value}")),
    }
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

/// Variable interpolation state shared by all files of one load.
struct Interpolator<'a> {
    env: &'a dyn Fn(&str) -> Option<String>,
    warned: HashSet<String>,
    warnings: Vec<String>,
}

impl Interpolator<'_> {
    /// Interpolates every string inside `value`.
    fn value(&mut self, value: &mut Value) -> std::result::Result<(), String> {
        match value {
            Value::String(text) => *text = self.text(text)?,
            Value::Array(items) => {
                for item in items {
                    self.value(item)?;
                }
            }
            Value::Object(map) => {
                for item in map.values_mut() {
                    self.value(item)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Interpolates one string; errors quote the whole string.
    fn text(&mut self, text: &str) -> std::result::Result<String, String> {
        self.expand(text)
            .map_err(|reason| format!("{reason} in {text:?}"))
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
        let value = (self.env)(name);
        let set = value.is_some();
        let non_empty = value.as_deref().is_some_and(|v| !v.is_empty());
        let (word, use_word, failed) = if operation.is_empty() {
            return Ok(self.lookup(name));
        } else if let Some(word) = operation.strip_prefix(":-") {
            (word, !non_empty, false)
        } else if let Some(word) = operation.strip_prefix(":+") {
            (word, non_empty, false)
        } else if let Some(word) = operation.strip_prefix(":?") {
            (word, false, !non_empty)
        } else if let Some(word) = operation.strip_prefix('-') {
            (word, !set, false)
        } else if let Some(word) = operation.strip_prefix('+') {
            (word, set, false)
        } else if let Some(word) = operation.strip_prefix('?') {
            (word, false, !set)
        } else {
            return Err(format!("invalid operator after '${{{name}'"));
        };
        if failed {
            let word = self.expand(word)?;
            return Err(format!(
                "required variable {name} is missing a value: {word}"
            ));
        }
        let alternative = operation.starts_with(":+") || operation.starts_with('+');
        match (use_word, alternative) {
            (true, _) => self.expand(word),
            (false, true) => Ok(String::new()),
            (false, false) => Ok(value.unwrap_or_default()),
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::HashMap;
    use std::fs;

    fn no_env(_: &str) -> Option<String> {
        None
    }

    /// Writes `files` (name, content) into a new temporary directory.
    fn dir_with(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, content) in files {
            let path = dir.path().join(name);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, content).unwrap();
        }
        dir
    }

    fn load_texts(texts: &[&str], vars: &[(&str, &str)]) -> Result<Loaded> {
        let dir = tempfile::tempdir().unwrap();
        let paths: Vec<PathBuf> = texts
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let path = dir.path().join(format!("s{i}.yml"));
                fs::write(&path, text).unwrap();
                path
            })
            .collect();
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        load(&paths, &|name| vars.get(name).cloned())
    }

    fn services(texts: &[&str], vars: &[(&str, &str)]) -> Vec<Value> {
        load_texts(texts, vars).unwrap().services
    }

    fn error(texts: &[&str], vars: &[(&str, &str)]) -> String {
        let error = load_texts(texts, vars).unwrap_err();
        assert_eq!(error.exit_code(), crate::error::EXIT_USAGE);
        assert!(!error.message.contains('\n'), "{}", error.message);
        error.message
    }

    fn image_of(text: &str, vars: &[(&str, &str)]) -> Result<String> {
        let yaml = format!("web:\n  image: '{}'\n", text.replace('\'', "''"));
        load_texts(&[&yaml], vars).map(|l| l.services[0]["image"].as_str().unwrap().to_string())
    }

    #[test]
    fn discover_finds_the_first_candidate_and_its_override() {
        let dir = dir_with(&[
            ("docker-compose.yml", "a:\n"),
            ("tutum.yml", "a:\n"),
            ("tutum.override.yml", "a:\n"),
            ("docker-compose.override.yml", "a:\n"),
        ]);
        assert_eq!(
            discover(dir.path()).unwrap(),
            vec![
                dir.path().join("tutum.yml"),
                dir.path().join("tutum.override.yml")
            ]
        );
    }

    #[test]
    fn discover_walks_up_and_ignores_other_overrides() {
        let dir = dir_with(&[
            ("docker-cloud.yaml", "a:\n"),
            ("docker-cloud.override.yml", "a:\n"),
            ("sub/deeper/file.txt", ""),
        ]);
        let deep = dir.path().join("sub/deeper");
        assert_eq!(
            discover(&deep).unwrap(),
            vec![dir.path().join("docker-cloud.yaml")]
        );
    }

    #[test]
    fn discover_stops_at_the_nearest_directory() {
        let dir = dir_with(&[
            ("docker-cloud.yml", "a:\n"),
            ("sub/docker-compose.yaml", "b:\n"),
        ]);
        let sub = dir.path().join("sub");
        assert_eq!(
            discover(&sub).unwrap(),
            vec![sub.join("docker-compose.yaml")]
        );
    }

    #[test]
    fn discover_without_stackfile_is_a_usage_error() {
        let dir = dir_with(&[("docker-cloud.yml/placeholder", "")]);
        let error = discover(dir.path()).unwrap_err();
        assert_eq!(error.exit_code(), crate::error::EXIT_USAGE);
        assert!(error.message.starts_with(
            "no stackfile found (looked for docker-cloud.yml, docker-cloud.yaml, tutum.yml"
        ));
        assert!(error.message.ends_with("and its parents); use -f FILE"));
        assert!(error.message.contains(&dir.path().display().to_string()));
    }

    #[test]
    fn stack_names() {
        let dir = dir_with(&[("myapp/docker-cloud.yml", "a:\n")]);
        let file = dir.path().join("myapp/docker-cloud.yml");
        assert_eq!(stack_name(Some("given"), &file).unwrap(), "given");
        assert_eq!(stack_name(None, &file).unwrap(), "myapp");
        let dotted = dir.path().join("myapp/../myapp/./docker-cloud.yml");
        assert_eq!(stack_name(None, &dotted).unwrap(), "myapp");
        assert_eq!(stack_name(Some(""), &file).unwrap_err().exit_code(), 2);
        assert_eq!(stack_name(Some("  "), &file).unwrap_err().exit_code(), 2);
        assert!(stack_name(None, Path::new("/docker-cloud.yml")).is_err());
    }

    #[test]
    fn load_adds_names_and_keeps_order() {
        let loaded = load_texts(
            &["zeta:\n  image: z\nalpha:\nmid:\n  image: m\n  name: other\n"],
            &[],
        )
        .unwrap();
        assert!(loaded.warnings.is_empty());
        assert_eq!(
            loaded.services,
            vec![
                json!({"image": "z", "name": "zeta"}),
                json!({"name": "alpha"}),
                json!({"image": "m", "name": "mid"}),
            ]
        );
    }

    #[test]
    fn later_files_deep_merge() {
        let base = "web:\n  image: web\n  environment:\n    A: '1'\n    B: '2'\n  ports:\n    - 80:80\n    - 443:443\n  target_num_containers: 2\ndb:\n  image: mysql\n";
        let over = "new:\n  image: n\nweb:\n  environment:\n    B: three\n    C: '4'\n  ports:\n    - 8080:80\n  target_num_containers: 5\ndb:\n";
        assert_eq!(
            services(&[base, over], &[]),
            vec![
                json!({"image": "web", "environment": {"A": "1", "B": "three", "C": "4"}, "ports": ["8080:80"], "target_num_containers": 5, "name": "web"}),
                json!({"image": "mysql", "name": "db"}),
                json!({"image": "n", "name": "new"}),
            ]
        );
    }

    #[test]
    fn merge_replaces_mapping_with_list_and_null() {
        let base = "web:\n  image: a\n  environment:\n    A: x\n  labels:\n    l: v\n";
        let over = "web:\n  environment:\n    - B=y\n  labels:\n";
        assert_eq!(
            services(&[base, over], &[]),
            vec![json!({"image": "a", "environment": ["B=y"], "labels": null, "name": "web"})]
        );
    }

    #[test]
    fn interpolation_forms() {
        let vars = [("VAR", "value"), ("EMPTY", ""), ("Bc", "BC")];
        let cases = [
            ("plain", "plain"),
            ("$$", "$"),
            ("cost $$5", "cost $5"),
            ("$$VAR", "$VAR"),
            ("$VAR", "value"),
            ("${VAR}", "value"),
            ("x${VAR}y", "xvaluey"),
            ("a$Bc-d", "aBC-d"),
            ("$VAR_x", ""),
            ("${UNSET:-def}", "def"),
            ("${EMPTY:-def}", "def"),
            ("${VAR:-def}", "value"),
            ("${VAR:-a+b}", "value"),
            ("${UNSET:-a+b}", "a+b"),
            ("${UNSET-def}", "def"),
            ("${EMPTY-def}", ""),
            ("${UNSET:-}", ""),
            ("${UNSET:-${VAR}}", "value"),
            ("${UNSET:-a$$b}", "a$b"),
            ("${UNSET:-{x}", "{x"),
            ("${VAR:+alt}", "alt"),
            ("${EMPTY:+alt}", ""),
            ("${EMPTY+alt}", "alt"),
            ("${UNSET+alt}", ""),
            ("${VAR:?needed}", "value"),
            ("${EMPTY?needed}", ""),
            ("ü$VAR", "üvalue"),
        ];
        for (input, expected) in cases {
            assert_eq!(image_of(input, &vars).unwrap(), expected, "{input}");
        }
    }

    #[test]
    fn interpolation_errors_name_file_service_key_and_string() {
        for bad in [
            "$", "a$", "$5", "${}", "${1}", "${VAR", "${VAR:x}", "${VAR!}", "$-", "$ x", "${ VAR}",
            "$ü",
        ] {
            let message = error(&[&format!("web:\n  image: '{bad}'\n")], &[("VAR", "v")]);
            assert!(
                message.contains("s0.yml: service 'web', key 'image': "),
                "{message}"
            );
            assert!(message.ends_with(&format!("in {bad:?}")), "{message}");
        }
    }

    #[test]
    fn required_variables_fail_with_their_message() {
        let message = image_of("${NEEDED:?set NEEDED first}", &[])
            .unwrap_err()
            .message;
        assert!(message.ends_with("required variable NEEDED is missing a value: set NEEDED first in \"${NEEDED:?set NEEDED first}\""), "{message}");
        assert!(image_of("${EMPTY:?x}", &[("EMPTY", "")]).is_err());
        assert!(image_of("${UNSET?x}", &[]).is_err());
    }

    #[test]
    fn interpolation_reaches_nested_values_but_not_keys_or_numbers() {
        let text = "web:\n  image: $IMG\n  environment:\n    $KEY: $VAL\n  ports:\n    - ${PORT}:80\n  labels:\n    deep:\n      - x: $VAL\n  target_num_containers: 3\n";
        let got = services(
            &[text],
            &[("IMG", "i"), ("KEY", "k"), ("VAL", "v"), ("PORT", "81")],
        );
        assert_eq!(
            got[0],
            json!({"image": "i", "environment": {"$KEY": "v"}, "ports": ["81:80"], "labels": {"deep": [{"x": "v"}]}, "target_num_containers": 3, "name": "web"})
        );
    }

    #[test]
    fn unset_variables_warn_once() {
        let loaded = load_texts(
            &[
                "web:\n  image: $MISSING\n  command: ${MISSING} $OTHER ${DEFAULTED:-x}\n",
                "db:\n  image: $MISSING\n",
            ],
            &[],
        )
        .unwrap();
        assert_eq!(
            loaded.warnings,
            vec![
                "The MISSING variable is not set. Defaulting to a blank string.",
                "The OTHER variable is not set. Defaulting to a blank string.",
            ]
        );
        assert_eq!(loaded.services[0]["command"], "  x");
    }

    #[test]
    fn environment_injection_list_and_mapping() {
        let text = "web:\n  image: x\n  environment:\n    - FROMHOST\n    - FIXED=1\n    - COST=$$5\n    - UNSET\n    - EMPTYHOST\n    - 5\ndb:\n  image: y\n  environment:\n    HOSTVAR:\n    OTHER: x\n    ZERO: 0\n    NO: false\n    BLANK: ''\n    MISSING:\n";
        let vars = [
            ("FROMHOST", "hv"),
            ("HOSTVAR", "hv2"),
            ("ZERO", "z"),
            ("NO", "n"),
            ("BLANK", "b"),
            ("EMPTYHOST", ""),
        ];
        let got = services(&[text], &vars);
        assert_eq!(
            got[0]["environment"],
            json!([
                "FROMHOST=hv",
                "FIXED=1",
                "COST=$5",
                "UNSET",
                "EMPTYHOST=",
                5
            ])
        );
        assert_eq!(
            got[1]["environment"],
            json!({"HOSTVAR": "hv2", "OTHER": "x", "ZERO": 0, "NO": false, "BLANK": "", "MISSING": null})
        );
    }

    #[test]
    fn yaml_1_2_scalars_stay_strings() {
        let text = "web:\n  image: x\n  ports:\n    - 22:22\n    - 80:80\n  restart: no\n  command: 2016-01-01\n  labels:\n    a: yes\n    b: 012\n    c: 1_000\n    d: 0x1F\n    e: ~\n    f: 1.5\n";
        let got = services(&[text], &[]);
        assert_eq!(got[0]["ports"], json!(["22:22", "80:80"]));
        assert_eq!(got[0]["restart"], "no");
        assert_eq!(got[0]["command"], "2016-01-01");
        assert_eq!(
            got[0]["labels"],
            json!({"a": "yes", "b": "012", "c": "1_000", "d": 31, "e": null, "f": 1.5})
        );
    }

    #[test]
    fn boolean_keys_accept_yaml_1_1_words() {
        let text = "web:\n  privileged: yes\n  autoredeploy: Off\n  tty: true\n  stdin_open: 'ON'\n  read_only: $RO\n  sequential_deployment:\n";
        let got = services(&[text], &[("RO", "false")]);
        assert_eq!(
            got[0],
            json!({"privileged": true, "autoredeploy": false, "tty": true, "stdin_open": true, "read_only": false, "sequential_deployment": null, "name": "web"})
        );
        for bad in ["maybe", "1", "y", "[]", "{a: b}"] {
            let message = error(&[&format!("web:\n  privileged: {bad}\n")], &[]);
            assert!(
                message.contains("service 'web', key 'privileged': expected true or false"),
                "{message}"
            );
        }
    }

    #[test]
    fn merge_keys_are_applied() {
        let text = "web:\n  image: x\n  labels: &common\n    team: a\ndb:\n  image: y\n  labels:\n    <<: *common\n    role: db\n";
        let got = services(&[text], &[]);
        assert_eq!(got[1]["labels"], json!({"role": "db", "team": "a"}));
    }

    #[test]
    fn file_errors() {
        let missing = load(&[PathBuf::from("/nonexistent/docker-cloud.yml")], &no_env).unwrap_err();
        assert!(
            missing
                .message
                .starts_with("cannot read stackfile '/nonexistent/docker-cloud.yml': "),
            "{}",
            missing.message
        );
        assert_eq!(missing.exit_code(), 2);
        let cases = [
            ("web:\n  image: [x,\n", "s0.yml:3:1: invalid YAML: "),
            ("web:\n  image: x\n image: y\n", "s0.yml:3:2: invalid YAML: "),
            ("web:\n  image: x\n  image: y\n", "duplicate entry with key \"image\""),
            ("", "s0.yml: the stackfile defines no services"),
            ("# only a comment\n", "s0.yml: the stackfile defines no services"),
            ("{}\n", "s0.yml: the stackfile defines no services"),
            ("- web\n- db\n", "s0.yml: expected a mapping of service names to definitions at the top level, found a list"),
            ("just text\n", "found a string"),
            ("42\n", "found a number"),
            ("web: tutum/hello\n", "s0.yml: service 'web': expected a mapping of keys, found a string"),
            ("web:\n  - image\n", "s0.yml: service 'web': expected a mapping of keys, found a list"),
            ("1:\n  image: x\n", "s0.yml: service names must be non-empty text, found a number"),
            ("'':\n  image: x\n", "service names must be non-empty text"),
            ("version: '3'\nservices:\n  web:\n    image: x\n", "Compose file format 2 and later"),
            ("web:\n  image: x\n  build: .\n", "s0.yml: service 'web', key 'build': not supported by Docker Cloud"),
            ("web:\n  external_links: [a]\n", "key 'external_links': not supported by Docker Cloud"),
            ("web:\n  env_file: .env\n", "key 'env_file': not supported by Docker Cloud"),
            ("web:\n  imgae: x\n", "s0.yml: service 'web', key 'imgae': unknown key"),
            ("web:\n  container_name: x\n", "key 'container_name': unknown key"),
            ("web:\n  image: !reset x\n", "service 'web': YAML tags such as !reset are not supported"),
            ("web:\n  cpu_shares: .inf\n", "service 'web': the number .inf cannot be sent"),
            ("web:\n  labels:\n    [a]: b\n", "service 'web': mapping keys must be text, found a list"),
            ("web:\n  labels:\n    <<: x\n", "invalid YAML"),
        ];
        for (text, expected) in cases {
            let message = error(&[text], &[]);
            assert!(message.contains(expected), "{text:?}: {message}");
        }
    }

    #[test]
    fn errors_name_the_failing_file() {
        let message = error(&["web:\n  image: x\n", "web:\n  bogus: 1\n"], &[]);
        assert!(
            message.contains("s1.yml: service 'web', key 'bogus'"),
            "{message}"
        );
    }

    #[test]
    fn numeric_mapping_keys_become_text() {
        let got = services(&["web:\n  labels:\n    1: one\n    true: yes\n"], &[]);
        assert_eq!(got[0]["labels"], json!({"1": "one", "true": "yes"}));
    }

    #[test]
    fn export_layout() {
        let export = json!({
            "web": {"target_num_containers": 2, "ports": ["80:80", "22:22"], "image": "tutum/hello-world", "environment": {"A": "ü", "B": "yes", "C": "8080", "D": "", "E": "#x", "F": "a: b", "G": "cost $5"}},
            "db": {"image": "mysql", "privileged": true, "labels": {}, "links": [], "memory": null, "cpu": 1.5, "list": [{"b": 1, "a": [["x"]]}]}
        });
        let expected = "\
db:
  cpu: 1.5
  image: mysql
  labels: {}
  links: []
  list:
  - a:
    - - x
    b: 1
  memory: null
  privileged: true
web:
  environment:
    A: ü
    B: 'yes'
    C: '8080'
    D: ''
    E: '#x'
    F: 'a: b'
    G: cost $$5
  image: tutum/hello-world
  ports:
  - 80:80
  - '22:22'
  target_num_containers: 2
";
        assert_eq!(export_yaml(&export), expected);
    }

    #[test]
    fn export_quotes_ambiguous_strings() {
        for (text, written) in [
            ("2016-01-01", "'2016-01-01'"),
            ("012", "'012'"),
            ("1_000", "'1_000'"),
            ("0x1F", "'0x1F'"),
            ("0b101", "'0b101'"),
            ("22:22", "'22:22'"),
            ("1:30:59.5", "'1:30:59.5'"),
            ("-1:05", "'-1:05'"),
            ("80:80", "80:80"),
            ("1:65535", "1:65535"),
            ("1:5:x", "1:5:x"),
            (
                "2001-12-14t21:59:43.10-05:00",
                "'2001-12-14t21:59:43.10-05:00'",
            ),
            ("1.2.3-beta", "'1.2.3-beta'"),
            ("v1.2.3", "v1.2.3"),
            ("-1", "'-1'"),
            (".5", "'.5'"),
            ("On", "'On'"),
            ("n", "'n'"),
            ("NULL", "'NULL'"),
            ("~", "'~'"),
            (" lead", "' lead'"),
            ("it's", "it's"),
            ("'q'", "'''q'''"),
            ("- x", "'- x'"),
            ("two\nlines\n", "\"two\\nlines\\n\""),
            ("tab\there", "\"tab\\there\""),
            ("back\\slash \"q\"\n", "\"back\\\\slash \\\"q\\\"\\n\""),
            ("/data:/var/lib:ro", "/data:/var/lib:ro"),
            ("8080/udp", "8080/udp"),
            ("tutum/hello-world:latest", "tutum/hello-world:latest"),
        ] {
            assert_eq!(
                export_yaml(&json!({ "k": text })),
                format!("k: {written}\n"),
                "{text:?}"
            );
        }
    }

    #[test]
    fn export_edge_documents() {
        assert_eq!(export_yaml(&json!({})), "{}\n");
        assert_eq!(export_yaml(&json!(null)), "null\n");
        assert!(export_yaml(&json!({"a": {"b": {"c": "d"}}})).ends_with("c: d\n"));
        assert!(!export_yaml(&json!({"a": "b"})).ends_with("\n\n"));
    }

    #[test]
    fn export_round_trips_through_load() {
        let strings = [
            "22:22",
            "yes",
            "8080",
            "",
            "#x",
            "a: b",
            "cost $5",
            "$$",
            "${X}",
            "ü",
            "two\nlines",
            "x\ty",
            " pad ",
            "'",
            "\"",
            "\\",
            "- x",
            "[a]",
            "{b}",
            "*ref",
            "&anchor",
            "!tag",
            "%d",
            "@a",
            "`b",
            "?",
            "-",
            ":",
            "a:",
            "1e3",
            ".inf",
            "true",
            "Null",
            "\u{85}",
            "\u{2028}",
            "\u{7f}",
            "\u{1b}[1m",
            "2001-12-14t21:59:43.10-05:00",
            "0b101",
        ];
        let environment: Map<String, Value> = strings
            .iter()
            .enumerate()
            .map(|(i, s)| (format!("V{i:02}"), json!(s)))
            .collect();
        let export = json!({
            "web": {"image": "tutum/hello-world", "environment": environment, "ports": &strings[..], "target_num_containers": 3, "privileged": false, "labels": {"n": null, "e": {}, "l": [], "f": -2.5, "big": 18446744073709551615u64}},
            "db:x": {"image": "mysql", "links": [{"a": 1}, [1, [2]]]},
            "yes": {"image": "x"},
        });
        let text = export_yaml(&export);
        let dir = dir_with(&[("docker-cloud.yml", &text)]);
        let loaded = load(&[dir.path().join("docker-cloud.yml")], &no_env).unwrap();
        assert!(loaded.warnings.is_empty());
        let mut expected = Vec::new();
        let mut names: Vec<&String> = export.as_object().unwrap().keys().collect();
        names.sort();
        for name in names {
            let mut service = export[name].clone();
            service["name"] = json!(name);
            expected.push(service);
        }
        assert_eq!(loaded.services, expected, "{text}");
    }
}
