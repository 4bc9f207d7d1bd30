//! Basic authentication: the base64 `user:secret` token and its header value.

use base64::Engine;

/// `Basic base64(user:secret)`.
pub fn basic(user: &str, secret: &str) -> String {
    format!("Basic {}", token(user, secret))
}

/// `base64(user:secret)`, the token of Basic authentication and of Docker config entries.
pub fn token(user: &str, secret: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(format!("{user}:{secret}"))
}
