//! `exec` and `container exec`: a command in a running container over the exec stream.
//!
//! Stdin goes to the server as text frames as it is read, then one EOT (`\u0004`) at its
//! end. On a terminal, stdin is switched to raw mode (keys, Ctrl-C included, go to the
//! remote side) and restored on every way out. Output frames go to stdout or stderr as
//! the server labels them; the process ends with the remote command's exit status.

use std::io::{IsTerminal, Read, Write};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;

use crate::api::resolve::resolve;
use crate::api::resource::CONTAINER;
use crate::api::Client;
use crate::error::{Error, Result};
use crate::fields::uuid;
use crate::signal;
use crate::stream::{Conn, Incoming};

/// End of transmission: the end of stdin.
const EOT: &str = "\u{4}";
/// Reads wait this long so that typed keys go out promptly.
const EXEC_TICK: Duration = Duration::from_millis(20);

/// Runs `command` (empty: the server's default shell) in the container `id` and exits with
/// its status (0–255; 0 when the server reports none).
pub fn run(client: &Client, id: &str, command: &[String]) -> Result<()> {
    let container = resolve(client, &CONTAINER, id)?;
    let mut url = client.stream_url(Some((&CONTAINER, uuid(&container), "exec")));
    if !command.is_empty() {
        url.push_str("?command=");
        url.extend(url::form_urlencoded::byte_serialize(
            shell_join(command).as_bytes(),
        ));
    }
    signal::install();
    let mut conn = Conn::open(client, &url, EXEC_TICK).map_err(|f| f.into_error(&url))?;
    let code = {
        let _raw = RawMode::enter();
        session(&mut conn, &url)
    }?;
    let _ = std::io::stdout().flush();
    std::process::exit(code.clamp(0, 255))
}

/// Exchanges stdin and output until the server ends the session; gives the exit status.
fn session(conn: &mut Conn, url: &str) -> Result<i32> {
    let input = stdin_reader();
    let mut stdin_open = true;
    loop {
        if signal::interrupted() {
            conn.close();
            return Err(Error::interrupted());
        }
        while stdin_open {
            match input.try_recv() {
                Ok(text) => conn.send(&text).map_err(|f| f.into_error(url))?,
                Err(mpsc::TryRecvError::Empty) => break,
                Err(mpsc::TryRecvError::Disconnected) => {
                    stdin_open = false;
                    // A session that already ended may refuse stdin: that is fine.
                    let _ = conn.send(EOT);
                }
            }
        }
        match conn.recv() {
            Ok(Incoming::Text(text)) => show(&text)?,
            Ok(Incoming::Idle) => {}
            Ok(Incoming::Closed(reason)) => return Ok(exit_status(&reason)),
            Err(failure) => return Err(failure.into_error(url)),
        }
    }
}

/// The exit status a server gives in the reason of its close (`exit N`); 0 without one.
fn exit_status(reason: &str) -> i32 {
    reason
        .strip_prefix("exit ")
        .and_then(|code| code.trim().parse::<i64>().ok())
        .map_or(0, |code| code.clamp(0, 255) as i32)
}

/// Shows one server message.
fn show(text: &str) -> Result<()> {
    let message = match serde_json::from_str::<Value>(text) {
        Ok(message @ Value::Object(_)) => message,
        _ => {
            write_to(std::io::stdout(), text);
            return Ok(());
        }
    };
    let field = |key: &str| message.get(key).and_then(Value::as_str);
    if field("type") == Some("error") {
        let reason = message
            .get("data")
            .and_then(|d| d.get("errorMessage"))
            .and_then(Value::as_str)
            .unwrap_or("unknown error");
        return Err(if reason == "UNAUTHORIZED" {
            Error::auth("Not authorized")
        } else {
            Error::failure(format!("exec failed: {reason}"))
        });
    }
    if let Some(output) = field("output") {
        match field("streamType") {
            Some("stderr") => write_to(std::io::stderr(), output),
            _ => write_to(std::io::stdout(), output),
        }
    }
    Ok(())
}

