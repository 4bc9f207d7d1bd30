//! Parsers for flag values that become parts of request bodies: `-e`, `--env-file`,
//! `-p/--publish`, `--expose`, `--link-service` and `-v/--volume`.
//!
//! Every error is a usage error (exit 2) with one line naming the flag and the value, so the
//! caller can validate all input before sending any request.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use crate::error::{Error, Result};
use crate::key::Invalid;

/// A `--since` value as Unix seconds: a duration before now (`30s`, `10m`, `2h`, `1d`), an
/// RFC 3339 time, or Unix seconds.
pub fn since(text: &str) -> std::result::Result<i64, String> {
    since_at(text, chrono::Utc::now().timestamp())
}

/// [`since`] relative to `now` (Unix seconds).
fn since_at(text: &str, now: i64) -> std::result::Result<i64, String> {
    let text = text.trim();
    if let Ok(seconds) = text.parse::<i64>() {
        return Ok(seconds);
    }
    if let Ok(time) = chrono::DateTime::parse_from_rfc3339(text) {
        return Ok(time.timestamp());
    }
    let last = text.chars().last().unwrap_or(' ');
    let unit = match last {
        's' => Some(1),
        'm' => Some(60),
        'h' => Some(3600),
        'd' => Some(86_400),
        _ => None,
    };
    let amount = text[..text.len() - last.len_utf8().min(text.len())]
        .parse::<i64>()
        .ok();
    match (amount, unit) {
        (Some(amount), Some(unit)) if amount >= 0 => Ok(now - amount.saturating_mul(unit)),
        _ => Err(format!(
            "'{text}' is not a duration (30s, 10m, 2h, 1d), an RFC 3339 time or Unix seconds"
        )),
    }
}

/// Environment variables from `--env-file` files (in order) and then `-e KEY=VALUE` values, as
/// `{"key", "value"}` objects. When a key appears more than once the last value wins and the
/// key keeps the position of its first appearance.
///
/// `-e`: split at the first `=`; the key must not be empty, the value may be empty or contain
/// `=`; nothing is trimmed.
///
/// Env files follow the docker rules, plus two conveniences:
/// * lines end with LF or CRLF; leading whitespace is ignored; blank lines and lines starting
///   with `#` are skipped (a `#` later in a line is part of the value);
/// * an optional `export ` prefix is ignored;
/// * `KEY=VALUE` sets VALUE literally, except that one pair of matching surrounding quotes
///   (`"..."` or `'...'`) is removed, with no escape processing inside;
/// * a bare `KEY` takes its value from this process's environment and is skipped when unset;
/// * a key that is empty or contains whitespace is an error naming the file and line.
pub fn envvars(env_files: &[PathBuf], envs: &[String]) -> Result<Vec<Value>> {
    envvars_with(env_files, envs, &|name| {
        std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
    })
}

fn envvars_with(
    env_files: &[PathBuf],
    envs: &[String],
    lookup: &dyn Fn(&str) -> Option<String>,
) -> Result<Vec<Value>> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut positions: HashMap<String, usize> = HashMap::new();
    let mut set = |key: String, value: String| match positions.get(&key) {
        Some(&index) => pairs[index].1 = value,
        None => {
            positions.insert(key.clone(), pairs.len());
            pairs.push((key, value));
        }
    };
    for path in env_files {
        for (key, value) in read_env_file(path, lookup)? {
            set(key, value);
        }
    }
    for (index, arg) in envs.iter().enumerate() {
        match arg.split_once('=') {
            Some((key, value)) if !key.is_empty() => set(key.to_string(), value.to_string()),
            // The value is not shown: it may be a secret.
            _ => {
                return Err(Error::usage(format!(
                    "invalid --env value (number {} of {}): expected KEY=VALUE with a non-empty KEY, e.g. ENVVAR=foo",
                    index + 1,
                    envs.len()
                )))
            }
        }
    }
    Ok(pairs
        .into_iter()
        .map(|(key, value)| json!({"key": key, "value": value}))
        .collect())
}

