//! Reading secrets (from a terminal with its echo off, or piped on stdin) and confirmations.

use std::io::{BufRead, IsTerminal, Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use crate::error::{Error, Result};

/// The password piped to stdin: everything up to the end of input, without the final line
/// break.
pub fn password_from_stdin() -> Result<String> {
    let text = crate::bounded::read_limited(std::io::stdin(), crate::bounded::MAX_FILE)
        .map_err(|e| Error::usage(format!("cannot read the password from stdin: {e}")))?;
    let password = text
        .strip_suffix('\n')
        .map(|t| t.strip_suffix('\r').unwrap_or(t))
        .unwrap_or(&text);
    if password.is_empty() {
        return Err(Error::usage("--password-stdin: stdin holds no password"));
    }
    Ok(password.to_string())
}

/// `-y/--yes`: every confirmation is answered yes.
static ASSUME_YES: AtomicBool = AtomicBool::new(false);

/// `-y/--yes` was given.
pub fn set_assume_yes(yes: bool) {
    ASSUME_YES.store(yes, Ordering::Relaxed);
}

/// Asks `question` on a terminal (`[y/N]` on stderr, the answer from stdin): true for `y` or
/// `yes`. Without a terminal on stdin, or with `-y/--yes`, nothing is asked and the answer
/// is yes, so that scripts behave as they always did.
pub fn confirm(question: &str) -> bool {
    if ASSUME_YES.load(Ordering::Relaxed) || !std::io::stdin().is_terminal() {
        return true;
    }
    let mut err = std::io::stderr();
    // The question names an object: its control characters must not drive the terminal.
    let question = crate::output::escape_controls(question, &[]);
    let _ = write!(err, "{question} [y/N] ");
    let _ = err.flush();
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(0) | Err(_) => {
            let _ = writeln!(err);
            false
        }
        Ok(_) => matches!(line.trim().to_ascii_lowercase().as_str(), "y" | "yes"),
    }
}

/// The terminal settings to restore when a signal ends the process during a hidden prompt.
static SAVED_TERMINAL: OnceLock<libc::termios> = OnceLock::new();

/// Restores the terminal's echo, then dies of the signal as it would have.
extern "C" fn restore_terminal(signal: libc::c_int) {
    if let Some(saved) = SAVED_TERMINAL.get() {
        // SAFETY: tcsetattr, signal and raise are async-signal-safe; `saved` is initialised.
        unsafe {
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, saved);
        }
    }
    // SAFETY: see above.
    unsafe {
        libc::signal(signal, libc::SIG_DFL);
        libc::raise(signal);
    }
}

/// Reads one line from stdin: on a terminal after `prompt` (on stderr), with echo off when
/// `hidden`; from a pipe or file as it comes, without a prompt. An empty answer or the end
/// of input is a usage error, so that a script never waits for input it will not give.
pub fn prompt(prompt: &str, hidden: bool) -> Result<String> {
    let terminal = std::io::stdin().is_terminal();
    // Echo goes off before the prompt shows, so that nothing typed after it is echoed.
    let saved = if hidden && terminal {
        echo_off()?
    } else {
        None
    };
    let mut err = std::io::stderr();
    if terminal {
        let _ = write!(err, "{prompt}");
        let _ = err.flush();
    }
    let mut line = String::new();
    let read = std::io::stdin()
        .lock()
        .take(crate::bounded::MAX_FILE)
        .read_line(&mut line);
    if let Some(saved) = saved {
        // SAFETY: `saved` came from tcgetattr on the same descriptor.
        unsafe {
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &saved);
        }
    }
    let what = prompt.trim_end_matches([':', ' ']).to_ascii_lowercase();
    match read {
        Ok(0) => {
            if terminal {
                let _ = writeln!(err);
                Err(Error::usage(format!("no {what} entered")))
            } else {
                Err(Error::usage(format!("no {what} given: stdin ended")))
            }
        }
        Ok(_) => {
            let answer = line.trim_end_matches(['\n', '\r']).to_string();
            if answer.is_empty() {
                return Err(Error::usage(format!("the {what} cannot be empty")));
            }
            Ok(answer)
        }
        Err(e) => Err(Error::usage(format!("cannot read the {what}: {e}"))),
    }
}

/// Turns the terminal's echo off (keeping the final newline visible) and returns the
/// settings to restore; Ctrl-C and SIGTERM restore them too.
fn echo_off() -> Result<Option<libc::termios>> {
    // SAFETY: a zeroed termios is a valid value for tcgetattr to fill in.
    let mut saved: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: `saved` is a valid, writable termios.
    if unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut saved) } != 0 {
        return Err(Error::usage(
            "cannot turn off the terminal's echo for the password",
        ));
    }
    let _ = SAVED_TERMINAL.set(saved);
    let mut quiet = saved;
    quiet.c_lflag &= !libc::ECHO;
    quiet.c_lflag |= libc::ECHONL;
    let handler = restore_terminal as extern "C" fn(libc::c_int) as libc::sighandler_t;
    // SAFETY: the handler only calls async-signal-safe functions; `quiet` is valid.
    unsafe {
        libc::signal(libc::SIGINT, handler);
        libc::signal(libc::SIGTERM, handler);
        if libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &quiet) != 0 {
            return Err(Error::usage(
                "cannot turn off the terminal's echo for the password",
            ));
        }
    }
    Ok(Some(saved))
}
