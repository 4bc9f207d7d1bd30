//! The outcome of an operation, and the `--sync` wait for its action.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::ctx::Ctx;
use crate::api::Reply;
use crate::cli::SyncArgs;
use crate::error::{Error, Kind, Result};
use crate::fields::{resource_uri, text, uuid};

/// Shows an operation's outcome: waits for its action with `--sync`, then prints the uuid
/// (or, with `--json`, the object: the reply's, refreshed after a wait). `object` stands in
/// when the reply has no body. A failed or timed-out wait still prints, then fails. On a
/// terminal, stderr also says what happened (see [`summary`]).
pub fn show_result(ctx: &Ctx, object: Value, reply: Reply, sync: SyncArgs) -> Result<()> {
    let mut object = reply.body.unwrap_or(object);
    let waited = match (&reply.action_uri, sync.sync) {
        (Some(action), true) => Some(wait_action(ctx, action, sync.timeout)),
        _ => None,
    };
    if ctx.out.is_json() {
        if waited.is_some() {
            if let Ok(uri) = resource_uri(&object) {
                if let Some(body) = ctx.client.get_optional(uri)?.and_then(|r| r.body) {
                    object = body;
                }
            }
        }
        ctx.out.object(&object)?;
    } else {
        ctx.out.line(uuid(&object))?;
    }
    if let (Some(action), Some(Ok(())) | None) = (&reply.action_uri, &waited) {
        if std::io::stderr().is_terminal() {
            summary(ctx, &object, action)?;
        }
    }
    waited.unwrap_or(Ok(()))
}

/// `Service Scale web: Success` (or `: Pending`, with the command that waits for it): the
/// action an operation started and where it stands, on stderr.
fn summary(ctx: &Ctx, object: &Value, action_uri: &str) -> Result<()> {
    let Some(action) = ctx.client.get_optional(action_uri)?.and_then(|r| r.body) else {
        return Ok(());
    };
    let short: String = uuid(object).chars().take(8).collect();
    let name = match text(object, "name") {
        "" => short.as_str(),
        name => name,
    };
    let state = text(&action, "state");
    let mut line = format!("{} {name}: {state}", text(&action, "action"));
    if !matches!(state, "Success" | "Failed" | "Canceled") {
        line.push_str(&format!(
            " (docker-cloud action wait {} --state Success)",
            uuid(&action)
        ));
    }
    ctx.out.note(&line);
    Ok(())
}

/// Polls an action until it reaches Success (ok), Failed or Canceled (error), or until
/// `timeout_secs` pass (see [`poll`]).
pub fn wait_action(ctx: &Ctx, action_uri: &str, timeout_secs: u64) -> Result<()> {
    let what = format!("action {action_uri}");
    poll(ctx, action_uri, timeout_secs, &what, |action| {
        let Some(action) = action else {
            return Some(Err(Error::failure(format!("Action {action_uri} is gone"))));
        };
        let state = text(action, "state");
        match state.to_ascii_lowercase().as_str() {
            "success" => Some(Ok(())),
            "failed" | "canceled" => Some(Err(Error::failure(format!(
                "Action {} {}: {}",
                text(action, "action"),
                state.to_ascii_lowercase(),
                uuid(action)
            )))),
            _ => None,
        }
    })
}

/// Fetches the object at `uri` again and again (backing off from 25 ms to 2 s) until `done`
/// gives an outcome for it (`None` when the server answers 404), or until `timeout_secs`
/// pass: a failure naming `what` and the last state, or the last error when polls failed in
/// a way that may pass (the network, a 5xx). A spinner with the object's state shows
/// on stderr when it is a terminal. Ctrl-C ends the wait with `Kind::Interrupted` (exit
/// 130), the spinner cleared.
pub fn poll(
    ctx: &Ctx,
    uri: &str,
    timeout_secs: u64,
    what: &str,
    mut done: impl FnMut(Option<&Value>) -> Option<Result<()>>,
) -> Result<()> {
    crate::signal::install();
    let start = Instant::now();
    let timeout = Duration::from_secs(timeout_secs);
    let mut spinner = Spinner::new();
    let mut delay = Duration::from_millis(25);
    let result = loop {
        // A poll that fails for a reason that may pass (the network, a 5xx) is tried again
        // until the timeout; a refused request (4xx) or bad credentials end the wait.
        let state = match ctx.client.get_optional(uri) {
            Ok(reply) => {
                let object = reply.and_then(|reply| reply.body);
                if let Some(outcome) = done(object.as_ref()) {
                    break outcome;
                }
                let state = object.as_ref().map(|o| text(o, "state"));
                format!("state: {}", state.unwrap_or_default())
            }
            Err(e) if e.kind == Kind::Failure && !crate::api::is_refusal(&e) => {
                format!("last error: {}", e.message)
            }
            Err(e) => break Err(e),
        };
        let elapsed = start.elapsed();
        if elapsed >= timeout {
            break Err(Error::failure(format!(
                "Timed out after {timeout_secs} s waiting for {what} ({state})"
            )));
        }
        spinner.tick(state.trim_start_matches("state: "));
        if !crate::signal::sleep(delay.min(timeout - elapsed)) {
            break Err(Error::interrupted());
        }
        delay = (delay * 3 / 2).min(Duration::from_secs(2));
    };
    spinner.clear();
    result
}

/// A one-line progress indicator on stderr, drawn only when stderr is a terminal.
struct Spinner {
    enabled: bool,
    frame: usize,
}

impl Spinner {
    const FRAMES: [char; 4] = ['|', '/', '-', '\\'];

    fn new() -> Spinner {
        Spinner {
            enabled: std::io::stderr().is_terminal(),
            frame: 0,
        }
    }

    fn tick(&mut self, state: &str) {
        if self.enabled {
            let symbol = Self::FRAMES[self.frame % Self::FRAMES.len()];
            let mut err = std::io::stderr().lock();
            let state = crate::output::escape_controls(state, &[]);
            let _ = write!(err, "\r\x1b[2K{symbol} {state}");
            let _ = err.flush();
            self.frame += 1;
        }
    }

    fn clear(&self) {
        if self.enabled && self.frame > 0 {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
        }
    }
}