/// The `(key, value)` pairs of one env file, in file order.
fn read_env_file(
    path: &Path,
    lookup: &dyn Fn(&str) -> Option<String>,
) -> Result<Vec<(String, String)>> {
    let shown = path.display();
    let content = crate::bounded::read_text(path)
        .map_err(|e| Error::usage(format!("cannot read --env-file '{shown}': {e}")))?;
    let mut pairs = Vec::new();
    for (index, raw) in content.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw).trim_start();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = match line.strip_prefix("export") {
            Some(rest) if rest.starts_with([' ', '\t']) => rest.trim_start(),
            _ => line,
        };
        // The line is not shown: its value may be a secret.
        let bad = |why: &str| {
            Error::usage(format!(
                "invalid line {} in --env-file '{shown}': {why}",
                index + 1
            ))
        };
        let (key, value) = match line.split_once('=') {
            Some((key, value)) => (key, Some(value)),
            None => (line.trim_end(), None),
        };
        if key.is_empty() {
            return Err(bad("empty variable name"));
        }
        if key.chars().any(char::is_whitespace) {
            return Err(bad("variable name contains whitespace"));
        }
        match value {
            Some(value) => pairs.push((key.to_string(), unquote(value).to_string())),
            None => {
                if let Some(value) = lookup(key) {
                    pairs.push((key.to_string(), value));
                }
            }
        }
    }
    Ok(pairs)
}

/// Removes one pair of matching surrounding quotes, if present.
fn unquote(value: &str) -> &str {
    for quote in ['"', '\''] {
        if let Some(inner) = value
            .strip_prefix(quote)
            .and_then(|rest| rest.strip_suffix(quote))
        {
            return inner;
        }
    }
    value
}

/// A port number 1–65535 written only with ASCII digits, as its canonical text.
pub fn port(text: &str) -> Option<String> {
    if text.is_empty() || text.len() > 5 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match text.parse::<u32>() {
        Ok(n @ 1..=65535) => Some(n.to_string()),
        _ => None,
    }
}

/// What [`publish`] accepts, for messages.
pub const PUBLISH_FORM: &str = "expected [host_port:]container_port[/protocol] with ports 1-65535 \
                                and protocol tcp or udp, e.g. 80:80/tcp";

/// What [`port`] accepts, for messages.
pub const EXPOSE_FORM: &str = "expected a port number 1-65535";

/// What [`volume`] accepts, for messages.
pub const VOLUME_FORM: &str = "expected [host_path:]container_path[:ro|rw]";

/// One published port, `[host_port:]container_port[/tcp|/udp]`, as a port entry (the
/// protocol in any case, tcp by default); `None` when it is not one.
pub fn publish(spec: &str) -> Option<Value> {
    let (ports, protocol) = match spec.split_once('/') {
        Some((ports, protocol)) => (ports, protocol.to_ascii_lowercase()),
        None => (spec, "tcp".to_string()),
    };
    if protocol != "tcp" && protocol != "udp" {
        return None;
    }
    let (outer, inner) = match ports.split_once(':') {
        Some((outer, inner)) => (Some(port(outer)?), inner),
        None => (None, ports),
    };
    let inner = port(inner)?;
    let mut entry = json!({"protocol": protocol, "inner_port": inner});
    if let Some(outer) = outer {
        entry["outer_port"] = json!(outer);
    }
    entry["published"] = json!(true);
    Some(entry)
}

/// Whether `text` is a service, stack or alias name word: letters, digits, `_` and `-`.
pub fn is_word(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// What [`is_name`] accepts, for messages.
pub const NAME_FORM: &str = "expected up to 64 letters, digits, '_' and '-', not starting with '-'";

/// Whether `text` can name a service or a stack: a word (see [`is_word`]) of at most 64
/// characters that does not start with `-`.
pub fn is_name(text: &str) -> bool {
    is_word(text) && text.len() <= 64 && !text.starts_with('-')
}

/// Value parser of service and stack names (see [`is_name`]).
pub fn name(text: &str) -> std::result::Result<String, Invalid> {
    if is_name(text) {
        Ok(text.to_string())
    } else {
        Err(Invalid(format!("invalid name '{text}': {NAME_FORM}")))
    }
}

/// Value parser of images: non-empty, without white space or control characters.
pub fn image(text: &str) -> std::result::Result<String, Invalid> {
    if text.is_empty() || text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Invalid(format!(
            "invalid image '{text}': expected a name such as tutum/hello-world"
        )));
    }
    Ok(text.to_string())
}

