//! Docker credential helpers: `docker-credential-<name> get|store|erase` for one server.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

use super::basic_auth::token;
use crate::error::{Error, Result};

/// What a credential helper answered.
struct Reply {
    program: String,
    success: bool,
    stdout: String,
    /// Its first line of output (stdout, else stderr) for error messages.
    said: String,
}

impl Reply {
    /// The helper's own way of saying it holds nothing for the server.
    fn not_found(&self) -> bool {
        self.said
            .to_ascii_lowercase()
            .contains("credentials not found")
    }

    /// The error for a helper that failed.
    fn error(&self, verb: &str) -> Error {
        Error::auth(format!(
            "credential helper {} {verb} failed: {}",
            self.program, self.said
        ))
    }
}

/// Runs `docker-credential-<name> <verb>` with `input` on stdin.
fn run(name: &str, verb: &str, input: &[u8]) -> Result<Reply> {
    let program = format!("docker-credential-{name}");
    let mut child = Command::new(&program)
        .arg(verb)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Error::auth(format!("cannot run credential helper {program}: {e}")))?;
    if let Some(mut stdin) = child.stdin.take() {
        // A helper that exits without reading its input is reported through its output.
        let _ = stdin.write_all(input);
    }
    let output = child
        .wait_with_output()
        .map_err(|e| Error::auth(format!("credential helper {program} failed: {e}")))?;
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let said = [stdout.trim(), stderr.trim()]
        .into_iter()
        .find(|s| !s.is_empty())
        .and_then(|s| s.lines().next())
        .unwrap_or("no output")
        .to_string();
    Ok(Reply {
        program,
        success: output.status.success(),
        stdout,
        said,
    })
}

/// `get` for `server`: the Basic token built from the helper's `Username` and `Secret`;
/// `None` when it holds nothing.
pub fn get(name: &str, server: &str) -> Result<Option<String>> {
    let reply = run(name, "get", server.as_bytes())?;
    if !reply.success {
        return if reply.not_found() {
            Ok(None)
        } else {
            Err(reply.error("get"))
        };
    }
    let parsed: Value = serde_json::from_str(reply.stdout.trim()).map_err(|_| {
        Error::auth(format!(
            "credential helper {} returned invalid JSON",
            reply.program
        ))
    })?;
    let field = |key: &str| {
        parsed
            .get(key)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    };
    match (field("Username"), field("Secret")) {
        (Some(user), Some(secret)) => Ok(Some(token(user, secret))),
        _ => Ok(None),
    }
}

/// `store` of `user` and `secret` for `server`.
pub fn store(name: &str, server: &str, user: &str, secret: &str) -> Result<()> {
    let input = serde_json::json!({
        "ServerURL": server,
        "Username": user,
        "Secret": secret,
    });
    let reply = run(name, "store", input.to_string().as_bytes())?;
    if !reply.success {
        return Err(reply.error("store"));
    }
    Ok(())
}

/// `erase` for `server`: `false` when the helper held nothing.
pub fn erase(name: &str, server: &str) -> Result<bool> {
    let reply = run(name, "erase", server.as_bytes())?;
    match (reply.success, reply.not_found()) {
        (true, _) => Ok(true),
        (false, true) => Ok(false),
        (false, false) => Err(reply.error("erase")),
    }
}
