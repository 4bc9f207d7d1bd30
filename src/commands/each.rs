//! The per-identifier loop of commands that take several identifiers.

use crate::error::{Error, Kind, Result};
use crate::output::{self, Output};

/// Runs `each` for every identifier in order. A failure is reported on stderr and the loop
/// goes on; the result is a failure (with nothing left to print) if any identifier failed.
/// Authentication failures, Ctrl-C and a closed stdout end the loop at once.
pub fn for_each_id(
    out: &Output,
    ids: &[String],
    mut each: impl FnMut(&str) -> Result<()>,
) -> Result<()> {
    let mut failed = false;
    for id in ids {
        if let Err(e) = each(id) {
            if e.kind != Kind::Failure || output::is_broken_pipe(&e) {
                return Err(e);
            }
            if !e.message.is_empty() {
                out.note(&e.message);
            }
            failed = true;
        }
    }
    if failed {
        Err(Error::failure(""))
    } else {
        Ok(())
    }
}