/// Value parser of trigger names: any text but an empty one.
pub fn trigger_name(text: &str) -> std::result::Result<String, Invalid> {
    if text.trim().is_empty() {
        return Err(Invalid("a trigger name cannot be empty".to_string()));
    }
    Ok(text.to_string())
}

/// Whether `target` names a service as `SERVICE` or `SERVICE.STACK`.
pub fn is_link_target(target: &str) -> bool {
    let mut parts = target.splitn(2, '.');
    parts.all(is_word)
}

/// One volume, `[host_path:]container_path[:ro|rw]`, as a binding (`"rewritable": false`
/// for `ro`; `rw` is the server's default and adds nothing); `None` when it is not one.
/// Paths are not checked beyond being non-empty.
pub fn volume(spec: &str) -> Option<Value> {
    let parts: Vec<&str> = spec.split(':').collect();
    if parts.iter().any(|p| p.is_empty()) {
        return None;
    }
    match parts[..] {
        [container] => Some(json!({"container_path": container})),
        [host, container] => Some(json!({"host_path": host, "container_path": container})),
        [host, container, mode] => {
            let mut entry = json!({"host_path": host, "container_path": container});
            match mode.to_ascii_lowercase().as_str() {
                "ro" => entry["rewritable"] = json!(false),
                "rw" => {}
                _ => return None,
            }
            Some(entry)
        }
        _ => None,
    }
}

/// Port entries for `-p/--publish` values (see [`publish`]), in order, followed by
/// `--expose PORT` values whose port is not already published. Ports are sent as strings.
pub fn ports(publish_args: &[String], expose_args: &[String]) -> Result<Vec<Value>> {
    let mut entries = Vec::new();
    let mut published = Vec::new();
    for arg in publish_args {
        let entry = publish(arg).ok_or_else(|| {
            Error::usage(format!("invalid --publish value '{arg}': {PUBLISH_FORM}"))
        })?;
        published.push(entry["inner_port"].clone());
        entries.push(entry);
    }
    for arg in expose_args {
        let inner = port(arg).ok_or_else(|| {
            Error::usage(format!("invalid --expose value '{arg}': {EXPOSE_FORM}"))
        })?;
        let inner = Value::String(inner);
        if !published.contains(&inner) {
            published.push(inner.clone());
            entries.push(json!({"protocol": "tcp", "inner_port": inner, "published": false}));
        }
    }
    Ok(entries)
}

/// `--link-service SERVICE[.STACK]:ALIAS` values as `{"to_service", "name"}`; the service part
/// is sent as typed (names use letters, digits, `_` and `-`).
pub fn links(args: &[String]) -> Result<Vec<Value>> {
    args.iter()
        .map(|arg| {
            let valid = arg
                .split_once(':')
                .filter(|(target, alias)| is_link_target(target) && is_word(alias));
            match valid {
                Some((target, alias)) => Ok(json!({"to_service": target, "name": alias})),
                None => Err(Error::usage(format!(
                    "invalid --link-service value '{arg}': expected SERVICE[.STACK]:ALIAS, e.g. mysql:db"
                ))),
            }
        })
        .collect()
}

