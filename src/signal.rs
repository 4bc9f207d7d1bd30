//! Ctrl-C and termination requests, noticed by polling: SIGINT and SIGTERM set a flag that
//! long waits (streams, `--sync`) check between short blocking steps.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Once;

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
static INSTALL: Once = Once::new();

extern "C" fn on_signal(_: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// Replaces the default action of SIGINT and SIGTERM (ending the process) with setting the
/// flag that [`interrupted`] reads. Idempotent; blocking system calls restart.
pub fn install() {
    INSTALL.call_once(|| {
        let handler: extern "C" fn(libc::c_int) = on_signal;
        // SAFETY: the handler only stores to an atomic, which is async-signal-safe, and the
        // sigaction structure is fully initialised before use.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = handler as libc::sighandler_t;
            action.sa_flags = libc::SA_RESTART;
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
            libc::sigaction(libc::SIGTERM, &action, std::ptr::null_mut());
        }
    });
}

/// Whether SIGINT or SIGTERM arrived since [`install`].
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Sleeps for `duration` in short steps; returns `false` as soon as an interruption is seen.
pub fn sleep(duration: std::time::Duration) -> bool {
    let step = std::time::Duration::from_millis(50);
    let end = std::time::Instant::now() + duration;
    loop {
        if interrupted() {
            return false;
        }
        let now = std::time::Instant::now();
        if now >= end {
            return true;
        }
        std::thread::sleep(step.min(end - now));
    }
}