/// Writes and flushes; a closed stream is ignored (the session goes on).
fn write_to(mut stream: impl Write, text: &str) {
    let _ = stream.write_all(text.as_bytes());
    let _ = stream.flush();
}

/// Reads stdin on its own thread; the channel closes at end of input.
fn stdin_reader() -> mpsc::Receiver<String> {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let mut stdin = std::io::stdin().lock();
        let mut buffer = vec![0u8; 64 * 1024];
        let mut pending: Vec<u8> = Vec::new();
        loop {
            let n = match stdin.read(&mut buffer) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            };
            pending.extend_from_slice(&buffer[..n]);
            let text = take_utf8(&mut pending);
            if !text.is_empty() && sender.send(text).is_err() {
                return;
            }
        }
        if !pending.is_empty() {
            let _ = sender.send(String::from_utf8_lossy(&pending).into_owned());
        }
    });
    receiver
}

/// Takes the text of `bytes`, leaving an incomplete UTF-8 sequence at its end for later;
/// invalid bytes become U+FFFD.
fn take_utf8(bytes: &mut Vec<u8>) -> String {
    let keep = match std::str::from_utf8(bytes) {
        Ok(_) => 0,
        Err(e) if e.error_len().is_none() => bytes.len() - e.valid_up_to(),
        Err(_) => 0,
    };
    let rest = bytes.split_off(bytes.len() - keep);
    let text = String::from_utf8_lossy(bytes).into_owned();
    *bytes = rest;
    text
}

/// Joins arguments into one command line for a POSIX shell: words made only of safe
/// characters stay as they are, others are single-quoted (`'` written as `'\''`).
fn shell_join(args: &[String]) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "_-.,/:=@%+".contains(c);
    args.iter()
        .map(|arg| {
            if !arg.is_empty() && arg.chars().all(safe) {
                arg.clone()
            } else {
                format!("'{}'", arg.replace('\'', r"'\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Raw mode on the stdin terminal while it lives (nothing when stdin is no terminal):
/// no echo, no line editing, no signals from keys; output processing stays on.
struct RawMode {
    saved: Option<libc::termios>,
}

impl RawMode {
    fn enter() -> RawMode {
        if !std::io::stdin().is_terminal() {
            return RawMode { saved: None };
        }
        // SAFETY: tcgetattr/tcsetattr only read and write the termios structure we own.
        unsafe {
            let mut saved: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(libc::STDIN_FILENO, &mut saved) != 0 {
                return RawMode { saved: None };
            }
            let mut raw = saved;
            libc::cfmakeraw(&mut raw);
            raw.c_oflag |= libc::OPOST;
            if libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &raw) != 0 {
                return RawMode { saved: None };
            }
            RawMode { saved: Some(saved) }
        }
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        if let Some(saved) = &self.saved {
            // SAFETY: restores the attributes read in `enter`.
            unsafe {
                libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, saved);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(args: &[&str]) -> String {
        shell_join(&args.iter().map(|a| a.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn quoting() {
        assert_eq!(words(&["ls", "-la", "/tmp"]), "ls -la /tmp");
        assert_eq!(words(&["echo", "hello world"]), "echo 'hello world'");
        assert_eq!(words(&["sh", "-c", "echo $HOME"]), "sh -c 'echo $HOME'");
        assert_eq!(
            words(&["a\"b", "it's", r"back\slash", ""]),
            r#"'a"b' 'it'\''s' 'back\slash' ''"#
        );
    }

    #[test]
    fn utf8_split_across_reads() {
        let mut bytes = "é".as_bytes()[..1].to_vec();
        assert_eq!(take_utf8(&mut bytes), "");
        bytes.push("é".as_bytes()[1]);
        assert_eq!(take_utf8(&mut bytes), "é");
        assert!(bytes.is_empty());
    }
}