/// `-v/--volume` values (see [`volume`]) as bindings.
pub fn volumes(args: &[String]) -> Result<Vec<Value>> {
    args.iter()
        .map(|arg| {
            volume(arg).ok_or_else(|| {
                Error::usage(format!("invalid --volume value '{arg}': {VOLUME_FORM}"))
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_reads_durations_times_and_seconds() {
        assert_eq!(since_at("30s", 1000), Ok(970));
        assert_eq!(since_at("10m", 1000), Ok(400));
        assert_eq!(since_at("1h", 10_000), Ok(6400));
        assert_eq!(since_at("2d", 200_000), Ok(27_200));
        assert_eq!(since_at("1433779324", 0), Ok(1_433_779_324));
        assert_eq!(since_at("2015-06-08T16:02:04Z", 0), Ok(1_433_779_324));
        for bad in ["", "m", "10x", "-5m", "yesterday", "1.5h", "5ü"] {
            assert!(since_at(bad, 0).is_err(), "{bad}");
        }
    }
    use std::io::Write;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    fn env_of(file_contents: &[&[u8]], envs: &[&str]) -> Result<Vec<Value>> {
        let dir = tempfile::tempdir().unwrap();
        let paths: Vec<PathBuf> = file_contents
            .iter()
            .enumerate()
            .map(|(i, content)| {
                let path = dir.path().join(format!("f{i}.env"));
                std::fs::File::create(&path)
                    .unwrap()
                    .write_all(content)
                    .unwrap();
                path
            })
            .collect();
        let lookup = |name: &str| (name == "FROMHOST").then(|| "hv".to_string());
        envvars_with(&paths, &strings(envs), &lookup)
    }

    fn pairs(values: &[Value]) -> Vec<(String, String)> {
        values
            .iter()
            .map(|v| {
                (
                    v["key"].as_str().unwrap().to_string(),
                    v["value"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    }

    fn kv(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn usage_message(result: Result<Vec<Value>>) -> String {
        let error = result.unwrap_err();
        assert_eq!(error.exit_code(), crate::error::EXIT_USAGE);
        assert!(!error.message.contains('\n'), "{}", error.message);
        error.message
    }

    #[test]
    fn env_flag_splits_at_first_equals() {
        let values = env_of(&[], &["A=1", "B=", "C=x=y", "D= spaced "]).unwrap();
        assert_eq!(values[0], json!({"key": "A", "value": "1"}));
        assert_eq!(
            pairs(&values),
            kv(&[("A", "1"), ("B", ""), ("C", "x=y"), ("D", " spaced ")])
        );
    }

    #[test]
    fn env_flag_errors_never_show_the_value() {
        for bad in ["", "NOEQUALS", "=s3cret", "="] {
            let message = usage_message(env_of(&[], &["A=1", bad]));
            assert!(message.contains("--env value (number 2 of 2)"), "{message}");
            assert!(
                !message.contains("s3cret") && !message.contains("NOEQUALS"),
                "{message}"
            );
        }
    }

    #[test]
    fn env_last_wins_in_first_appearance_order() {
        let values = env_of(&[b"B=file\nA=file\n", b"A=second\n"], &["C=3", "B=flag"]).unwrap();
        assert_eq!(
            pairs(&values),
            kv(&[("B", "flag"), ("A", "second"), ("C", "3")])
        );
    }

    #[test]
    fn env_file_rules() {
        let content = b"# comment\n\n   \n  INDENTED=1\r\nCRLF=yes\r\nexport EXPORTED=2\n\
DQ=\"two words\"\nSQ='single'\nHALF=\"open\nHASH=a#b\nEMPTY=\nEQ=a=b\n\
FROMHOST\nUNSETVAR\n  # indented comment\nTRAIL=x  \nexportX=3\nQ=\"\n";
        let values = env_of(&[content], &[]).unwrap();
        assert_eq!(
            pairs(&values),
            kv(&[
                ("INDENTED", "1"),
                ("CRLF", "yes"),
                ("EXPORTED", "2"),
                ("DQ", "two words"),
                ("SQ", "single"),
                ("HALF", "\"open"),
                ("HASH", "a#b"),
                ("EMPTY", ""),
                ("EQ", "a=b"),
                ("FROMHOST", "hv"),
                ("TRAIL", "x  "),
                ("exportX", "3"),
                ("Q", "\""),
            ])
        );
    }

    #[test]
    fn env_file_empty_and_without_final_newline() {
        assert!(env_of(&[b""], &[]).unwrap().is_empty());
        assert_eq!(pairs(&env_of(&[b"A=1"], &[]).unwrap()), kv(&[("A", "1")]));
    }

    #[test]
    fn env_file_bad_lines_name_file_and_line() {
        for (content, line) in [
            (&b"A=1\n=value\n"[..], 2),
            (b"B = two words\n", 1),
            (b"\n\nA B=1\n", 3),
            (b"export =1\n", 1),
            (b"PASS WORD=s3cret\n", 1),
        ] {
            let message = usage_message(env_of(&[content], &[]));
            assert!(message.contains(&format!("line {line}")), "{message}");
            assert!(message.contains("f0.env"), "{message}");
            assert!(
                !message.contains("s3cret") && !message.contains("value"),
                "{message}"
            );
        }
    }

    #[test]
    fn env_file_missing_unreadable_or_not_utf8() {
        let missing = PathBuf::from("/nonexistent/dir/x.env");
        let message = usage_message(envvars(&[missing], &[]));
        assert!(
            message.starts_with("cannot read --env-file '/nonexistent/dir/x.env': "),
            "{message}"
        );
        let dir = tempfile::tempdir().unwrap();
        let message = usage_message(envvars(&[dir.path().to_path_buf()], &[]));
        assert!(message.starts_with("cannot read --env-file"), "{message}");
        let message = usage_message(env_of(&[b"A=\xff\xfe\n"], &[]));
        assert!(message.starts_with("cannot read --env-file"), "{message}");
    }

    #[test]
    fn env_bare_key_uses_process_environment() {
        let values = envvars(&[], &[]).unwrap();
        assert!(values.is_empty());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("e");
        std::fs::write(&path, "PATH\nDOCKER_CLOUD_SURELY_UNSET_VARIABLE_42\n").unwrap();
        let values = envvars(&[path], &[]).unwrap();
        assert_eq!(values.len(), 1);
        assert_eq!(values[0]["key"], "PATH");
    }

    #[test]
    fn publish_forms() {
        let values = ports(
            &strings(&["80:8080/udp", "443", "9000/TCP", "1:65535"]),
            &[],
        )
        .unwrap();
        assert_eq!(
            values,
            vec![
                json!({"protocol": "udp", "inner_port": "8080", "outer_port": "80", "published": true}),
                json!({"protocol": "tcp", "inner_port": "443", "published": true}),
                json!({"protocol": "tcp", "inner_port": "9000", "published": true}),
                json!({"protocol": "tcp", "inner_port": "65535", "outer_port": "1", "published": true}),
            ]
        );
        let keys: Vec<&String> = values[0].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["protocol", "inner_port", "outer_port", "published"]);
    }

    #[test]
    fn publish_errors() {
        for bad in [
            "",
            " 80",
            "80 ",
            "80:80/sctp",
            "123456",
            "0",
            "65536",
            "80:0",
            "0:80",
            "-1",
            "abc",
            "80/80:tcp",
            "80:80:80",
            ":80",
            "80:",
            "80/",
            "/tcp",
            "+80",
            "٣",
        ] {
            let message = usage_message(ports(&strings(&[bad]), &[]));
            assert!(
                message.starts_with(&format!("invalid --publish value '{bad}': expected")),
                "{message}"
            );
        }
    }

    #[test]
    fn expose_entries_and_dedup() {
        let values = ports(
            &strings(&["80:8080", "53/udp"]),
            &strings(&["8080", "22", "53", "22"]),
        )
        .unwrap();
        assert_eq!(
            values,
            vec![
                json!({"protocol": "tcp", "inner_port": "8080", "outer_port": "80", "published": true}),
                json!({"protocol": "udp", "inner_port": "53", "published": true}),
                json!({"protocol": "tcp", "inner_port": "22", "published": false}),
            ]
        );
        let values = ports(&[], &strings(&["65535", "1", "0080"])).unwrap();
        assert_eq!(values[0]["inner_port"], "65535");
        assert_eq!(values[2]["inner_port"], "80");
    }

    #[test]
    fn expose_errors() {
        for bad in [
            "",
            "0",
            "65536",
            "-1",
            "abc",
            "80/tcp",
            " 22",
            "1e3",
            "99999999999999999999",
        ] {
            let message = usage_message(ports(&[], &strings(&[bad])));
            assert_eq!(
                message,
                format!("invalid --expose value '{bad}': expected a port number 1-65535")
            );
        }
    }

    #[test]
    fn link_forms() {
        assert_eq!(
            links(&strings(&[
                "mysql:db",
                "web.prod:front",
                "a_b-9.C-d_1:x-y_Z"
            ]))
            .unwrap(),
            vec![
                json!({"to_service": "mysql", "name": "db"}),
                json!({"to_service": "web.prod", "name": "front"}),
                json!({"to_service": "a_b-9.C-d_1", "name": "x-y_Z"}),
            ]
        );
    }

    #[test]
    fn link_errors() {
        for bad in [
            "",
            "mysql",
            ":db",
            "mysql:",
            "a.b.c:d",
            "a:b:c",
            "my sql:db",
            ".stack:db",
            "web.:db",
            "ü:db",
            "web:d.b",
        ] {
            let message = usage_message(links(&strings(&[bad])));
            assert!(
                message.starts_with(&format!("invalid --link-service value '{bad}'")),
                "{message}"
            );
        }
    }

    #[test]
    fn volume_forms() {
        assert_eq!(
            volumes(&strings(&[
                "/data", "/host:/c", "/h:/c:ro", "/h:/c:RW", "/h:/c:RO"
            ]))
            .unwrap(),
            vec![
                json!({"container_path": "/data"}),
                json!({"host_path": "/host", "container_path": "/c"}),
                json!({"host_path": "/h", "container_path": "/c", "rewritable": false}),
                json!({"host_path": "/h", "container_path": "/c"}),
                json!({"host_path": "/h", "container_path": "/c", "rewritable": false}),
            ]
        );
    }

    #[test]
    fn volume_errors() {
        for bad in [
            "",
            ":",
            "/x:",
            ":/y",
            "/x:/y:",
            "/x:/y:rx",
            "a:b:c:d",
            "/x::ro",
            "/x:/y:r o",
        ] {
            let message = usage_message(volumes(&strings(&[bad])));
            assert_eq!(
                message,
                format!(
                    "invalid --volume value '{bad}': expected [host_path:]container_path[:ro|rw]"
                )
            );
        }
    }

    #[test]
    fn empty_inputs_give_empty_lists() {
        assert!(ports(&[], &[]).unwrap().is_empty());
        assert!(links(&[]).unwrap().is_empty());
        assert!(volumes(&[]).unwrap().is_empty());
    }

    /// Properties of the flag parsers, over generated input.
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn port_accepts_exactly_the_numbers_1_to_65535(text in "\\PC{0,7}") {
                let expected = text.len() <= 5
                    && !text.is_empty()
                    && text.bytes().all(|b| b.is_ascii_digit())
                    && text.parse::<u32>().is_ok_and(|n| (1..=65535).contains(&n));
                prop_assert_eq!(port(&text).is_some(), expected);
            }

            #[test]
            fn publish_reads_what_it_is_given(
                outer in proptest::option::of(1u16..),
                inner in 1u16..,
                protocol in "(tcp|udp|TCP|Udp)?",
            ) {
                let mut spec = outer.map(|o| format!("{o}:")).unwrap_or_default();
                spec.push_str(&inner.to_string());
                if !protocol.is_empty() {
                    spec.push_str(&format!("/{protocol}"));
                }
                let entry = publish(&spec).unwrap();
                prop_assert_eq!(&entry["inner_port"], &json!(inner.to_string()));
                prop_assert_eq!(&entry["outer_port"], &outer.map_or(Value::Null, |o| json!(o.to_string())));
                let expected = if protocol.is_empty() { "tcp".to_string() } else { protocol.to_ascii_lowercase() };
                prop_assert_eq!(&entry["protocol"], &json!(expected));
            }

            #[test]
            fn publish_output_reparses_to_itself(spec in "[0-9:/a-zA-Z]{0,14}") {
                if let Some(entry) = publish(&spec) {
                    let inner = entry["inner_port"].as_str().unwrap();
                    let protocol = entry["protocol"].as_str().unwrap();
                    let again = match entry["outer_port"].as_str() {
                        Some(outer) => format!("{outer}:{inner}/{protocol}"),
                        None => format!("{inner}/{protocol}"),
                    };
                    prop_assert_eq!(publish(&again), Some(entry));
                }
            }

            #[test]
            fn volume_never_accepts_an_empty_part(spec in "[a-z/:]{0,12}") {
                if let Some(entry) = volume(&spec) {
                    prop_assert!(spec.split(':').all(|part| !part.is_empty()));
                    prop_assert!(spec.split(':').count() <= 3);
                    prop_assert!(entry["container_path"].as_str().is_some_and(|p| !p.is_empty()));
                }
            }

            #[test]
            fn volume_reads_the_mode(
                host in "/[a-z]{1,8}",
                container in "/[a-z]{1,8}",
                mode in "(ro|rw|RO|rW)",
            ) {
                let entry = volume(&format!("{host}:{container}:{mode}")).unwrap();
                prop_assert_eq!(&entry["host_path"], &json!(host));
                prop_assert_eq!(&entry["container_path"], &json!(container));
                prop_assert_eq!(entry.get("rewritable").is_some(), mode.eq_ignore_ascii_case("ro"));
            }

            #[test]
            fn links_take_words_only(
                service in "[A-Za-z0-9_-]{1,8}",
                stack in proptest::option::of("[A-Za-z0-9_-]{1,8}"),
                alias in "[A-Za-z0-9_-]{1,8}",
                noise in "\\PC{0,12}",
            ) {
                let target = match &stack {
                    Some(stack) => format!("{service}.{stack}"),
                    None => service.clone(),
                };
                let parsed = links(&[format!("{target}:{alias}")]).unwrap();
                prop_assert_eq!(&parsed[0], &json!({"to_service": target, "name": alias}));
                if let Ok(parsed) = links(std::slice::from_ref(&noise)) {
                    let (target, alias) = noise.split_once(':').unwrap();
                    prop_assert!(is_link_target(target) && is_word(alias));
                    prop_assert_eq!(parsed.len(), 1);
                }
            }

            #[test]
            fn names_are_words_that_fit(name in "\\PC{0,70}") {
                let valid = is_name(&name);
                prop_assert_eq!(valid, is_word(&name) && name.len() <= 64 && !name.starts_with('-'));
                prop_assert_eq!(super::super::name(&name).is_ok(), valid);
            }

            #[test]
            fn env_files_keep_values_literally(
                pairs in proptest::collection::vec(("[A-Za-z_][A-Za-z0-9_]{0,8}", "[^\r\n\"']{0,16}"), 0..6),
            ) {
                let text: String = pairs.iter().map(|(k, v)| format!("{k}={v}\n")).collect();
                let got = pairs_of(env_of(&[text.as_bytes()], &[]).unwrap());
                let mut expected: Vec<(String, String)> = Vec::new();
                for (key, value) in &pairs {
                    match expected.iter_mut().find(|(k, _)| k == key) {
                        Some(entry) => entry.1 = value.clone(),
                        None => expected.push((key.clone(), value.clone())),
                    }
                }
                prop_assert_eq!(got, expected);
            }

            #[test]
            fn env_errors_never_show_a_value(
                key in "[A-Z]{1,4} [A-Z]{1,4}",
                secret in "s3c[a-z]{8}",
                bytes in proptest::collection::vec(any::<u8>(), 0..64),
            ) {
                let line = format!("{key}={secret}\n");
                let message = usage_message(env_of(&[line.as_bytes()], &[]));
                prop_assert!(!message.contains(&secret), "{}", message);
                let flag = format!("={secret}");
                let message = usage_message(env_of(&[], &[&flag]));
                prop_assert!(!message.contains(&secret), "{}", message);
                // Any file at all: a result or a one-line usage error, never a panic.
                if let Err(error) = env_of(&[&bytes], &[]) {
                    prop_assert!(!error.message.contains('\n'));
                }
            }
        }

        fn pairs_of(values: Vec<Value>) -> Vec<(String, String)> {
            pairs(&values)
        }
    }
}
