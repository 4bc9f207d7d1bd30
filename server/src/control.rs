//! The server's own endpoints, beside the Docker Cloud API, for scripts that test
//! against it: `GET /health` (no credentials: the server is up and serving) and
//! `POST /reset` (any user: the initial data again); and the environment clients need
//! (`--print-env`).

use axum::http::{HeaderMap, Method};
use axum::response::Response;
use serde_json::json;

use crate::reply::{error, reply, UNAUTHORIZED};
use crate::state::AppState;

/// The answer to a control endpoint, or `None` when `path` is none.
pub fn answer(
    app: &AppState,
    method: &Method,
    path: &str,
    headers: &HeaderMap,
) -> Option<Response> {
    let path = path.trim_end_matches('/');
    let r = match (path, method) {
        ("/health", &Method::GET) => reply(
            200,
            &json!({"status": "ok", "runtime": app.runtime.name()}),
            None,
        ),
        ("/reset", &Method::POST) => match app.authenticate(headers, None) {
            None => error(401, UNAUTHORIZED),
            Some(_) => match app.reset() {
                Ok(()) => reply(200, &json!({"status": "reset"}), None),
                Err(e) => error(400, &e),
            },
        },
        ("/health" | "/reset", _) => error(405, "method not allowed on this endpoint"),
        _ => return None,
    };
    Some(r)
}

/// The shell lines that point the clients at the server at `url` as its first user
/// (`--print-env`): REST and stream hosts, user and API key.
pub fn env_lines(app: &AppState, url: &str) -> Vec<String> {
    let (user, apikey) = app.owner();
    let stream = url.replacen("http://", "ws://", 1);
    [
        ("DOCKERCLOUD_REST_HOST", url),
        ("DOCKERCLOUD_STREAM_HOST", stream.as_str()),
        ("DOCKERCLOUD_USER", user),
        ("DOCKERCLOUD_APIKEY", apikey),
    ]
    .iter()
    .map(|(name, value)| format!("export {name}={}", shell_quote(value)))
    .collect()
}

/// A value as one shell word: as it is when it is plain, else in single quotes.
fn shell_quote(value: &str) -> String {
    let plain = !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.:/@%+=,".contains(c));
    if plain {
        value.to_string()
    } else {
        format!("'{}'", value.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::shell_quote;

    #[test]
    fn values_are_single_shell_words() {
        assert_eq!(shell_quote("http://127.0.0.1:80"), "http://127.0.0.1:80");
        assert_eq!(shell_quote("a b"), "'a b'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        assert_eq!(shell_quote(""), "''");
    }
}
