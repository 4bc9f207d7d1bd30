//! Finding the stackfiles when no `-f` is given, and naming the stack.

use std::path::{Path, PathBuf};

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
/// the file was found in a parent or given with `-f`), which must be a valid name.
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
    let name = file
        .parent()
        .and_then(Path::file_name)
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !crate::values::is_name(&name) {
        return Err(Error::usage(format!(
            "cannot name the stack after the directory of '{}' ('{name}': {}); use -n NAME",
            first_stackfile.display(),
            crate::values::NAME_FORM
        )));
    }
    Ok(name)
}
