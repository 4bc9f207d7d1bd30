//! The error type every command returns, and the exit code each kind maps to.

use std::fmt;

/// Exit status for success.
pub const EXIT_OK: i32 = 0;
/// Exit status for bad usage (flags, values, files) and for authentication problems.
pub const EXIT_USAGE: i32 = 2;
/// Exit status for a failed operation (API error, network error, not found, ...).
pub const EXIT_FAILURE: i32 = 3;
/// Exit status after Ctrl-C.
pub const EXIT_INTERRUPTED: i32 = 130;

/// What went wrong, which decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Bad input from the user: a flag value, an env file, a stackfile (exit 2).
    Usage,
    /// Missing or rejected credentials (exit 2).
    Auth,
    /// Anything else: API errors, network errors, not found, ambiguous (exit 3).
    Failure,
    /// The user pressed Ctrl-C (exit 130).
    Interrupted,
}

/// A one-line, user-facing error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
}

impl From<crate::key::Invalid> for Error {
    fn from(invalid: crate::key::Invalid) -> Self {
        Error::usage(invalid.0)
    }
}

impl Error {
    pub fn usage(message: impl Into<String>) -> Self {
        Error {
            kind: Kind::Usage,
            message: message.into(),
        }
    }
    pub fn auth(message: impl Into<String>) -> Self {
        Error {
            kind: Kind::Auth,
            message: message.into(),
        }
    }
    pub fn failure(message: impl Into<String>) -> Self {
        Error {
            kind: Kind::Failure,
            message: message.into(),
        }
    }
    pub fn interrupted() -> Self {
        Error {
            kind: Kind::Interrupted,
            message: String::new(),
        }
    }

    /// The process exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self.kind {
            Kind::Usage | Kind::Auth => EXIT_USAGE,
            Kind::Failure => EXIT_FAILURE,
            Kind::Interrupted => EXIT_INTERRUPTED,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// Result alias used throughout the client.
pub type Result<T> = std::result::Result<T, Error>;
